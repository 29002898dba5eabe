#include "RemoteRequestorGeneralPage.h"

#include "DirsyncPasswordCheck.h"
#include "core/directory/Schema.h"
#include "ui/properties/FlagField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sa::ui {

namespace attr = core::attr;

const QList<std::pair<QString, int>>& RemoteRequestorGeneralPage::languages()
{
    static const QList<std::pair<QString, int>> list{
        {tr("English"), 437},    {tr("Danish"), 850},  {tr("Dutch"), 850},   {tr("Finnish"), 850},
        {tr("French"), 850},     {tr("German"), 850},  {tr("Italian"), 850}, {tr("Norwegian"), 850},
        {tr("Portuguese"), 850}, {tr("Spanish"), 850}, {tr("Swedish"), 850}};
    return list;
}

RemoteRequestorGeneralPage::RemoteRequestorGeneralPage(QWidget* parent)
    : GeneralPage(parent), m_postoffice(new QLabel), m_password(new QLineEdit), m_confirm(new QLineEdit),
      m_addressType(new QComboBox), m_language(new QComboBox),
      m_append(new QCheckBox(tr("A&ppend to imported users' display name"))),
      m_exportNow(new QCheckBox(tr("&Export on next cycle"))),
      m_importNow(new QCheckBox(tr("I&mport on next cycle")))
{
    setObjectName(QStringLiteral("remoteRequestorGeneralPage"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_confirm->setObjectName(QStringLiteral("confirmPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_addressType->setObjectName(QStringLiteral("addressTypeCombo"));
    m_addressType->addItems({QStringLiteral("MS"), QStringLiteral("MSA")});
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const auto& [name, codePage] : languages())
        m_language->addItem(name, codePage);
    m_append->setObjectName(QStringLiteral("appendNameCheck"));
    m_exportNow->setObjectName(QStringLiteral("exportNowCheck"));
    m_importNow->setObjectName(QStringLiteral("importNowCheck"));
    auto* checks = new QWidget;
    auto* column = new QVBoxLayout(checks);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_append);
    column->addWidget(m_exportNow);
    column->addWidget(m_importNow);
    m_postoffice->setObjectName(QStringLiteral("postofficeLabel"));
    m_postoffice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    marks(m_postoffice, attr::DxaReqName);
    marks(m_password, attr::DxaPassword);
    marks(m_addressType, attr::DxaNativeAddressType);
    marks(m_language, attr::DxaRecipientCp);
    addRow(tr("Postoffice:"), m_postoffice);
    addRow(tr("&Password:"), m_password);
    addRow(tr("C&onfirm password:"), m_confirm);
    addRow(tr("Requestor address &type:"), m_addressType);
    addRow(tr("Requestor &language:"), m_language);
    addRow(QString(), checks);
    for (QLineEdit* e : {m_password, m_confirm})
        connect(e, &QLineEdit::textEdited, this, &PropertyPage::edited);
    for (QComboBox* c : {m_addressType, m_language})
        connect(c, &QComboBox::currentIndexChanged, this, &PropertyPage::edited);
    for (QCheckBox* c : {m_append, m_exportNow, m_importNow})
        connect(c, &QCheckBox::toggled, this, &PropertyPage::edited);
}

void RemoteRequestorGeneralPage::load(const core::DirectoryObject& object)
{
    m_object = object;
    const QSignalBlocker b1(m_addressType);
    const QSignalBlocker b2(m_language);
    const QSignalBlocker b3(m_append);
    const QSignalBlocker b4(m_exportNow);
    const QSignalBlocker b5(m_importNow);
    GeneralPage::load(object);
    m_postoffice->setText(object.value(attr::DxaReqName));
    m_password->setText(object.value(attr::DxaPassword));
    m_confirm->setText(object.value(attr::DxaPassword));
    const QString type = object.value(attr::DxaNativeAddressType).isEmpty()
                             ? QStringLiteral("MS")
                             : object.value(attr::DxaNativeAddressType);
    if (m_addressType->findText(type) < 0)
        m_addressType->addItem(type);
    m_addressType->setCurrentText(type);
    const int codePage =
        object.value(attr::DxaRecipientCp).isEmpty() ? 437 : object.value(attr::DxaRecipientCp).toInt();
    m_language->setCurrentIndex(std::max(0, m_language->findData(codePage)));
    FlagField::load(m_append, object, attr::DxaAppendReqCn);
    FlagField::load(m_exportNow, object, attr::DxaExportNow);
    FlagField::load(m_importNow, object, attr::DxaImportNow);
}

QList<core::AttributeChange> RemoteRequestorGeneralPage::changes() const
{
    QList<core::AttributeChange> out = GeneralPage::changes();
    const auto set = [&](const QString& name, const QString& value) {
        if (value != m_object.value(name))
            out.append({name, core::AttributeChange::Op::Replace,
                        value.isEmpty() ? QStringList() : QStringList{value}});
    };
    set(attr::DxaPassword, m_password->text());
    set(attr::DxaNativeAddressType, m_addressType->currentText());
    set(attr::DxaRecipientCp, m_language->currentData().toString());
    FlagField::collect(m_append, m_object, attr::DxaAppendReqCn, out);
    FlagField::collect(m_exportNow, m_object, attr::DxaExportNow, out);
    FlagField::collect(m_importNow, m_object, attr::DxaImportNow, out);
    return out;
}

QString RemoteRequestorGeneralPage::validate() const
{
    if (const QString general = GeneralPage::validate(); !general.isEmpty())
        return general;
    if (m_password->text() != m_confirm->text())
        return problemIn(
            m_confirm,
            tr("The password and its confirmation differ. Type the postoffice's dirsync password twice."));
    return problemIn(m_password, dirsyncPasswordProblem(m_password->text(), m_object));
}

} // namespace sa::ui
