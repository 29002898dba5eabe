// PropertySheet::pagesFor, the catalog of pages per kind of object: declared with the sheet in
// ui/properties and defined here, on the floor above every folder of pages (docs/layers.txt), so that
// the sheet and the pickers it holds (the address book opens a sheet) name no page folder.

#include "core/directory/Schema.h"
#include "ui/properties/GeneralPage.h"
#include "ui/properties/HistoryPage.h"
#include "ui/properties/PropertySheet.h"
#include "ui/properties/RawPropertiesPage.h"
#include "ui/properties/SiteAddressingPage.h"
#include "ui/properties/connectors/ConnectorPages.h"
#include "ui/properties/dirsync/DirsyncPages.h"
#include "ui/properties/recipients/AdvancedPage.h"
#include "ui/properties/recipients/CustomAttributesPage.h"
#include "ui/properties/recipients/DeliveryRestrictionsPage.h"
#include "ui/properties/recipients/DistributionListGeneralPage.h"
#include "ui/properties/recipients/EmailAddressesPage.h"
#include "ui/properties/recipients/MemberOfPage.h"
#include "ui/properties/recipients/OrganizationPage.h"
#include "ui/properties/recipients/PhoneNotesPage.h"
#include "ui/properties/recipients/RecipientGeneralPage.h"

namespace sa::ui {

namespace {

QList<PropertyPage*> pagesOfClass(const core::ClassDef& cls);

} // namespace

QList<PropertyPage*> PropertySheet::pagesFor(const core::ClassDef& cls)
{
    // Every sheet has the object's History (the audit trail) before Raw Properties, its last page.
    QList<PropertyPage*> pages = pagesOfClass(cls);
    const bool rawLast = !pages.isEmpty() && qobject_cast<RawPropertiesPage*>(pages.last());
    pages.insert(rawLast ? pages.size() - 1 : pages.size(), new HistoryPage);
    return pages;
}

namespace {

QList<PropertyPage*> pagesOfClass(const core::ClassDef& cls)
{
    // The original's pages per kind of object (reference: exchange-admin-ui.md §3.5); Raw Properties
    // last on every sheet. Connectors and the dirsync objects add theirs as they are built.
    const auto common = [] {
        return QList<PropertyPage*>{
            new MemberOfPage,         new EmailAddressesPage, new DeliveryRestrictionsPage,
            new CustomAttributesPage, new AdvancedPage,       new RawPropertiesPage};
    };
    if (cls.name == QLatin1String("mailbox") || cls.name == QLatin1String("custom-recipient"))
        return QList<PropertyPage*>{new RecipientGeneralPage, new OrganizationPage, new PhoneNotesPage} +
               common();
    if (cls.name == QLatin1String("distribution-list"))
        return QList<PropertyPage*>{new DistributionListGeneralPage} + common();
    if (cls.name == QLatin1String("msmail-connector"))
        return msMailConnectorPages();
    if (cls.name == QLatin1String("site-connector"))
        return siteConnectorPages();
    if (cls.name == QLatin1String("internet-mail-service"))
        return internetMailServicePages();
    if (cls.name == QLatin1String("directory-replication-connector"))
        return replicationConnectorPages();
    if (cls.name == QLatin1String("dirsync-server"))
        return dirsyncServerPages();
    if (cls.name == QLatin1String("remote-dirsync-requestor"))
        return remoteRequestorPages();
    if (cls.name == QLatin1String("dirsync-requestor"))
        return dirsyncRequestorPages();
    if (cls.name == QLatin1String("directory-synchronization"))
        return directorySynchronizationPages();
    if (cls.name == QLatin1String("site-addressing"))
        return {new GeneralPage, new SiteAddressingPage, new RawPropertiesPage};
    return {new GeneralPage, new RawPropertiesPage};
}

} // namespace

} // namespace sa::ui
