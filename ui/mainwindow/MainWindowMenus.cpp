// The menu bar and toolbar of MainWindow: the original's menus (reference/exchange-admin-ui.md §2).
// Commands that later parts of the product build are present and disabled; their status tips say
// what they will do. Items the original had that this product will not have are left out.
#include "ConnectorCommands.h"
#include "DirsyncCommands.h"
#include "EditCommands.h"
#include "MainWindow.h"
#include "RecipientCommands.h"
#include "ServerWindow.h"
#include "ServiceCommands.h"
#include "core/directory/DirectoryStore.h"
#include "ui/common/Icons.h"
#include "ui/dialogs/ConnectionQueueDialog.h"
#include "ui/session/RecentOrganizations.h"
#include "ui/session/SiteSession.h"
#include "ui/session/UndoHistory.h"
#include "ui/views/ContentsView.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QDockWidget>
#include <QMdiArea>
#include <QMdiSubWindow>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <functional>

namespace sa::ui {

QAction* MainWindow::addCommand(QMenu* menu, const QString& text, const QString& objectName,
                                const QString& statusTip, const QKeySequence& shortcut)
{
    auto* a = new QAction(text, this);
    a->setObjectName(objectName);
    a->setStatusTip(statusTip);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    a->setEnabled(false); // enabled below when it is wired
    menu->addAction(a);
    return a;
}

void MainWindow::createMenus()
{
    const auto wire = [this](QAction* a, auto&& slot, bool needsWindow = true) {
        a->setEnabled(true);
        connect(a, &QAction::triggered, this, slot);
        if (needsWindow)
            m_windowActions << a;
        return a;
    };

    // File
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* connectAction = addCommand(
        file, tr("&Connect to Server..."), QStringLiteral("actionConnectToServer"),
        tr("Open a window on another server of the organization"), QKeySequence(Qt::CTRL | Qt::Key_O));
    connectAction->setIcon(Icons::named(QStringLiteral("server")));
    wire(connectAction, &MainWindow::connectToServer, false);
    // Ctrl+F4 closes a child window on Windows, as in the original; Ctrl+W is what a desktop of
    // today closes a document with. Both, whatever the platform theme (QKeySequence::Close is only
    // Ctrl+F4 on some), and nowhere else in the window (issue 20).
    QAction* close = wire(
        addCommand(file, tr("C&lose"), QStringLiteral("actionClose"), tr("Close the active server window")),
        [this] { m_mdi->closeActiveSubWindow(); });
    close->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_F4), QKeySequence(Qt::CTRL | Qt::Key_W)});
    file->addSeparator();
    wire(addCommand(file, tr("New &Mailbox..."), QStringLiteral("actionNewMailbox"),
                    tr("Create a mailbox in the selected recipients container"),
                    QKeySequence(Qt::CTRL | Qt::Key_N)),
         [this] { m_recipients->newMailbox(); })
        ->setIcon(Icons::named(QStringLiteral("mailbox")));
    wire(addCommand(file, tr("New &Distribution List..."), QStringLiteral("actionNewDistributionList"),
                    tr("Create a distribution list in the selected recipients container")),
         [this] { m_recipients->newDistributionList(); })
        ->setIcon(Icons::named(QStringLiteral("distribution-list")));
    wire(addCommand(file, tr("New C&ustom Recipient..."), QStringLiteral("actionNewCustomRecipient"),
                    tr("Create a custom recipient (an MS Mail, Internet, X.400 or other address)")),
         [this] { m_recipients->newCustomRecipient(); })
        ->setIcon(Icons::named(QStringLiteral("custom-recipient")));
    QMenu* newOther = file->addMenu(tr("New &Other"));
    newOther->setObjectName(QStringLiteral("menuNewOther"));
    connect(newOther, &QMenu::aboutToShow, this, [this] { m_dirsync->updateActions(); });
    for (const auto& [text, name, tip] : {
             std::tuple{tr("&Recipients Container..."), QStringLiteral("actionNewRecipientsContainer"),
                        tr("Create a recipients container in the site")},
             std::tuple{tr("&Site Connector..."), QStringLiteral("actionNewSiteConnector"),
                        tr("Connect this site's messaging to another site")},
             std::tuple{tr("&Directory Replication Connector..."),
                        QStringLiteral("actionNewReplicationConnector"),
                        tr("Replicate the directory with another site")},
             std::tuple{tr("&Internet Mail Service..."), QStringLiteral("actionNewInternetMailService"),
                        tr("Connect this site to sites on other machines through a mail server (Postfix)")},
             std::tuple{tr("&MS Mail Connector..."), QStringLiteral("actionNewMsMailConnector"),
                        tr("Connect a server of this site to MS Mail postoffices (Exchange's setup did this; "
                           "here it is a command of its own)")},
             std::tuple{tr("Dir-Sync Re&questor..."), QStringLiteral("actionNewDirSyncRequestor"),
                        tr("Make this server a requestor of an MS Mail directory synchronization server")},
             std::tuple{tr("Directory Synchronization Ser&ver..."), QStringLiteral("actionNewDirSyncServer"),
                        tr("Make this server the directory synchronization server")},
             std::tuple{tr("Remote Dir-Sync Requ&estor..."),
                        QStringLiteral("actionNewRemoteDirSyncRequestor"),
                        tr("Let an MS Mail postoffice synchronize with this server; needs a Directory "
                           "Synchronization Server first")},
         }) {
        QAction* a = addCommand(newOther, text, name, tip);
        if (name == QLatin1String("actionNewRecipientsContainer"))
            wire(a, [this] { m_recipients->newRecipientsContainer(); });
        else if (name == QLatin1String("actionNewMsMailConnector"))
            wire(a, [this] { m_connectors->newMsMailConnector(); });
        else if (name == QLatin1String("actionNewInternetMailService"))
            wire(a, [this] { m_connectors->newInternetMailService(); });
        else if (name == QLatin1String("actionNewSiteConnector"))
            wire(a, [this] { m_connectors->newSiteConnector(); });
        else if (name == QLatin1String("actionNewReplicationConnector"))
            wire(a, [this] { m_connectors->newReplicationConnector(); });
        else if (name == QLatin1String("actionNewDirSyncServer")) {
            // Not window actions: the dirsync rule decides (DirsyncCommands::updateActions).
            connect(a, &QAction::triggered, this, [this] { m_dirsync->newDirsyncServer(); });
        } else if (name == QLatin1String("actionNewRemoteDirSyncRequestor")) {
            connect(a, &QAction::triggered, this, [this] { m_dirsync->newRemoteRequestor(); });
        } else if (name == QLatin1String("actionNewDirSyncRequestor")) {
            connect(a, &QAction::triggered, this, [this] { m_dirsync->newDirsyncRequestor(); });
        }
    }
    file->addSeparator();
    wire(addCommand(file, tr("Save Window Con&tents..."), QStringLiteral("actionSaveWindowContents"),
                    tr("Save the list on the right to a CSV file")),
         &MainWindow::saveWindowContents);
    QAction* properties =
        addCommand(file, tr("P&roperties"), QStringLiteral("actionProperties"),
                   tr("Show the selected object's property sheet"), QKeySequence(Qt::ALT | Qt::Key_Return));
    wire(properties, [this] {
        ServerWindow* w = activeServerWindow();
        const QList<core::DirectoryObject> selected =
            w ? w->selectedObjects() : QList<core::DirectoryObject>();
        if (selected.size() > 1)
            showBulkProperties(selected);
        else if (!selected.isEmpty())
            showProperties(selected.first());
    });
    wire(addCommand(file, tr("Du&plicate"), QStringLiteral("actionDuplicate"),
                    tr("Create a recipient like the selected one"), QKeySequence(Qt::CTRL | Qt::Key_D)),
         [this] { m_recipients->duplicate(); });
    wire(addCommand(file, tr("Ra&w Properties..."), QStringLiteral("actionRawProperties"),
                    tr("Show every attribute of the selected object")),
         [this] {
             if (ServerWindow* w = activeServerWindow(); w && !w->selectedObjects().isEmpty())
                 showProperties(w->selectedObjects().first(), tr("Raw Properties"));
         });
    file->addSeparator();
    wire(
        addCommand(file, tr("Open Or&ganization..."), QStringLiteral("actionOpenOrganization"),
                   tr("Close this organization and open the one in another folder")),
        [this] { openOrganization(); }, false);
    m_recentMenu = file->addMenu(tr("Recent Organi&zations"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecentOrganizations"));
    connect(file, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    file->addSeparator();
    wire(addCommand(file, tr("E&xit"), QStringLiteral("actionExit"), tr("Quit Site Administrator"),
                    QKeySequence::Quit),
         &QWidget::close, false);

    // Edit
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    // Undo and Redo name what they take back ("Undo Delete Nancy Davolio"), as desktop programs do.
    QAction* undoAction = wire(
        addCommand(edit, tr("&Undo"), QStringLiteral("actionUndo"),
                   tr("Take back the last change made in this window"), QKeySequence::Undo),
        [this] { m_edits->undo(); }, false);
    QAction* redoAction = wire(
        addCommand(edit, tr("&Redo"), QStringLiteral("actionRedo"),
                   tr("Make again the last change taken back"), QKeySequence::Redo),
        [this] { m_edits->redo(); }, false);
    const auto showHistory = [this, undoAction, redoAction] {
        undoAction->setEnabled(m_undo->canUndo());
        undoAction->setText(m_undo->canUndo() ? tr("&Undo %1").arg(m_undo->undoText()) : tr("&Undo"));
        redoAction->setEnabled(m_undo->canRedo());
        redoAction->setText(m_undo->canRedo() ? tr("&Redo %1").arg(m_undo->redoText()) : tr("&Redo"));
    };
    connect(m_undo, &UndoHistory::changed, this, showHistory);
    showHistory();
    edit->addSeparator();
    // A recipient stays in the container it was made in, as in Exchange 4.0 and 5.5 (moving
    // recipients between containers came with Exchange 2000): there is nothing to cut, nor to paste.
    addCommand(edit, tr("Cu&t"), QStringLiteral("actionCut"),
               tr("Recipients stay in the container they were made in, as in the original: create one "
                  "anew in the other container and delete this one"),
               QKeySequence::Cut);
    wire(addCommand(edit, tr("&Copy"), QStringLiteral("actionCopy"), tr("Copy the selected rows as text"),
                    QKeySequence::Copy),
         [this] { m_edits->copy(); });
    addCommand(edit, tr("&Paste"), QStringLiteral("actionPaste"),
               tr("Nothing can be pasted into the directory: recipients come from New Mailbox, Duplicate "
                  "or Tools > Directory Import"),
               QKeySequence::Paste);
    QAction* del = addCommand(edit, tr("&Delete"), QStringLiteral("actionDelete"),
                              tr("Delete the selected objects (asks first)"), QKeySequence::Delete);
    connect(del, &QAction::triggered, m_edits, &EditCommands::deleteSelected);
    edit->addSeparator();
    wire(addCommand(edit, tr("Select &All"), QStringLiteral("actionSelectAll"),
                    tr("Select every row of the list"), QKeySequence::SelectAll),
         [this] {
             if (ServerWindow* w = activeServerWindow()) {
                 w->contentsView()->setFocus();
                 w->contentsView()->selectAll();
             }
         });

    // View
    QMenu* view = menuBar()->addMenu(tr("&View"));
    // Which recipients the lists of recipients containers show (remembered).
    auto* filters = new QActionGroup(this);
    QSettings settings;
    const QString shown = settings.value(QStringLiteral("view/recipients"), QStringLiteral("all")).toString();
    for (const auto& [text, name, key] :
         {std::tuple{tr("&Mailboxes"), QStringLiteral("actionViewMailboxes"), QStringLiteral("mailbox")},
          std::tuple{tr("&Distribution Lists"), QStringLiteral("actionViewDistributionLists"),
                     QStringLiteral("distribution-list")},
          std::tuple{tr("&Custom Recipients"), QStringLiteral("actionViewCustomRecipients"),
                     QStringLiteral("custom-recipient")},
          std::tuple{tr("&Public Folders"), QStringLiteral("actionViewPublicFolders"),
                     QStringLiteral("public-folder")},
          std::tuple{tr("A&ll"), QStringLiteral("actionViewAll"), QStringLiteral("all")}}) {
        QAction* a = addCommand(view, text, name, tr("Show only these recipients in the list"));
        a->setCheckable(true);
        a->setData(key);
        a->setChecked(key == shown);
        filters->addAction(a);
        if (key == QLatin1String("public-folder")) {
            a->setStatusTip(tr("Public folders are not part of Site Administrator"));
            continue; // there are no public folders here
        }
        a->setEnabled(true);
        connect(a, &QAction::triggered, this, &MainWindow::applyRecipientFilter);
    }
    QAction* hidden = addCommand(view, tr("&Hidden Recipients"), QStringLiteral("actionViewHidden"),
                                 tr("Also list recipients hidden from the address book"));
    hidden->setCheckable(true);
    hidden->setChecked(settings.value(QStringLiteral("view/hidden"), false).toBool());
    hidden->setEnabled(true);
    connect(hidden, &QAction::triggered, this, &MainWindow::applyRecipientFilter);
    view->addSeparator();
    wire(addCommand(view, tr("C&olumns..."), QStringLiteral("actionColumns"),
                    tr("Choose the columns of the list")),
         &MainWindow::showColumnsDialog);
    QMenu* sortBy = view->addMenu(tr("&Sort By"));
    sortBy->setObjectName(QStringLiteral("menuSortBy"));
    wire(addCommand(sortBy, tr("&Display Name"), QStringLiteral("actionSortByDisplayName"),
                    tr("Sort the list by display name")),
         [this] {
             if (ServerWindow* w = activeServerWindow())
                 w->sortBy(core::SortField::DisplayName);
         });
    wire(addCommand(sortBy, tr("&Last Modified Date"), QStringLiteral("actionSortByLastModified"),
                    tr("Sort the list by the date of the last change")),
         [this] {
             if (ServerWindow* w = activeServerWindow())
                 w->sortBy(core::SortField::LastModified);
         });
    wire(addCommand(view, tr("&Font..."), QStringLiteral("actionFont"), tr("Choose the font of the lists")),
         &MainWindow::chooseFont, false);
    view->addSeparator();
    QAction* syncStatus =
        addCommand(view, tr("S&ynchronization Status"), QStringLiteral("actionSyncStatus"),
                   tr("Show where each dirsync requestor stands, the run history and a chart"));
    syncStatus->setCheckable(true);
    syncStatus->setEnabled(true);
    connect(syncStatus, &QAction::toggled, this, [this](bool on) {
        if (!m_services)
            return; // the window is closing
        QDockWidget* dock = m_services->syncStatusDock();
        dock->setVisible(on);
        if (on)
            dock->raise();
    });
    wire(addCommand(view, tr("&Queues..."), QStringLiteral("actionQueues"),
                    tr("The messages the active server's Message Transfer Agent holds")),
         [this] {
             ServerWindow* w = activeServerWindow();
             auto* queue = ConnectionQueueDialog::forServer(w->session().store(), w->server(), this);
             queue->setAttribute(Qt::WA_DeleteOnClose);
             queue->show();
         });
    wire(
        addCommand(view, tr("&Event Log"), QStringLiteral("actionEventLog"),
                   tr("The events of the organization's services, with filters")),
        [this] { m_services->openEventLog(); }, false);
    wire(
        addCommand(view, tr("&Audit Log"), QStringLiteral("actionAuditLog"),
                   tr("Who changed what in the directory, with filters and export")),
        [this] { m_services->openAuditLog(); }, false);
    QAction* statusBarAction = addCommand(view, tr("Status &Bar"), QStringLiteral("actionStatusBar"),
                                          tr("Show or hide the status bar"));
    statusBarAction->setCheckable(true);
    statusBarAction->setChecked(true);
    statusBarAction->setEnabled(true);
    connect(statusBarAction, &QAction::toggled, statusBar(), &QWidget::setVisible);

    // Tools
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    wire(addCommand(tools, tr("Directory &Import..."), QStringLiteral("actionDirectoryImport"),
                    tr("Create, change or delete recipients from a CSV file")),
         [this] { m_recipients->directoryImport(); });
    wire(addCommand(tools, tr("Directory &Export..."), QStringLiteral("actionDirectoryExport"),
                    tr("Write a container's recipients to a CSV file")),
         [this] { m_recipients->directoryExport(); });
    tools->addSeparator();
    wire(addCommand(tools, tr("&Find Recipients..."), QStringLiteral("actionFindRecipients"),
                    tr("Find recipients by name, title, company, department or office"),
                    QKeySequence(Qt::CTRL | Qt::Key_F)),
         [this] { m_recipients->findRecipients(); });
    QAction* addressBook = wire(addCommand(tools, tr("&Address Book..."), QStringLiteral("actionAddressBook"),
                                           tr("Every recipient of the organization by name; OK shows the "
                                              "chosen one in the window"),
                                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)),
                                [this] { m_recipients->addressBook(); });
    tools->addSeparator();
    wire(
        addCommand(tools, tr("Ser&vices..."), QStringLiteral("actionServices"),
                   tr("Start, stop and pause the services of the organization's servers")),
        [this] { m_services->openServices(); }, false);
    tools->addSeparator();
    wire(
        addCommand(tools, tr("&Options..."), QStringLiteral("actionOptions"),
                   tr("Auto naming of display names and aliases, and other options")),
        [this] { m_recipients->options(); }, false);

    // Window
    m_windowMenu = menuBar()->addMenu(tr("&Window"));
    m_windowMenu->setObjectName(QStringLiteral("menuWindow"));
    connect(m_windowMenu, &QMenu::aboutToShow, this, &MainWindow::fillWindowMenu);
    fillWindowMenu();

    // Help
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    wire(addCommand(help, tr("&Procedure: Dir-Sync with Many Servers and MS Mail Postoffices"),
                    QStringLiteral("actionProcedure"),
                    tr("Walk through setting up directory synchronization with several servers and MS Mail "
                       "postoffices, step by step in this program")),
         &MainWindow::showProcedure, false);
    help->addSeparator();
    wire(addCommand(help, tr("&About Site Administrator"), QStringLiteral("actionAbout"),
                    tr("The version of Site Administrator")),
         &MainWindow::showAbout, false);

    explainDisabledCommands();

    // Toolbar
    m_toolBar = addToolBar(tr("Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->addAction(connectAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(QStringLiteral("actionNewMailbox")));
    m_toolBar->addAction(action(QStringLiteral("actionNewDistributionList")));
    m_toolBar->addAction(action(QStringLiteral("actionNewCustomRecipient")));
    m_toolBar->addSeparator();
    properties->setIcon(Icons::named(QStringLiteral("configuration")));
    m_toolBar->addAction(properties);
    // The original's set (reference/exchange-admin-ui.md, Toolbar): Properties, Delete, Address Book
    // and Find Recipients beside the new-recipient commands; the desktop theme's icons where it has
    // them. The view filters stay in the View menu: their icons would repeat New Mailbox's.
    del->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete"), Icons::named(QStringLiteral("delete"))));
    m_toolBar->addAction(del);
    m_toolBar->addSeparator();
    addressBook->setIcon(Icons::named(QStringLiteral("address-book")));
    m_toolBar->addAction(addressBook);
    QAction* find = action(QStringLiteral("actionFindRecipients"));
    find->setIcon(QIcon::fromTheme(QStringLiteral("edit-find"), Icons::named(QStringLiteral("find"))));
    m_toolBar->addAction(find);
    QAction* toolbarToggle = m_toolBar->toggleViewAction();
    toolbarToggle->setObjectName(QStringLiteral("actionToolbar"));
    toolbarToggle->setText(tr("&Toolbar"));
    view->insertAction(statusBarAction, toolbarToggle);
}

namespace {

/// The sub-windows of `area` in equal bands across its whole viewport: horizontal bands (each the
/// full width, one above another) or vertical ones (each the full height, side by side).
void tileInBands(QMdiArea* area, Qt::Orientation bands)
{
    const auto windows = area->subWindowList();
    if (windows.isEmpty())
        return;
    const QRect all = area->viewport()->rect();
    const int n = int(windows.size());
    for (int i = 0; i < n; ++i) {
        QMdiSubWindow* w = windows.at(i);
        w->showNormal();
        if (bands == Qt::Horizontal) {
            const int top = all.height() * i / n;
            w->setGeometry(0, top, all.width(), all.height() * (i + 1) / n - top);
        } else {
            const int left = all.width() * i / n;
            w->setGeometry(left, 0, all.width() * (i + 1) / n - left, all.height());
        }
    }
}

} // namespace

void MainWindow::explainDisabledCommands()
{
    // Qt's menus pass over a disabled item: its status tip never shows (issue 20: disabled New
    // Other items said nothing of why). A tooltip shows on a disabled item too: a disabled command
    // carries its status tip, which says what it needs, as its tooltip; an enabled one none.
    const std::function<void(QMenu*)> explain = [&explain](QMenu* menu) {
        menu->setToolTipsVisible(true);
        for (QAction* a : menu->actions()) {
            if (a->menu()) {
                explain(a->menu());
                continue;
            }
            const auto tell = [a](bool enabled) {
                a->setToolTip(enabled ? QString() : a->statusTip());
            };
            connect(a, &QAction::enabledChanged, a, tell);
            tell(a->isEnabled());
        }
    };
    for (QAction* top : menuBar()->actions()) {
        if (top->menu())
            explain(top->menu());
    }
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentOrganizations::list();
    int n = 0;
    for (const QString& dir : recent) {
        if (QDir(dir) == QDir(m_organization.dir()))
            continue; // the one open here
        ++n;
        QAction* a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(n).arg(
            QDir::toNativeSeparators(dir).replace(QLatin1Char('&'), QStringLiteral("&&"))));
        a->setObjectName(QStringLiteral("actionRecentOrganization%1").arg(n));
        a->setStatusTip(tr("Close this organization and open the one in %1").arg(dir));
        connect(a, &QAction::triggered, this, [this, dir] { openOrganization(dir); });
    }
    m_recentMenu->setEnabled(n > 0);
}

void MainWindow::fillWindowMenu()
{
    m_windowMenu->clear();
    const bool any = !m_mdi->subWindowList().isEmpty();
    auto add = [this, any](const QString& text, const QString& name, const QString& tip, auto&& slot) {
        QAction* a = m_windowMenu->addAction(text);
        a->setObjectName(name);
        a->setStatusTip(tip);
        a->setEnabled(any);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    add(tr("&New Window"), QStringLiteral("actionNewWindow"), tr("Open another window on the active server"),
        [this] {
            if (ServerWindow* w = activeServerWindow())
                openServer(w->server());
        });
    add(tr("&Cascade"), QStringLiteral("actionCascade"), tr("Arrange the windows overlapping"),
        [this] { m_mdi->cascadeSubWindows(); });
    // As Windows' MDI: Tile Horizontally lays the windows in horizontal bands, one above another;
    // Tile Vertically in vertical bands, side by side (they were the other way round, issue 20).
    add(tr("Tile &Horizontally"), QStringLiteral("actionTileHorizontally"),
        tr("Arrange the windows one above another"), [this] { tileInBands(m_mdi, Qt::Horizontal); });
    add(tr("Tile &Vertically"), QStringLiteral("actionTileVertically"),
        tr("Arrange the windows side by side"), [this] { tileInBands(m_mdi, Qt::Vertical); });
    add(tr("&Refresh"), QStringLiteral("actionRefresh"),
        tr("Read the window's data from the directory again"),
        [this] {
            if (ServerWindow* w = activeServerWindow())
                w->refresh();
        })
        ->setShortcut(QKeySequence::Refresh);
    const auto windows = m_mdi->subWindowList();
    if (!windows.isEmpty())
        m_windowMenu->addSeparator();
    for (int i = 0; i < windows.size(); ++i) {
        QMdiSubWindow* sub = windows.at(i);
        QAction* a = m_windowMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(sub->windowTitle()));
        a->setCheckable(true);
        a->setChecked(sub == m_mdi->activeSubWindow());
        connect(a, &QAction::triggered, this, [this, sub] { m_mdi->setActiveSubWindow(sub); });
    }
}

} // namespace sa::ui
