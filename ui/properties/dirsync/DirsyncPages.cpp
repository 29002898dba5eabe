#include "DirsyncPages.h"

#include "DirsyncServerGeneralPage.h"
#include "ui/properties/RawPropertiesPage.h"
#include "ui/properties/connectors/SchedulePage.h"

namespace sa::ui {

QList<PropertyPage*> dirsyncServerPages()
{
    // Schedule: the T2 hours (Q180297: "T2 will only spawn at the top of the hour").
    return {new DirsyncServerGeneralPage, new SchedulePage, new RawPropertiesPage};
}

} // namespace sa::ui
