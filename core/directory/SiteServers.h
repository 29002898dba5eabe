#pragma once

#include "DirectoryObject.h"
#include "core/common/Error.h"

#include <QList>

namespace sa::core {

class DirectoryStore;

/// The servers of the store's own site (Configuration > Servers), as a mailbox's Home-Server names
/// them. A site has the server it was made with and those added to it since (`siteadminctl
/// add-server`, as the original's Setup joined a server to a site); the other sites' servers in the
/// database are replicas and no mailbox of this site lives on them.
class SiteServers
{
public:
    /// This site's own servers in the order they were added: the first is the one the site was made
    /// with.
    static Result<QList<DirectoryObject>> of(const DirectoryStore& store);
    /// The server mailboxes live on when nobody chose one (issue 22): the site's first server.
    static Result<DirectoryObject> first(const DirectoryStore& store);
    /// The server of this site that `nameOrDn` names (its name, "X1", or its DN, any case), or
    /// InvalidValue naming the site's servers.
    static Result<DirectoryObject> find(const DirectoryStore& store, const QString& nameOrDn);
    /// The one of `servers` that `nameOrDn` names, or null.
    static const DirectoryObject* match(const QList<DirectoryObject>& servers, const QString& nameOrDn);
    /// The server's name in a Home-Server value (its DN's last RDN: "X1"); the value itself when it
    /// is not a DN.
    static QString nameOf(const QString& homeServer);
    /// What find() says when none of `servers` (the site's) is named `nameOrDn`.
    static Error unknown(const DirectoryStore& store, const QList<DirectoryObject>& servers,
                         const QString& nameOrDn);
};

} // namespace sa::core
