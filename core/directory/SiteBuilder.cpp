#include "SiteBuilder.h"

#include "AddressGenerator.h"
#include "Schema.h"

namespace sa::core {

namespace {
const QString Cn = QStringLiteral("cn");
}

Dn SiteBuilder::organizationDn(const QString& organization)
{
    return Dn().child(QStringLiteral("o"), organization);
}

Dn SiteBuilder::siteDn(const QString& organization, const QString& site)
{
    return organizationDn(organization).child(QStringLiteral("ou"), site);
}

Dn SiteBuilder::configurationDn(const QString& organization, const QString& site)
{
    return siteDn(organization, site).child(Cn, QStringLiteral("Configuration"));
}

Dn SiteBuilder::serversDn(const QString& organization, const QString& site)
{
    return configurationDn(organization, site).child(Cn, QStringLiteral("Servers"));
}

Dn SiteBuilder::connectionsDn(const QString& organization, const QString& site)
{
    return configurationDn(organization, site).child(Cn, QStringLiteral("Connections"));
}

Dn SiteBuilder::directoryReplicationDn(const QString& organization, const QString& site)
{
    return configurationDn(organization, site).child(Cn, QStringLiteral("Directory Replication"));
}

Dn SiteBuilder::serverDn(const QString& organization, const QString& site, const QString& server)
{
    return serversDn(organization, site).child(Cn, server);
}

Dn SiteBuilder::directorySynchronizationDn(const QString& organization, const QString& site,
                                           const QString& server)
{
    return serverDn(organization, site, server).child(QStringLiteral("cn"), QStringLiteral("Microsoft DXA"));
}

Dn SiteBuilder::recipientsDn(const QString& organization, const QString& site)
{
    return siteDn(organization, site).child(Cn, QStringLiteral("Recipients"));
}

Dn SiteBuilder::siteAddressingDn(const QString& organization, const QString& site)
{
    return configurationDn(organization, site).child(Cn, QStringLiteral("Site-Addressing"));
}

ChangeSet SiteBuilder::newSite(const QString& organization, const QString& organizationGuid,
                               const QString& site, const QString& server)
{
    ChangeSet c;
    const auto display = [](const QString& name) {
        return AttributeValues{{attr::DisplayName, {name}}};
    };
    c.create(QStringLiteral("organization"), Dn(), display(organization), organization, organizationGuid);
    const Dn siteDn = SiteBuilder::siteDn(organization, site);
    c.create(QStringLiteral("site"), organizationDn(organization), display(site), site);
    const Dn config = configurationDn(organization, site);
    c.create(QStringLiteral("configuration"), siteDn, display(QStringLiteral("Configuration")),
             QStringLiteral("Configuration"));
    for (const auto& [cls, name] :
         {std::pair{QStringLiteral("add-ins"), QStringLiteral("Add-Ins")},
          std::pair{QStringLiteral("addressing"), QStringLiteral("Addressing")},
          std::pair{QStringLiteral("connections"), QStringLiteral("Connections")},
          std::pair{QStringLiteral("directory-replication"), QStringLiteral("Directory Replication")},
          std::pair{QStringLiteral("monitors"), QStringLiteral("Monitors")},
          std::pair{QStringLiteral("servers"), QStringLiteral("Servers")}}) {
        c.create(cls, config, display(name), name);
    }
    AttributeValues addressing = display(QStringLiteral("Site Addressing"));
    addressing[attr::GatewayProxy] = AddressGenerator::defaultTemplates(organization, site);
    c.create(QStringLiteral("site-addressing"), config, addressing, QStringLiteral("Site-Addressing"));
    addServer(c, organization, site, server);
    c.create(QStringLiteral("recipients-container"), siteDn, display(QStringLiteral("Recipients")),
             QStringLiteral("Recipients"));
    return c;
}

void SiteBuilder::addServer(ChangeSet& changes, const QString& organization, const QString& site,
                            const QString& server)
{
    changes.create(QStringLiteral("server"), serversDn(organization, site), {{attr::DisplayName, {server}}},
                   server);
    const Dn dn = serverDn(organization, site, server);
    // Directory names of the service objects in the style of the original's "Microsoft MTA" [U].
    for (const auto& [cls, rdn, display] :
         {std::tuple{QStringLiteral("directory-service"), QStringLiteral("Microsoft DSA"),
                     QStringLiteral("Directory Service")},
          std::tuple{QStringLiteral("directory-synchronization"), QStringLiteral("Microsoft DXA"),
                     QStringLiteral("Directory Synchronization")},
          std::tuple{QStringLiteral("message-transfer-agent"), QStringLiteral("Microsoft MTA"),
                     QStringLiteral("Message Transfer Agent")},
          std::tuple{QStringLiteral("system-attendant"), QStringLiteral("Microsoft System Attendant"),
                     QStringLiteral("System Attendant")}}) {
        changes.create(cls, dn, {{attr::DisplayName, {display}}}, rdn);
    }
}

} // namespace sa::core
