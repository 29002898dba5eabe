#include "ConnectorPages.h"

#include "AddressSpacePage.h"
#include "ConnectedSitesPage.h"
#include "ConnectionsPage.h"
#include "ConnectorMtasPage.h"
#include "ImsConnectionsPage.h"
#include "ImsQueuesPage.h"
#include "InterchangePage.h"
#include "LocalPostofficePage.h"
#include "ReplicationGeneralPage.h"
#include "ReplicationSitesPage.h"
#include "SchedulePage.h"
#include "SiteConnectorGeneralPage.h"
#include "TargetServersPage.h"
#include "core/transport/ImsEvents.h"
#include "core/transport/SiteTransport.h"
#include "ui/properties/DiagnosticsLoggingPage.h"
#include "ui/properties/GeneralPage.h"
#include "ui/properties/RawPropertiesPage.h"
#include "ui/properties/recipients/DeliveryRestrictionsPage.h"

namespace sa::ui {

QList<PropertyPage*> msMailConnectorPages()
{
    auto* connections = new ConnectionsPage;
    auto* mtas = new ConnectorMtasPage;
    mtas->setPostofficeSource([connections] { return connections->directPostoffices(); });
    auto* space = new AddressSpacePage;
    space->setDerivedSource([connections] {
        QStringList out;
        for (const QString& po : connections->postoffices())
            out << QStringLiteral("MS:%1/*").arg(po);
        return out;
    });
    QObject::connect(connections, &ValueListPage::valuesChanged, space, &ValueListPage::refresh);
    return {new GeneralPage, new InterchangePage,  new LocalPostofficePage, connections, mtas,
            space,           new RawPropertiesPage};
}

QList<PropertyPage*> siteConnectorPages()
{
    auto* general = new SiteConnectorGeneralPage;
    auto* space = new AddressSpacePage;
    space->setDerivedSource([general] {
        const QString shadow = general->shadowPostofficeOfTarget();
        return shadow.isEmpty() ? QStringList() : QStringList{QStringLiteral("MS:%1/*").arg(shadow)};
    });
    QObject::connect(general, &SiteConnectorGeneralPage::targetSiteChanged, space, &ValueListPage::refresh);
    auto* targets = new TargetServersPage;
    targets->setTargetSiteSource([general] { return general->targetSite(); });
    QObject::connect(general, &SiteConnectorGeneralPage::targetSiteChanged, targets,
                     &TargetServersPage::refreshSiteServers);
    return {general, targets, space, new RawPropertiesPage};
}

QList<PropertyPage*> internetMailServicePages()
{
    auto* sites = new ConnectedSitesPage;
    auto* space = new AddressSpacePage;
    // Each connected site is reached at its own (shadow) postoffice, as over a site connector.
    space->setDerivedSource([sites] {
        QStringList out;
        const QString organization = sites->organization();
        for (const QString& site : sites->sites())
            out << QStringLiteral("MS:%1/*").arg(core::SiteTransport::shadowPostoffice(organization, site));
        return out;
    });
    QObject::connect(sites, &ValueListPage::valuesChanged, space, &ValueListPage::refresh);
    space->setTypes({QStringLiteral("SMTP")}); // its own: the Internet addresses it leads to
    // Delivery Restrictions: which of the directory's senders may send through it.
    return {new GeneralPage,
            sites,
            space,
            new ImsConnectionsPage,
            new DeliveryRestrictionsPage,
            new DiagnosticsLoggingPage(core::ImsDiagnostics::service()),
            new ImsQueuesPage,
            new RawPropertiesPage};
}

QList<PropertyPage*> replicationConnectorPages()
{
    return {new ReplicationGeneralPage, new SchedulePage, new ReplicationSitesPage, new RawPropertiesPage};
}

} // namespace sa::ui
