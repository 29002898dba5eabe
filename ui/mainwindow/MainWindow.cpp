#include "MainWindow.h"

#include "ConnectorCommands.h"
#include "DirsyncCommands.h"
#include "EditCommands.h"
#include "RecipientCommands.h"
#include "ServerWindow.h"
#include "ServiceCommands.h"
#include "core/common/Version.h"
#include "core/directory/DirectoryStore.h"
#include "core/storage/PrivateFiles.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Icons.h"
#include "ui/common/Prompts.h"
#include "ui/common/Text.h"
#include "ui/dialogs/ColumnsDialog.h"
#include "ui/dialogs/ConnectToServerDialog.h"
#include "ui/dialogs/ProcedureDialog.h"
#include "ui/models/ContentsModel.h"
#include "ui/properties/PropertySheet.h"
#include "ui/properties/connectors/ReplicationSitesPage.h"
#include "ui/properties/recipients/BulkPropertiesDialog.h"
#include "ui/session/RecentOrganizations.h"
#include "ui/session/SiteSession.h"
#include "ui/session/UndoHistory.h"
#include "ui/views/ContentsView.h"

#include <QAction>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QFontDialog>
#include <QMdiArea>
#include <QMdiSubWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeView>

namespace sa::ui {

MainWindow::MainWindow(core::Organization organization, QWidget* parent)
    : QMainWindow(parent), m_organization(std::move(organization)), m_mdi(new QMdiArea),
      m_recipients(new RecipientCommands(*this)), m_connectors(new ConnectorCommands(*this)),
      m_dirsync(new DirsyncCommands(*this)), m_services(new ServiceCommands(*this)),
      m_undo(new UndoHistory(this)), m_edits(new EditCommands(*this, *m_undo))
{
    setObjectName(QStringLiteral("mainWindow"));
    // The organization alone: Qt adds " — Site Administrator" (the application's display name) to
    // every window's title, which said the product's name twice (issue 20); with a server window
    // maximized the MDI area adds " - [Server X1 in Site SEATTLE - Recipients]".
    setWindowTitle(m_organization.name());
    setWindowIcon(Icons::application());
    m_mdi->setObjectName(QStringLiteral("mdiArea"));
    m_mdi->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_mdi->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setCentralWidget(m_mdi);
    createMenus();
    statusBar()->setObjectName(QStringLiteral("mainStatusBar"));
    statusBar()->showMessage(tr("Ready"));
    warnOfLooseFiles();
    connect(m_mdi, &QMdiArea::subWindowActivated, this, &MainWindow::updateActions);
    connect(m_mdi, &QMdiArea::subWindowActivated, this, [this](QMdiSubWindow* active) {
        if (active)
            rememberOpenServers();
    });

    QSettings settings;
    resize(1100, 720);
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    rememberOrganization();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The worker stops between transactions before the windows and sessions go; the panels that
    // follow it go with it.
    if (auto* dock = findChild<QDockWidget*>(QStringLiteral("syncStatusDock")))
        delete dock;
    delete m_services;
    m_services = nullptr;
    // Windows go before the sessions their models read from.
    m_tearingDown = true;
    for (QMdiSubWindow* w : m_mdi->subWindowList())
        delete w;
    qDeleteAll(m_sessions);
}

void MainWindow::warnOfLooseFiles()
{
    const QStringList loose = core::PrivateFiles::looseIn(m_organization.dir());
    if (loose.isEmpty())
        return;
    auto* warning = new QToolButton;
    warning->setObjectName(QStringLiteral("looseFilesWarning"));
    warning->setAutoRaise(true);
    warning->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    warning->setIcon(Icons::named(QStringLiteral("state-warning")));
    warning->setText(tr("Other users may read these files"));
    QStringList shown = loose.mid(0, 8);
    for (QString& path : shown) {
        if (path == QLatin1String("."))
            path = tr("the organization folder itself");
    }
    const QString text =
        tr("Other users of this machine may read or change %n file(s) of the organization folder %1, "
           "which hold the dirsync passwords: %2%3.\n\nTo keep them for their owner, run:\n%4",
           nullptr, int(loose.size()))
            .arg(QDir::toNativeSeparators(m_organization.dir()), shown.join(QStringLiteral(", ")),
                 loose.size() > shown.size() ? QStringLiteral(", ...") : QString(),
                 core::PrivateFiles::fixCommand(m_organization.dir()));
    warning->setToolTip(text);
    connect(warning, &QToolButton::clicked, this,
            [this, text] { Prompts::information(this, tr("Files Others May Read"), text); });
    statusBar()->addPermanentWidget(warning);
}

void MainWindow::rememberOrganization()
{
    RecentOrganizations::remember(m_organization.dir());
}

void MainWindow::openOrganization(const QString& folder)
{
    const QString title = tr("Open Organization");
    QString dir = folder;
    if (dir.isEmpty()) {
        // Beside this one: organizations are usually kept in one folder.
        dir = FileDialogs::folderName(this, title, QFileInfo(m_organization.dir()).absolutePath());
        if (dir.isEmpty())
            return;
    }
    if (QDir(dir) == QDir(m_organization.dir())) {
        statusBar()->showMessage(tr("%1 is the organization open in this window").arg(m_organization.name()),
                                 5000);
        return;
    }
    auto other = core::Organization::open(dir);
    if (!other) {
        if (!folder.isEmpty()) { // a recent one that is gone or broken: not offered again
            RecentOrganizations::forget(dir);
            fillRecentMenu();
        }
        Prompts::refuse(this, title,
                        tr("%1 holds no organization that can be opened: %2")
                            .arg(QDir::toNativeSeparators(dir), other.error().translated()));
        return;
    }
    Q_EMIT organizationChosen(QDir(dir).absolutePath());
    close();
}

QString MainWindow::settingsKey(const QString& name) const
{
    const QByteArray hash =
        QCryptographicHash::hash(m_organization.dir().toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("organizations/%1/%2").arg(QString::fromLatin1(hash.left(16)), name);
}

QString MainWindow::startServer() const
{
    QSettings settings;
    auto known = [this](const QString& server) {
        return !server.isEmpty() && m_organization.siteOfServer(server).ok();
    };
    const QStringList open = settings.value(settingsKey(QStringLiteral("openServers"))).toStringList();
    for (const QString& server : {settings.value(settingsKey(QStringLiteral("defaultServer"))).toString(),
                                  open.value(open.size() - 1)}) {
        if (known(server))
            return server;
    }
    core::Phrases unreadable;                       // the Synchronization Status panel names them
    auto sites = m_organization.sites(&unreadable); // in the order the sites were added
    if (sites) {
        for (const core::SiteInfo& s : sites.value()) {
            if (!s.servers.isEmpty())
                return s.servers.first();
        }
    }
    return {};
}

QStringList MainWindow::serversToOpen() const
{
    QStringList out;
    for (const QString& server :
         QSettings().value(settingsKey(QStringLiteral("openServers"))).toStringList()) {
        if (!server.isEmpty() && m_organization.siteOfServer(server).ok() &&
            !out.contains(server, Qt::CaseInsensitive))
            out << server;
    }
    if (out.isEmpty() && !startServer().isEmpty())
        out << startServer();
    return out;
}

void MainWindow::rememberOpenServers(const QMdiSubWindow* closing)
{
    if (m_tearingDown)
        return;
    QStringList open;
    QString active;
    for (QMdiSubWindow* sub : m_mdi->subWindowList()) {
        auto* w = qobject_cast<ServerWindow*>(sub->widget());
        if (!w || sub == closing || sub->isHidden())
            continue;
        if (sub == m_mdi->activeSubWindow())
            active = w->server();
        else
            open << w->server();
    }
    if (!active.isEmpty())
        open << active;
    QSettings().setValue(settingsKey(QStringLiteral("openServers")), open);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Close) {
        if (auto* sub = qobject_cast<QMdiSubWindow*>(watched))
            rememberOpenServers(sub);
    }
    return QMainWindow::eventFilter(watched, event);
}

SiteSession* MainWindow::sessionForSite(const core::SiteInfo& site)
{
    if (SiteSession* s = m_sessions.value(site.path))
        return s;
    auto store = core::DirectoryStore::open(site.path);
    if (!store) {
        Prompts::error(this, tr("Connect to Server"), store.error().translated());
        return nullptr;
    }
    auto* session = new SiteSession(std::move(store).value());
    m_sessions.insert(site.path, session);
    return session;
}

ServerWindow* MainWindow::openServer(const QString& server)
{
    auto site = m_organization.siteOfServer(server);
    if (!site) {
        Prompts::error(this, tr("Connect to Server"), site.error().translated());
        return nullptr;
    }
    SiteSession* session = sessionForSite(site.value());
    if (!session)
        return nullptr;
    QString name = server;
    for (const QString& s : site->servers) {
        if (s.compare(server, Qt::CaseInsensitive) == 0)
            name = s;
    }
    auto* window = new ServerWindow(*session, name, recipientFilter());
    QMdiSubWindow* sub = m_mdi->addSubWindow(window);
    sub->setWindowIcon(window->windowIcon());
    // The sub-window's own menu gives its Close Ctrl+W and Ctrl+F4 too, which made both keys
    // ambiguous while focus was in the window, so that they closed nothing (issue 20): the keys are
    // File > Close's, which closes the active window as the sub-window's did.
    if (QMenu* own = sub->systemMenu()) {
        for (QAction* a : own->actions())
            a->setShortcuts({});
    }
    connect(window, &ServerWindow::propertiesRequested, this,
            [this](const core::DirectoryObject& o) { showProperties(o); });
    connect(window, &ServerWindow::selectionChanged, this, &MainWindow::updateActions);
    connect(window->containerTree()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateActions);
    connect(window, &QWidget::windowTitleChanged, sub, &QWidget::setWindowTitle);
    // Right-click offers what the File and Edit menus offer for the clicked object.
    auto* separator = new QAction(window);
    separator->setSeparator(true);
    for (QAbstractItemView* view :
         std::initializer_list<QAbstractItemView*>{window->containerTree(), window->contentsView()}) {
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        view->addActions({action(QStringLiteral("actionProperties")),
                          action(QStringLiteral("actionRawProperties")), separator,
                          action(QStringLiteral("actionDelete"))});
    }
    sub->setWindowTitle(window->windowTitle());
    m_services->showLastCycle(window);
    if (m_mdi->subWindowList().size() == 1)
        sub->showMaximized();
    else
        sub->show();
    sub->installEventFilter(this);
    m_mdi->setActiveSubWindow(sub);
    rememberOpenServers();
    updateActions();
    return window;
}

ServerWindow* MainWindow::activeServerWindow() const
{
    QMdiSubWindow* sub = m_mdi->activeSubWindow();
    if (!sub && !m_mdi->subWindowList().isEmpty())
        sub = m_mdi->subWindowList().last();
    return sub ? qobject_cast<ServerWindow*>(sub->widget()) : nullptr;
}

QList<ServerWindow*> MainWindow::serverWindows() const
{
    QList<ServerWindow*> out;
    for (QMdiSubWindow* sub : m_mdi->subWindowList()) {
        if (auto* w = qobject_cast<ServerWindow*>(sub->widget()))
            out << w;
    }
    return out;
}

QAction* MainWindow::action(const QString& objectName) const
{
    return findChild<QAction*>(objectName);
}

core::ListFilter MainWindow::recipientFilter() const
{
    core::ListFilter filter;
    filter.includeHidden = action(QStringLiteral("actionViewHidden"))->isChecked();
    for (const char* name :
         {"actionViewMailboxes", "actionViewDistributionLists", "actionViewCustomRecipients"}) {
        QAction* a = action(QString::fromLatin1(name));
        if (a->isChecked())
            filter.classes = {a->data().toString()};
    }
    return filter;
}

void MainWindow::applyRecipientFilter()
{
    const core::ListFilter filter = recipientFilter();
    QSettings settings;
    settings.setValue(QStringLiteral("view/recipients"),
                      filter.classes.isEmpty() ? QStringLiteral("all") : filter.classes.first());
    settings.setValue(QStringLiteral("view/hidden"), filter.includeHidden);
    for (ServerWindow* w : serverWindows())
        w->setRecipientFilter(filter);
}

void MainWindow::connectToServer()
{
    core::Phrases unreadable;
    QStringList unreadableNames;
    auto sites = m_organization.sites(&unreadable, &unreadableNames);
    if (!sites) {
        Prompts::error(this, tr("Connect to Server"), sites.error().translated());
        return;
    }
    if (sites->isEmpty()) {
        Prompts::error(this, tr("Connect to Server"), core::translatedOf(unreadable).join(QLatin1Char('\n')));
        return;
    }
    const QString current = activeServerWindow() ? activeServerWindow()->server() : startServer();
    auto* dialog = new ConnectToServerDialog(sites.value(), current, this);
    dialog->setUnreadable(unreadableNames, core::translatedOf(unreadable));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->setAsDefault())
            QSettings().setValue(settingsKey(QStringLiteral("defaultServer")), dialog->server());
        openServer(dialog->server());
    });
    dialog->open();
}

