#pragma once

#include <QList>

namespace sa::ui {

class PropertyPage;

/// The pages of the connectors' property sheets, wired to each other where one shows what another
/// edits (an MS Mail Connector's address space and connector MTAs follow its connections).
/// General comes first on every sheet, as the directory name of a new connector is typed there;
/// the original's MS Mail Connector opened on Interchange.
QList<PropertyPage*> msMailConnectorPages();
QList<PropertyPage*> siteConnectorPages();
QList<PropertyPage*> replicationConnectorPages();
/// General, Connected Sites, Address Space (each connected site's shadow postoffice greyed),
/// Connections, Raw Properties.
QList<PropertyPage*> internetMailServicePages();

} // namespace sa::ui
