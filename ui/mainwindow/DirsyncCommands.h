#pragma once

#include <QObject>

namespace sa::ui {

class MainWindow;
class ObjectWizard;
class ServerWindow;

/// File > New Other > Directory Synchronization Server (and, as they are built, the requestors):
/// each a wizard whose steps are the object's property pages. The original's rule decides what is
/// available: a second dirsync server, or one beside a Dir-Sync Requestor, is not; a Remote Dir-Sync
/// Requestor needs the dirsync server first.
class DirsyncCommands : public QObject
{
    Q_OBJECT

public:
    explicit DirsyncCommands(MainWindow& window);

    /// In the active window's site Connections, run by the connected server unless changed.
    ObjectWizard* newDirsyncServer();
    /// Below the site's Directory Synchronization Server: the postoffice first, then its pages.
    ObjectWizard* newRemoteRequestor();
    /// The site as requestor of an MS Mail dirsync server, in Connections: the server postoffice
    /// first, then its pages.
    ObjectWizard* newDirsyncRequestor();
    /// Enables or disables the New Other commands by the rule above, for the active window.
    void updateActions();

private:
    /// Opens `wizard`; what it creates is selected in `window`.
    ObjectWizard* show(ObjectWizard* wizard, ServerWindow* window);

    MainWindow& m_window;
};

} // namespace sa::ui
