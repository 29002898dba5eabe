#include "ReplicationGeneralPage.h"

#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"

#include <QComboBox>

namespace sa::ui {

namespace attr = core::attr;

ReplicationGeneralPage::ReplicationGeneralPage(QWidget* parent)
    : GeneralPage(parent), m_remoteSite(new QComboBox), m_localBridgehead(new QComboBox),
      m_remoteBridgehead(new QComboBox)
{
    setObjectName(QStringLiteral("replicationGeneralPage"));
    m_remoteSite->setObjectName(QStringLiteral("remoteSiteCombo"));
    m_localBridgehead->setObjectName(QStringLiteral("localBridgeheadCombo"));
    m_remoteBridgehead->setObjectName(QStringLiteral("remoteBridgeheadCombo"));
    addRow(tr("Re&mote site:"), m_remoteSite);
    addRow(tr("&Local bridgehead server:"), m_localBridgehead);
    addRow(tr("R&emote bridgehead server:"), m_remoteBridgehead);
    connect(m_remoteSite, &QComboBox::currentIndexChanged, this, [this] {
        fillRemoteServers();
        Q_EMIT edited();
    });
    connect(m_localBridgehead, &QComboBox::currentIndexChanged, this, &PropertyPage::edited);
    connect(m_remoteBridgehead, &QComboBox::currentIndexChanged, this, &PropertyPage::edited);
}

void ReplicationGeneralPage::load(const core::DirectoryObject& object)
{
    m_object = object;
    const QSignalBlocker b1(m_remoteSite);
    const QSignalBlocker b2(m_localBridgehead);
    const QSignalBlocker b3(m_remoteBridgehead);
    GeneralPage::load(object);
    m_remoteSite->clear();
    m_localBridgehead->clear();
    m_serversBySite.clear();
    if (store()) {
        auto org = core::Organization::open(core::Organization::dirOfSite(store()->path()));
        core::Phrases unreadable; // not offered; the Synchronization Status panel names them
        auto sites = org ? org->sites(&unreadable) : core::Result<QList<core::SiteInfo>>(org.error());
        for (const core::SiteInfo& s : sites ? sites.value() : QList<core::SiteInfo>()) {
            if (s.name.compare(store()->siteName(), Qt::CaseInsensitive) == 0) {
                m_localBridgehead->addItems(s.servers);
            } else {
                m_remoteSite->addItem(s.name);
                m_serversBySite.insert(s.name.toUpper(), s.servers);
            }
        }
    }
    const QString remote = object.value(attr::RemoteSite);
    if (!remote.isEmpty()) {
        if (m_remoteSite->findText(remote, Qt::MatchFixedString) < 0)
            m_remoteSite->addItem(remote);
        m_remoteSite->setCurrentIndex(m_remoteSite->findText(remote, Qt::MatchFixedString));
    }
    m_remoteSite->setEnabled(isNew(object)); // which site it replicates with is fixed once it exists
    const QString local = object.value(attr::LocalBridgehead);
    if (!local.isEmpty())
        m_localBridgehead->setCurrentIndex(
            qMax(0, m_localBridgehead->findText(core::Dn::parse(local)->rdn().value, Qt::MatchFixedString)));
    fillRemoteServers();
    const QString remoteServer = object.value(attr::RemoteBridgehead);
    if (!remoteServer.isEmpty())
        m_remoteBridgehead->setCurrentIndex(
            qMax(0, m_remoteBridgehead->findText(remoteServer, Qt::MatchFixedString)));
}

void ReplicationGeneralPage::fillRemoteServers()
{
    const QSignalBlocker block(m_remoteBridgehead);
    m_remoteBridgehead->clear();
    m_remoteBridgehead->addItems(m_serversBySite.value(m_remoteSite->currentText().toUpper()));
}

QList<core::AttributeChange> ReplicationGeneralPage::changes() const
{
    QList<core::AttributeChange> out = GeneralPage::changes();
    const auto replace = [&](const QString& a, const QString& v) {
        if (v != m_object.value(a))
            out.append({a, core::AttributeChange::Op::Replace, v.isEmpty() ? QStringList() : QStringList{v}});
    };
    if (isNew(m_object))
        replace(attr::RemoteSite, m_remoteSite->currentText());
    if (store() && !m_localBridgehead->currentText().isEmpty())
        replace(attr::LocalBridgehead,
                core::SiteBuilder::serverDn(store()->organizationName(), store()->siteName(),
                                            m_localBridgehead->currentText())
                    .toString());
    replace(attr::RemoteBridgehead, m_remoteBridgehead->currentText());
    return out;
}

QString ReplicationGeneralPage::validate() const
{
    if (const QString e = GeneralPage::validate(); !e.isEmpty())
        return e;
    if (m_remoteSite->currentText().isEmpty())
        return problemIn(m_remoteSite,
                         tr("Choose the site to replicate with (the organization has no other site yet)."));
    if (m_localBridgehead->currentText().isEmpty())
        return problemIn(m_localBridgehead, tr("Choose the local bridgehead server."));
    return {};
}

} // namespace sa::ui
