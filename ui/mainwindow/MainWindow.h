#pragma once

#include "core/directory/DirectoryObject.h"
#include "core/directory/ListFilter.h"
#include "core/directory/Organization.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QActionGroup;
class QMdiArea;
class QMdiSubWindow;
class QMenu;
class QToolBar;

namespace sa::ui {

class RecipientCommands;
class ServerWindow;
class SiteSession;
class ConnectorCommands;
class DirsyncCommands;
class EditCommands;
class ServiceCommands;
class PropertySheet;
class ProcedureDialog;
class UndoHistory;

/// The administrator's main window: an MDI frame with one child window per server, the full menu
/// bar of the original (commands that later parts build are there, disabled), a toolbar and a
/// status bar. It owns one SiteSession per site database that any window uses.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(core::Organization organization, QWidget* parent = nullptr);
    ~MainWindow() override;

    const core::Organization& organization() const { return m_organization; }
    /// Opens a window on `server` (case-insensitive); nullptr, after telling the administrator why,
    /// when there is no such server or its site cannot be opened.
    ServerWindow* openServer(const QString& server);
    /// The server to connect to when no window is remembered: the default server (Connect to Server's
    /// "Set as default"), else the one active when the window last closed, else the first one.
    QString startServer() const;
    /// The servers to open at start: the windows open when the program last closed on this
    /// organization, the one that was active last (issue 20: it opened the last server whose window
    /// was opened, even when that window had been closed); startServer() when none was open.
    QStringList serversToOpen() const;
    ServerWindow* activeServerWindow() const;
    QList<ServerWindow*> serverWindows() const;
    /// An action by object name (actionConnectToServer, actionProperties, ...), for tests and wiring.
    QAction* action(const QString& objectName) const;

    void connectToServer();
    /// File > Open Organization... (`folder` empty: chosen in a folder dialog) and File > Recent
    /// Organizations: once the folder is found to hold an organization, says so with
    /// organizationChosen() and closes, as File > Exit does; siteadmin then opens a window on it.
    void openOrganization(const QString& folder = {});
    /// What View > Mailboxes ... All and View > Hidden Recipients ask the recipients lists to show.
    core::ListFilter recipientFilter() const;
    void applyRecipientFilter();
    void showProperties(const core::DirectoryObject& object, const QString& page = {});
    /// File > Properties with several objects selected: one dialog that changes the recipients'
    /// common fields at once (BulkPropertiesDialog); refused, with the reason, for other objects.
    void showBulkProperties(const QList<core::DirectoryObject>& objects);
    /// Opens the property sheet of a new object (`prototype`: its class, its container's DN as dn,
    /// preset values) in the active server window; once created, the list selects it.
    PropertySheet* openNewObject(const core::DirectoryObject& prototype);
    void saveWindowContents();
    /// The open session of a site's database (opened on first use), shared by every window on it.
    SiteSession* sessionForSite(const core::SiteInfo& site);
    /// The background worker and Tools > Services.
    ServiceCommands* services() const { return m_services; }
    /// Edit > Undo and Redo: what this window's sheets, wizards and commands wrote.
    UndoHistory* undoHistory() const { return m_undo; }
    /// The Edit menu's Undo, Redo, Copy and Delete.
    EditCommands* edits() const { return m_edits; }
    /// Help > Procedure: the walkthrough beside the window (one, raised when asked again).
    ProcedureDialog* showProcedure();
    /// At start: the panels open when the window last closed on this organization (so far the
    /// Synchronization Status panel); `syncStatusByDefault` when it never closed on it (the demo
    /// shows its cycles to a newcomer at once).
    void restorePanels(bool syncStatusByDefault);

Q_SIGNALS:
    void organizationChosen(const QString& folder);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Menus and toolbar (MainWindowMenus.cpp).
    void createMenus();
    /// A lasting word in the status bar when other users may read the organization's files, which
    /// hold the dirsync passwords (issue 19); clicked, it says which and how to mend them.
    void warnOfLooseFiles();
    QAction* addCommand(QMenu* menu, const QString& text, const QString& objectName, const QString& statusTip,
                        const QKeySequence& shortcut = {});
    void fillWindowMenu();
    void fillRecentMenu();
    /// A disabled command's status tip shown as its tooltip, which Qt's menus show on disabled items.
    void explainDisabledCommands();
    /// Puts this organization first in the recent ones.
    void rememberOrganization();

    void updateActions();
    void showColumnsDialog();
    void chooseFont();
    void showAbout();
    QString settingsKey(const QString& name) const;
    /// Keeps the servers of the open windows in the settings, the active one last, leaving out
    /// `closing`; kept as they change, so a program that did not close cleanly reopens them too.
    void rememberOpenServers(const QMdiSubWindow* closing = nullptr);

    core::Organization m_organization;
    QMdiArea* m_mdi;
    QToolBar* m_toolBar = nullptr;
    QMenu* m_windowMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QHash<QString, SiteSession*> m_sessions; // by site database path
    QList<QAction*> m_windowActions;         // actions that need an active server window
    RecipientCommands* m_recipients = nullptr;
    ConnectorCommands* m_connectors = nullptr;
    DirsyncCommands* m_dirsync = nullptr;
    ServiceCommands* m_services = nullptr;
    QPointer<ProcedureDialog> m_procedure;
    UndoHistory* m_undo;
    EditCommands* m_edits;
    bool m_tearingDown = false; // the windows going with the main window are not closed by the user
};

} // namespace sa::ui
