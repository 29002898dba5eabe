#include "DirsyncPages.h"

#include "DirsyncAddressPage.h"
#include "DirsyncRequestorGeneralPage.h"
#include "DirsyncServerGeneralPage.h"
#include "DirsyncSettingsPage.h"
#include "DxaAddressesPage.h"
#include "ExportContainersPage.h"
#include "ImportContainerPage.h"
#include "RemoteRequestorGeneralPage.h"
#include "TemplateMapPage.h"
#include "core/dirsync/DirsyncLog.h"
#include "ui/properties/DiagnosticsLoggingPage.h"
#include "ui/properties/GeneralPage.h"
#include "ui/properties/RawPropertiesPage.h"
#include "ui/properties/connectors/SchedulePage.h"
#include "ui/properties/recipients/DeliveryRestrictionsPage.h"

namespace sa::ui {

QList<PropertyPage*> dirsyncServerPages()
{
    // Schedule: the T2 hours (Q180297: "T2 will only spawn at the top of the hour").
    return {new DirsyncServerGeneralPage, new SchedulePage, new RawPropertiesPage};
}

QList<PropertyPage*> remoteRequestorPages()
{
    return {new RemoteRequestorGeneralPage, new DirsyncAddressPage, new ImportContainerPage,
            new ExportContainersPage, new RawPropertiesPage};
}

QList<PropertyPage*> dirsyncRequestorPages()
{
    // Schedule: the T1 hours (when the site sends its updates and requests).
    return {new DirsyncRequestorGeneralPage,
            new DirsyncSettingsPage,
            new DirsyncAddressPage,
            new ImportContainerPage,
            new ExportContainersPage,
            new SchedulePage,
            new RawPropertiesPage};
}

QList<PropertyPage*> directorySynchronizationPages()
{
    return {new GeneralPage,
            new DxaAddressesPage,
            new DeliveryRestrictionsPage,
            new TemplateMapPage(true),
            new TemplateMapPage(false),
            new DiagnosticsLoggingPage(core::DirsyncDiagnostics::service()),
            new RawPropertiesPage};
}

} // namespace sa::ui