void MainWindow::showProperties(const core::DirectoryObject& object, const QString& page)
{
    ServerWindow* window = activeServerWindow();
    if (!window)
        return;
    auto* sheet = new PropertySheet(window->session().store(), object, this);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    sheet->setHistory(m_undo);
    // Request Now asks the worker, which holds the replication lock (never the GUI thread).
    if (auto* sites = sheet->findChild<ReplicationSitesPage*>()) {
        connect(sites, &ReplicationSitesPage::requested, this,
                [this, sites = QPointer<ReplicationSitesPage>(sites)](const QString& site,
                                                                      const QString& remote) {
                    m_services->requestReplication(site, remote, [sites](bool ok, const QString& text) {
                        if (sites)
                            sites->showRequestResult(ok, text);
                    });
                });
    }
    if (!page.isEmpty())
        sheet->showPage(page);
    sheet->open();
}

void MainWindow::showBulkProperties(const QList<core::DirectoryObject>& objects)
{
    ServerWindow* window = activeServerWindow();
    if (!window)
        return;
    const auto other = std::find_if(objects.begin(), objects.end(), [](const core::DirectoryObject& o) {
        return !o.cls || !o.cls->recipient;
    });
    if (other != objects.end()) {
        Prompts::refuse(this, tr("Properties"),
                        tr("Several objects are changed at once only when all are recipients; %1 is a %2. "
                           "Select recipients only, or one object.")
                            .arg(other->displayName(), classLabel(other->cls)));
        return;
    }
    auto* dialog = new BulkPropertiesDialog(window->session().store(), objects, m_undo, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

PropertySheet* MainWindow::openNewObject(const core::DirectoryObject& prototype)
{
    ServerWindow* w = activeServerWindow();
    if (!w)
        return nullptr;
    auto* sheet = new PropertySheet(w->session().store(), prototype, this);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    sheet->setHistory(m_undo);
    connect(sheet, &PropertySheet::objectCreated, w,
            [w](const core::DirectoryObject& created) { w->showObject(created); });
    sheet->open();
    return sheet;
}

void MainWindow::saveWindowContents()
{
    ServerWindow* window = activeServerWindow();
    if (!window)
        return;
    const QString suggested =
        window->windowTitle().section(QStringLiteral(" - "), -1) + QStringLiteral(".csv");
    const QString path = FileDialogs::saveFileName(this, tr("Save Window Contents"), suggested,
                                                   tr("Comma-separated values (*.csv)"));
    if (path.isEmpty())
        return;
    if (core::Status s = window->saveContents(path); !s)
        Prompts::error(this, tr("Save Window Contents"), s.error().translated());
    else
        statusBar()->showMessage(
            tr("Saved %L1 rows to %2").arg(window->contentsModel()->rowCount()).arg(path), 5000);
}

void MainWindow::updateActions()
{
    ServerWindow* window = activeServerWindow();
    for (QAction* a : std::as_const(m_windowActions))
        a->setEnabled(window != nullptr);
    bool deletable = false;
    if (window) {
        const auto selected = window->selectedObjects();
        deletable = !selected.isEmpty() &&
                    std::all_of(selected.begin(), selected.end(),
                                [](const core::DirectoryObject& o) { return o.cls->deletable; });
    }
    if (QAction* del = action(QStringLiteral("actionDelete")))
        del->setEnabled(deletable);
    m_dirsync->updateActions();
}

void MainWindow::showColumnsDialog()
{
    ServerWindow* window = activeServerWindow();
    if (!window)
        return;
    auto* dialog = new ColumnsDialog(window->columnKind(), window->shownColumns(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, window,
            [window, dialog] { window->setShownColumns(dialog->shownColumns()); });
    dialog->open();
}

void MainWindow::chooseFont()
{
    ServerWindow* window = activeServerWindow();
    bool ok = false;
    const QFont font =
        QFontDialog::getFont(&ok, window ? window->contentsView()->font() : this->font(), this, tr("Font"));
    if (!ok)
        return;
    QSettings().setValue(QStringLiteral("view/font"), font.toString());
    for (ServerWindow* w : serverWindows()) {
        w->containerTree()->setFont(font);
        w->contentsView()->setFont(font);
    }
}

void MainWindow::restorePanels(bool syncStatusByDefault)
{
    if (QSettings().value(settingsKey(QStringLiteral("syncStatusShown")), syncStatusByDefault).toBool())
        action(QStringLiteral("actionSyncStatus"))->setChecked(true);
}

ProcedureDialog* MainWindow::showProcedure()
{
    if (!m_procedure) {
        m_procedure = new ProcedureDialog(this);
        m_procedure->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_procedure->show();
    m_procedure->raise();
    m_procedure->activateWindow();
    return m_procedure;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Site Administrator"),
                       tr("<h3>%1 %2</h3>"
                          "<p>Administers a mail organization's site directory and its MS Mail "
                          "directory synchronization, in the manner of the Exchange Server "
                          "Administrator.</p><p>Organization: %3<br>Folder: %4</p>")
                           .arg(core::productName(), core::productVersion(), m_organization.name(),
                                m_organization.dir().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(settingsKey(QStringLiteral("syncStatusShown")),
                      action(QStringLiteral("actionSyncStatus"))->isChecked());
    for (ServerWindow* w : serverWindows())
        w->saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace sa::ui
