#pragma once

#include "core/directory/DirectoryObject.h"

#include <QObject>

namespace sa::ui {

class MainWindow;

/// File > New Other > MS Mail Connector, Site Connector and Directory Replication Connector: each opens the
/// connector's property sheet for a new object in its container, with what the original's setup or dialog
/// would have filled in; the sheet writes on OK.
class ConnectorCommands : public QObject
{
    Q_OBJECT

public:
    explicit ConnectorCommands(MainWindow& window);

    /// An MS Mail Connector on the selected server, or else on the first server of the site that
    /// has none. Exchange's setup program installed it; here it is a command of its own.
    void newMsMailConnector();
    void newSiteConnector();
    /// In Configuration > Directory Replication; replicates always until its Schedule says otherwise.
    void newReplicationConnector();

private:
    MainWindow& m_window;
};

} // namespace sa::ui
