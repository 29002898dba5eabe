#include "SiteConnectors.h"

#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"

namespace sa::core {

Result<bool> SiteConnectors::exists(const Organization& organization, const QString& site,
                                    const QString& target)
{
    auto store = DirectoryStore::open(organization.sitePath(site));
    if (!store)
        return store.error();
    auto connectors = store.value()->objectsOf(ListFilter{{QStringLiteral("site-connector")}, true});
    if (!connectors)
        return connectors.error();
    for (const DirectoryObject& c : connectors.value()) {
        if (!c.isReplica() && c.value(attr::TargetSite).compare(target, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Result<bool> SiteConnectors::createPartner(const Organization& organization, const QString& fromSite,
                                           const QString& toSite, int cost)
{
    auto there = exists(organization, toSite, fromSite);
    if (!there)
        return there.error();
    if (there.value())
        return false;
    auto store = DirectoryStore::open(organization.sitePath(toSite));
    if (!store)
        return store.error();
    const QString name = QStringLiteral("Site Connector (%1)").arg(fromSite);
    ChangeSet c;
    c.create(
        QStringLiteral("site-connector"), SiteBuilder::connectionsDn(organization.name(), toSite),
        {{attr::DisplayName, {name}}, {attr::TargetSite, {fromSite}}, {attr::Cost, {QString::number(cost)}}},
        name);
    auto done = store.value()->commit(c);
    if (!done)
        return done.error();
    return true;
}

} // namespace sa::core
