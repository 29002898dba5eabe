#include "DirsyncRequestorGeneralPage.h"

#include "DirsyncServerGeneralPage.h"
#include "RemoteRequestorGeneralPage.h"
#include "core/directory/Schema.h"
#include "ui/properties/FlagField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QRegularExpression>

namespace sa::ui {

namespace attr = core::attr;

DirsyncRequestorGeneralPage::DirsyncRequestorGeneralPage(QWidget* parent)
    : GeneralPage(parent), m_append(new QCheckBox(tr("A&ppend to imported users' display name"))),
      m_types(new QLineEdit), m_language(new QComboBox), m_server(new QComboBox)
{
    setObjectName(QStringLiteral("dirsyncRequestorGeneralPage"));
    m_append->setObjectName(QStringLiteral("appendNameCheck"));
    m_types->setObjectName(QStringLiteral("addressTypesEdit"));
    m_types->setPlaceholderText(QStringLiteral("PCM, SMTP, PROFS"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const auto& [name, codePage] : RemoteRequestorGeneralPage::languages())
        m_language->addItem(name, codePage);
    m_server->setObjectName(QStringLiteral("dxaServerCombo"));
    addRow(QString(), m_append);
    marks(m_types, attr::DxaTypes);
    marks(m_language, attr::DxaRecipientCp);
    marks(m_server, attr::ResponsibleLocalDxa);
    addRow(tr("Address &types to request:"), m_types);
    addRow(tr("Requestor &language:"), m_language);
    addRow(tr("&Server:"), m_server);
    connect(m_append, &QCheckBox::toggled, this, &PropertyPage::edited);
    connect(m_types, &QLineEdit::textEdited, this, &PropertyPage::edited);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PropertyPage::edited);
    connect(m_server, &QComboBox::currentIndexChanged, this, &PropertyPage::edited);
}

void DirsyncRequestorGeneralPage::load(const core::DirectoryObject& object)
{
    m_object = object;
    const QSignalBlocker b1(m_append);
    const QSignalBlocker b2(m_language);
    GeneralPage::load(object);
    FlagField::load(m_append, object, attr::DxaAppendReqCn);
    const QStringList types = object.valuesOf(attr::DxaTypes);
    m_types->setText(types.isEmpty() ? QStringLiteral("PCM") : types.join(QStringLiteral(", ")));
    const int codePage =
        object.value(attr::DxaRecipientCp).isEmpty() ? 437 : object.value(attr::DxaRecipientCp).toInt();
    m_language->setCurrentIndex(std::max(0, m_language->findData(codePage)));
    DirsyncServerGeneralPage::fillServers(m_server, store(), object.value(attr::ResponsibleLocalDxa));
}

QStringList DirsyncRequestorGeneralPage::types() const
{
    QStringList out;
    for (const QString& t :
         m_types->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        out << t.toUpper();
    return out;
}

QList<core::AttributeChange> DirsyncRequestorGeneralPage::changes() const
{
    QList<core::AttributeChange> out = GeneralPage::changes();
    FlagField::collect(m_append, m_object, attr::DxaAppendReqCn, out);
    if (types() != m_object.valuesOf(attr::DxaTypes))
        out.append({attr::DxaTypes, core::AttributeChange::Op::Replace, types()});
    const QString codePage = m_language->currentData().toString();
    if (codePage != m_object.value(attr::DxaRecipientCp))
        out.append({attr::DxaRecipientCp, core::AttributeChange::Op::Replace, {codePage}});
    const QString server = m_server->currentData().toString();
    if (server != m_object.value(attr::ResponsibleLocalDxa))
        out.append({attr::ResponsibleLocalDxa, core::AttributeChange::Op::Replace, {server}});
    return out;
}

QString DirsyncRequestorGeneralPage::validate() const
{
    if (const QString general = GeneralPage::validate(); !general.isEmpty())
        return general;
    static const QRegularExpression type(QStringLiteral("^[A-Z][A-Z0-9]*$"));
    for (const QString& t : types()) {
        if (!type.match(t).hasMatch())
            return problemIn(
                m_types, tr("\"%1\" is not an address type (letters and digits: PCM, SMTP, PROFS).").arg(t));
    }
    if (m_server->currentData().toString().isEmpty())
        return problemIn(m_server,
                         tr("Choose the server whose Directory Synchronization service is the requestor."));
    return {};
}

} // namespace sa::ui
