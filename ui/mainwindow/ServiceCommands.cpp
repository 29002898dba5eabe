#include "ServiceCommands.h"

#include "MainWindow.h"
#include "ServerWindow.h"
#include "core/host/DirsyncCycle.h"
#include "core/host/ServiceHost.h"
#include "core/msmail/PostofficeStore.h"
#include "core/services/ServiceLock.h"
#include "core/transport/ReplicationByMail.h"
#include "ui/common/Prompts.h"
#include "ui/dialogs/AuditLogDialog.h"
#include "ui/dialogs/EventLogDialog.h"
#include "ui/dialogs/ServicesDialog.h"
#include "ui/panels/SyncStatusPanel.h"
#include "ui/properties/PropertySheet.h"
#include "ui/session/SiteSession.h"

#include <QAction>
#include <QDockWidget>
#include <QStatusBar>

namespace sa::ui {

ServiceCommands::ServiceCommands(MainWindow& window)
    : QObject(&window), m_window(window),
      m_hostText(tr("The services' work is not done by this window (it runs in siteadmin, or in "
                    "siteadminctl serve)."))
{
}

ServiceCommands::~ServiceCommands() = default;

void ServiceCommands::start(const core::WorkerSettings& settings)
{
    if (m_host)
        return;
    m_host = std::make_unique<core::ServiceHost>(m_window.organization().dir(), settings);
    core::ServiceWorker* worker = m_host->worker();
    connect(worker, &core::ServiceWorker::cycleFinished, this, &ServiceCommands::cycleFinished);
    connect(worker, &core::ServiceWorker::locksChanged, this, &ServiceCommands::locksChanged);
    connect(worker, &core::ServiceWorker::replicationRequested, this,
            [this](const QString& site, const QString& remote, bool ok, const QString& text) {
                const QString key = site + QLatin1Char('|') + remote;
                const auto answers = m_replicationAnswers.values(key);
                m_replicationAnswers.remove(key);
                for (const auto& answer : answers)
                    answer(ok, text);
            });
    // The main status bar flashes what the services do, but not how dirsync went: a cycle's result
    // has one place, the Synchronization Status panel or, with the panel closed, each server
    // window's status line (issue 20: three lines repeated it, this one cut off). Its failures
    // flash here too.
    connect(worker, &core::ServiceWorker::activity, this, [this](const core::WorkerActivity& a) {
        if (a.failed || a.work != core::ServiceLock::Dirsync)
            m_window.statusBar()->showMessage(a.text.translated(), 10000);
    });
    m_host->start();
}

void ServiceCommands::requestReplication(const QString& site, const QString& remote,
                                         const std::function<void(bool ok, const QString& text)>& answer)
{
    if (!m_host) {
        answer(false, tr("The services do not run in this window; siteadminctl serve, or the window that "
                         "runs them, brings %1's changes on the connector's schedule")
                          .arg(remote));
        return;
    }
    m_replicationAnswers.insert(site + QLatin1Char('|') + remote, answer);
    m_host->requestReplication(site, remote);
}

void ServiceCommands::setOptions(int cycleSeconds, int keepDays)
{
    if (!m_host)
        return;
    core::WorkerSettings settings = m_host->settings();
    settings.cycleSeconds = cycleSeconds;
    settings.keepDays = keepDays;
    m_host->setSettings(settings);
}

ServicesDialog* ServiceCommands::openServices()
{
    if (m_services) {
        m_services->raise();
        m_services->activateWindow();
        return m_services;
    }
    QList<ServicesModel::Server> servers;
    core::Phrases unreadable; // the Synchronization Status panel names them
    auto sites = m_window.organization().sites(&unreadable);
    for (const core::SiteInfo& site : sites ? sites.value() : QList<core::SiteInfo>()) {
        SiteSession* session = m_window.sessionForSite(site);
        if (!session)
            continue;
        for (const QString& server : site.servers)
            servers.append({server, &session->store()});
    }
    auto* dialog = new ServicesDialog(
        servers,
        [this](const QString& server) {
            if (m_host)
                m_host->kickDirsync(server);
        },
        &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHostText(m_hostText);
    connect(this, &ServiceCommands::hostTextChanged, dialog, &ServicesDialog::setHostText);
    m_services = dialog;
    dialog->show();
    return dialog;
}

QList<SiteStore> ServiceCommands::siteStores()
{
    QList<SiteStore> sites;
    core::Phrases unreadable; // the Synchronization Status panel names them
    auto all = m_window.organization().sites(&unreadable);
    for (const core::SiteInfo& site : all ? all.value() : QList<core::SiteInfo>()) {
        if (SiteSession* session = m_window.sessionForSite(site))
            sites.append({site.name, &session->store()});
    }
    return sites;
}

namespace {

/// The log window `open`, brought forward, or a new one on `sites`.
template <typename Dialog>
Dialog* showLog(QPointer<Dialog>& open, const std::function<QList<SiteStore>()>& sites, QWidget* parent)
{
    // A closed one waits for its deletion: a new one then.
    if (Dialog* shown = open.data(); shown && !shown->isHidden()) {
        shown->raise();
        shown->activateWindow();
        return shown;
    }
    auto* dialog = new Dialog(sites(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    open = dialog;
    dialog->show();
    return dialog;
}

} // namespace

EventLogDialog* ServiceCommands::openEventLog()
{
    const EventLogDialog* before = m_events.data();
    EventLogDialog* dialog = showLog(
        m_events, [this] { return siteStores(); }, &m_window);
    if (dialog != before)
        connect(
            dialog, &EventLogDialog::diagnosticsRequested, this,
            [this, dialog](const QString& site, const core::Dn& dn) { openDiagnostics(dialog, site, dn); });
    return dialog;
}

void ServiceCommands::openDiagnostics(QWidget* parent, const QString& site, const core::Dn& dn)
{
    // The site's own store (the object may be in another site than the active window's).
    for (const SiteStore& s : siteStores()) {
        if (s.name.compare(site, Qt::CaseInsensitive) != 0 || !s.store)
            continue;
        auto object = s.store->object(dn);
        if (!object) {
            Prompts::error(parent, tr("Diagnostics Logging"), object.error().translated());
            return;
        }
        auto* sheet = new PropertySheet(*s.store, object.value(), parent);
        sheet->setAttribute(Qt::WA_DeleteOnClose);
        sheet->setHistory(m_window.undoHistory());
        sheet->showPage(tr("Diagnostics Logging"));
        sheet->show();
        return;
    }
}

AuditLogDialog* ServiceCommands::openAuditLog()
{
    return showLog(
        m_audit, [this] { return siteStores(); }, &m_window);
}

core::DirectoryStore* ServiceCommands::roleStore()
{
    core::Phrases unreadable; // said by unreadable()
    auto sites = m_window.organization().sites(&unreadable);
    for (const core::SiteInfo& site : sites ? sites.value() : QList<core::SiteInfo>()) {
        SiteSession* session = m_window.sessionForSite(site);
        if (session && core::DirsyncCycle::roleOf(session->store()))
            return &session->store();
    }
    return nullptr;
}

QStringList ServiceCommands::unreadable() const
{
    core::Phrases lines;
    m_window.organization().sites(&lines);
    core::PostofficeStore::list(m_window.organization().dir(), &lines);
    return core::translatedOf(lines);
}

QStringList ServiceCommands::overdueSites() const
{
    QStringList lines;
    core::Phrases unreadable; // said by unreadable()
    auto sites = m_window.organization().sites(&unreadable);
    for (const core::SiteInfo& site : sites ? sites.value() : QList<core::SiteInfo>()) {
        SiteSession* session = m_window.sessionForSite(site);
        if (!session)
            continue;
        auto states = core::ReplicationByMail(session->store(), m_window.organization().dir()).states();
        for (const core::ReplicationMailState& s :
             states ? states.value() : QList<core::ReplicationMailState>()) {
            if (s.overdue)
                lines << tr("At %1: %2").arg(site.name, s.text());
        }
    }
    return lines;
}

QDockWidget* ServiceCommands::syncStatusDock()
{
    if (m_dock)
        return m_dock;
    m_panel = new SyncStatusPanel([this] { return roleStore(); }, m_host.get());
    m_panel->setUnreadableSource([this] { return unreadable(); });
    m_panel->setOverdueSource([this] { return overdueSites(); });
    m_dock = new QDockWidget(tr("Synchronization Status"), &m_window);
    m_dock->setObjectName(QStringLiteral("syncStatusDock"));
    m_dock->setWidget(m_panel);
    m_window.addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_window.resizeDocks({m_dock}, {m_window.height() * 2 / 5}, Qt::Vertical);
    // Closed with its own button: View > Synchronization Status unchecks.
    if (QAction* view = m_window.action(QStringLiteral("actionSyncStatus")))
        connect(m_dock->toggleViewAction(), &QAction::toggled, view, &QAction::setChecked);
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        m_panelShown = visible;
        for (ServerWindow* w : m_window.serverWindows())
            showLastCycle(w);
    });
    return m_dock;
}

void ServiceCommands::showLastCycle(ServerWindow* window) const
{
    // The panel, when open, is where the last cycle shows (see the activity above).
    if (m_panelShown)
        window->setDirsyncStatus({}, {}, false);
    else
        window->setDirsyncStatus(m_lastCycle, m_lastSummary, m_lastFailed);
}

void ServiceCommands::cycleFinished(bool ok, const core::Phrase& summary, const core::Phrase& brief)
{
    m_lastFailed = !ok;
    m_lastSummary = summary.translated();
    m_lastCycle =
        tr("Last dirsync cycle %1: %2")
            .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat), brief.translated());
    for (ServerWindow* w : m_window.serverWindows())
        showLastCycle(w);
    Q_EMIT lastCycleChanged(ok, m_lastSummary);
}

void ServiceCommands::locksChanged(const QStringList& held, const QStringList& elsewhere)
{
    if (held.isEmpty() && elsewhere.isEmpty())
        m_hostText = tr("The services' work is not done by this window.");
    else if (elsewhere.isEmpty())
        m_hostText = tr("This window does the services' work (%1).").arg(held.join(QStringLiteral(", ")));
    else
        m_hostText = tr("Done elsewhere - %1.").arg(elsewhere.join(QStringLiteral("; ")));
    Q_EMIT hostTextChanged(m_hostText);
}

} // namespace sa::ui
