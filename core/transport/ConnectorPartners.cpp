#include "ConnectorPartners.h"

#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"

namespace sa::core {

namespace {

/// Creates `changes` in `site` unless it has a connector of `className` naming `target` already.
Result<bool> createUnlessThere(const Organization& organization, const QString& site,
                               const QString& className, const QString& attribute, const QString& target,
                               const ChangeSet& changes)
{
    auto there = ConnectorPartners::exists(organization, site, className, attribute, target);
    if (!there)
        return there.error();
    if (there.value())
        return false;
    auto store = DirectoryStore::open(organization.sitePath(site));
    if (!store)
        return store.error();
    auto done = store.value()->commit(changes);
    if (!done)
        return done.error();
    return true;
}

} // namespace

Result<bool> ConnectorPartners::exists(const Organization& organization, const QString& site,
                                       const QString& className, const QString& attribute,
                                       const QString& target)
{
    auto store = DirectoryStore::open(organization.sitePath(site));
    if (!store)
        return store.error();
    auto connectors = store.value()->objectsOf(ListFilter{{className}, true});
    if (!connectors)
        return connectors.error();
    for (const DirectoryObject& c : connectors.value()) {
        if (!c.isReplica() && c.value(attribute).compare(target, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Result<bool> ConnectorPartners::createSiteConnector(const Organization& organization, const QString& fromSite,
                                                    const QString& toSite, int cost)
{
    const QString name = QStringLiteral("Site Connector (%1)").arg(fromSite);
    ChangeSet c;
    c.create(
        QStringLiteral("site-connector"), SiteBuilder::connectionsDn(organization.name(), toSite),
        {{attr::DisplayName, {name}}, {attr::TargetSite, {fromSite}}, {attr::Cost, {QString::number(cost)}}},
        name);
    return createUnlessThere(organization, toSite, QStringLiteral("site-connector"), attr::TargetSite,
                             fromSite, c);
}

Result<bool> ConnectorPartners::createReplicationConnector(const Organization& organization,
                                                           const QString& fromSite, const QString& fromServer,
                                                           const QString& toSite, const QString& toServer)
{
    AttributeValues values{{attr::DisplayName, {fromSite}},
                           {attr::RemoteSite, {fromSite}},
                           {attr::ActivationStyle, {QStringLiteral("2")}}};
    if (!toServer.isEmpty())
        values[attr::LocalBridgehead] = {
            SiteBuilder::serverDn(organization.name(), toSite, toServer).toString()};
    if (!fromServer.isEmpty())
        values[attr::RemoteBridgehead] = {fromServer};
    ChangeSet c;
    c.create(QStringLiteral("directory-replication-connector"),
             SiteBuilder::directoryReplicationDn(organization.name(), toSite), values, fromSite);
    return createUnlessThere(organization, toSite, QStringLiteral("directory-replication-connector"),
                             attr::RemoteSite, fromSite, c);
}

} // namespace sa::core
