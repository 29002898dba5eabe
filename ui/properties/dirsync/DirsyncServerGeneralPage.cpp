#include "DirsyncServerGeneralPage.h"

#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "ui/properties/FlagField.h"
#include "ui/properties/ReferenceField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QVBoxLayout>

namespace sa::ui {

namespace attr = core::attr;

DirsyncServerGeneralPage::DirsyncServerGeneralPage(QWidget* parent)
    : GeneralPage(parent), m_server(new QComboBox),
      m_administrator(new ReferenceField(QStringLiteral("dirsyncAdmin"), tr("Dirsync Administrator"), true)),
      m_copy(new QCheckBox(tr("Co&py administrator on outgoing messages"))),
      m_forward(new QCheckBox(tr("&Forward incoming dirsync messages to administrator")))
{
    setObjectName(QStringLiteral("dirsyncServerGeneralPage"));
    m_server->setObjectName(QStringLiteral("dxaServerCombo"));
    m_copy->setObjectName(QStringLiteral("adminCopyCheck"));
    m_forward->setObjectName(QStringLiteral("adminForwardCheck"));
    m_administrator->setModifyText(tr("Dirsync &Admin..."));
    auto* checks = new QWidget;
    auto* column = new QVBoxLayout(checks);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_copy);
    column->addWidget(m_forward);
    marks(m_server, core::attr::ResponsibleLocalDxa);
    addRow(tr("&Server:"), m_server);
    addRow(tr("Dirsync ad&ministrator:"), m_administrator);
    addRow(QString(), checks);
    connect(m_server, &QComboBox::currentIndexChanged, this, &PropertyPage::edited);
    connect(m_administrator, &ReferenceField::changed, this, &PropertyPage::edited);
    connect(m_copy, &QCheckBox::toggled, this, &PropertyPage::edited);
    connect(m_forward, &QCheckBox::toggled, this, &PropertyPage::edited);
}

void DirsyncServerGeneralPage::load(const core::DirectoryObject& object)
{
    m_object = object;
    const QSignalBlocker b1(m_server);
    const QSignalBlocker b2(m_copy);
    const QSignalBlocker b3(m_forward);
    GeneralPage::load(object);
    fillServers(m_server, store(), object.value(attr::ResponsibleLocalDxa));
    m_administrator->setStore(store());
    m_administrator->setDn(object.value(attr::DxaLocalAdmin));
    FlagField::load(m_copy, object, attr::DxaAdminCopy);
    FlagField::load(m_forward, object, attr::DxaAdminForward);
}

void DirsyncServerGeneralPage::fillServers(QComboBox* combo, core::DirectoryStore* store,
                                           const QString& current)
{
    const QSignalBlocker block(combo);
    combo->clear();
    if (store) {
        auto servers =
            store->subtree(core::SiteBuilder::serversDn(store->organizationName(), store->siteName()), 1,
                           QStringLiteral("server"));
        for (const core::DirectoryObject& s : servers ? servers.value() : QList<core::DirectoryObject>())
            combo->addItem(s.rdn(), s.dn.toString());
    }
    const int at = combo->findData(current, Qt::UserRole, Qt::MatchFixedString);
    if (at >= 0)
        combo->setCurrentIndex(at);
    else if (!current.isEmpty())
        combo->addItem(core::Dn::parse(current) ? core::Dn::parse(current)->rdn().value : current, current);
}

QString DirsyncServerGeneralPage::serverDn() const
{
    return m_server->currentData().toString();
}

QString DirsyncServerGeneralPage::serverName() const
{
    return m_server->currentText();
}

QList<core::AttributeChange> DirsyncServerGeneralPage::changes() const
{
    QList<core::AttributeChange> out = GeneralPage::changes();
    const auto set = [&](const QString& name, const QString& value) {
        if (value != m_object.value(name))
            out.append({name, core::AttributeChange::Op::Replace,
                        value.isEmpty() ? QStringList() : QStringList{value}});
    };
    set(attr::ResponsibleLocalDxa, serverDn());
    set(attr::DxaLocalAdmin, m_administrator->dn());
    FlagField::collect(m_copy, m_object, attr::DxaAdminCopy, out);
    FlagField::collect(m_forward, m_object, attr::DxaAdminForward, out);
    return out;
}

QString DirsyncServerGeneralPage::validate() const
{
    if (const QString general = GeneralPage::validate(); !general.isEmpty())
        return general;
    if (serverDn().isEmpty())
        return problemIn(
            m_server,
            tr("Choose the server whose Directory Synchronization service is to be the dirsync server."));
    return {};
}

} // namespace sa::ui
