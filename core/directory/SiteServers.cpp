#include "SiteServers.h"

#include "DirectoryStore.h"
#include "Schema.h"
#include "SiteBuilder.h"

#include <algorithm>

namespace sa::core {

Result<QList<DirectoryObject>> SiteServers::of(const DirectoryStore& store)
{
    const Dn servers = SiteBuilder::serversDn(store.organizationName(), store.siteName());
    auto container = store.object(servers);
    if (!container)
        return container.error();
    auto kids = store.children(container->id);
    if (!kids)
        return kids.error();
    QList<DirectoryObject> out;
    for (const DirectoryObject& o : kids.value()) {
        if (o.cls->name == QLatin1String("server") && !o.isReplica())
            out << o;
    }
    std::sort(out.begin(), out.end(),
              [](const DirectoryObject& a, const DirectoryObject& b) { return a.usnCreated < b.usnCreated; });
    return out;
}

Result<DirectoryObject> SiteServers::first(const DirectoryStore& store)
{
    auto all = of(store);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return Error(ErrorCode::NotFound,
                     Phrase::tr("site %1 has no server for mailboxes to live on").arg(store.siteName()),
                     attr::HomeServer);
    return all->first();
}

Result<DirectoryObject> SiteServers::find(const DirectoryStore& store, const QString& nameOrDn)
{
    auto all = of(store);
    if (!all)
        return all.error();
    if (const DirectoryObject* server = match(all.value(), nameOrDn))
        return *server;
    return unknown(store, all.value(), nameOrDn);
}

const DirectoryObject* SiteServers::match(const QList<DirectoryObject>& servers, const QString& nameOrDn)
{
    const QString wanted = nameOrDn.trimmed();
    auto dn = wanted.startsWith(QLatin1Char('/')) ? Dn::parse(wanted) : Result<Dn>(Dn());
    for (const DirectoryObject& server : servers) {
        if (server.rdn().compare(wanted, Qt::CaseInsensitive) == 0 ||
            (dn && !dn->isEmpty() && server.dn.key() == dn->key()))
            return &server;
    }
    return nullptr;
}

QString SiteServers::nameOf(const QString& homeServer)
{
    auto dn = homeServer.startsWith(QLatin1Char('/')) ? Dn::parse(homeServer) : Result<Dn>(Dn());
    return dn && !dn->isEmpty() ? dn->rdn().value : homeServer;
}

Error SiteServers::unknown(const DirectoryStore& store, const QList<DirectoryObject>& servers,
                           const QString& nameOrDn)
{
    QStringList names;
    for (const DirectoryObject& server : servers)
        names << server.rdn();
    return Error(ErrorCode::InvalidValue,
                 Phrase::tr("the Home-Server \"%1\" is not a server of site %2 (its servers: %3)")
                     .arg(nameOrDn.trimmed(), store.siteName(), names.join(QStringLiteral(", "))),
                 attr::HomeServer);
}

} // namespace sa::core
