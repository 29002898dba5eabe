#pragma once

#include "ChangeSet.h"

namespace sa::core {

/// The objects every new site starts with, as the original's setup made them:
/// Organization > Site > Configuration (Add-Ins, Addressing, Connections, Directory Replication,
/// Monitors, Servers > server > its services, Site Addressing) and Recipients.
class SiteBuilder
{
public:
    static Dn organizationDn(const QString& organization);
    static Dn siteDn(const QString& organization, const QString& site);
    static Dn configurationDn(const QString& organization, const QString& site);
    static Dn serversDn(const QString& organization, const QString& site);
    static Dn connectionsDn(const QString& organization, const QString& site);
    static Dn directoryReplicationDn(const QString& organization, const QString& site);
    static Dn serverDn(const QString& organization, const QString& site, const QString& server);
    /// The server's Directory Synchronization object ("Microsoft DXA"): its Diagnostics Logging,
    /// delivery restrictions and templates.
    static Dn directorySynchronizationDn(const QString& organization, const QString& site,
                                         const QString& server);
    static Dn recipientsDn(const QString& organization, const QString& site);
    static Dn siteAddressingDn(const QString& organization, const QString& site);

    /// The whole site; the organization object carries `organizationGuid` when given, so every
    /// site's copy of it is the same object.
    static ChangeSet newSite(const QString& organization, const QString& organizationGuid,
                             const QString& site, const QString& server);
    /// A server with its service objects under the site's Servers container.
    static void addServer(ChangeSet& changes, const QString& organization, const QString& site,
                          const QString& server);
};

} // namespace sa::core
