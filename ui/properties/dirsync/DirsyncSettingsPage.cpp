#include "DirsyncSettingsPage.h"

#include "DirsyncPasswordCheck.h"
#include "core/directory/Schema.h"
#include "ui/common/Text.h"
#include "ui/properties/FlagField.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sa::ui {

namespace attr = core::attr;

namespace {

QGroupBox* group(const QString& title, const QString& name, QCheckBox* first, QCheckBox* second)
{
    auto* box = new QGroupBox(title);
    box->setObjectName(name);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(first);
    layout->addWidget(second);
    return box;
}

int number(const core::DirectoryObject& o, const QString& name, int fallback)
{
    bool ok = false;
    const int n = o.value(name).toInt(&ok);
    return ok ? n : fallback;
}

} // namespace

DirsyncSettingsPage::DirsyncSettingsPage(QWidget* parent)
    : PropertyPage(parent), m_password(new QLineEdit), m_send(new QCheckBox(tr("&Send updates"))),
      m_receive(new QCheckBox(tr("&Receive updates"))),
      m_sendTemplates(new QCheckBox(tr("Send &local template information"))),
      m_receiveTemplates(new QCheckBox(tr("Receive &template information"))),
      m_importNow(new QCheckBox(tr("&Import on next cycle"))),
      m_exportNow(new QCheckBox(tr("&Export on next cycle")))
{
    setObjectName(QStringLiteral("dirsyncSettingsPage"));
    m_password->setObjectName(QStringLiteral("dirsyncPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_send->setObjectName(QStringLiteral("sendUpdatesCheck"));
    m_receive->setObjectName(QStringLiteral("receiveUpdatesCheck"));
    m_sendTemplates->setObjectName(QStringLiteral("sendTemplatesCheck"));
    m_receiveTemplates->setObjectName(QStringLiteral("receiveTemplatesCheck"));
    m_importNow->setObjectName(QStringLiteral("importNowCheck"));
    m_exportNow->setObjectName(QStringLiteral("exportNowCheck"));
    auto* form = new QFormLayout;
    form->addRow(buddyLabel(tr("Dirsync &password:"), m_password), m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(group(tr("Participation"), QStringLiteral("participationGroup"), m_send, m_receive));
    layout->addWidget(group(tr("Template information"), QStringLiteral("templateGroup"), m_sendTemplates,
                            m_receiveTemplates));
    layout->addWidget(group(tr("Dirsync information"), QStringLiteral("dirsyncInformationGroup"), m_importNow,
                            m_exportNow));
    layout->addStretch(1);
    connect(m_password, &QLineEdit::textEdited, this, &PropertyPage::edited);
    for (QCheckBox* c : {m_send, m_receive, m_sendTemplates, m_receiveTemplates, m_importNow, m_exportNow})
        connect(c, &QCheckBox::toggled, this, &PropertyPage::edited);
}

void DirsyncSettingsPage::load(const core::DirectoryObject& object)
{
    m_object = object;
    m_password->setText(object.value(attr::DxaPassword));
    const int exchange = number(object, attr::DxaExchangeOptions, 3);
    const int templates = number(object, attr::DxaTemplateOptions, 0);
    for (auto [box, on] : {std::pair{m_send, (exchange & 1) != 0}, std::pair{m_receive, (exchange & 2) != 0},
                           std::pair{m_receiveTemplates, (templates & 1) != 0},
                           std::pair{m_sendTemplates, (templates & 2) != 0}}) {
        const QSignalBlocker block(box);
        box->setChecked(on);
    }
    FlagField::load(m_importNow, object, attr::DxaImportNow);
    FlagField::load(m_exportNow, object, attr::DxaExportNow);
}

QList<core::AttributeChange> DirsyncSettingsPage::changes() const
{
    QList<core::AttributeChange> out;
    const auto set = [&](const QString& name, const QString& value) {
        if (value != m_object.value(name))
            out.append({name, core::AttributeChange::Op::Replace,
                        value.isEmpty() ? QStringList() : QStringList{value}});
    };
    set(attr::DxaPassword, m_password->text());
    set(attr::DxaExchangeOptions,
        QString::number((m_send->isChecked() ? 1 : 0) | (m_receive->isChecked() ? 2 : 0)));
    set(attr::DxaTemplateOptions,
        QString::number((m_receiveTemplates->isChecked() ? 1 : 0) | (m_sendTemplates->isChecked() ? 2 : 0)));
    FlagField::collect(m_importNow, m_object, attr::DxaImportNow, out);
    FlagField::collect(m_exportNow, m_object, attr::DxaExportNow, out);
    return out;
}

QString DirsyncSettingsPage::validate() const
{
    return problemIn(m_password, dirsyncPasswordProblem(m_password->text(), m_object));
}

} // namespace sa::ui
