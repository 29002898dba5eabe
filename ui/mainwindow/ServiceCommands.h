#pragma once

#include "core/host/ServiceWorker.h"
#include "ui/models/SiteStore.h"

#include <QMultiHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QDockWidget;

namespace sa::core {
class DirectoryStore;
class ServiceHost;
} // namespace sa::core

namespace sa::ui {

class MainWindow;
class ServerWindow;
class AuditLogDialog;
class EventLogDialog;
class ServicesDialog;
class SyncStatusPanel;

/// The services as the window hosts them: the background worker (started by the program, never by
/// the tests unless they ask) in its own thread, Tools > Services, and what the worker reports:
/// the last dirsync cycle's result and time in the status bar of every server window (red when it
/// failed or was stopped), each finished piece of work in the main status bar.
class ServiceCommands : public QObject
{
    Q_OBJECT

public:
    explicit ServiceCommands(MainWindow& window);
    ~ServiceCommands() override;

    /// Starts the worker on the window's organization.
    void start(const core::WorkerSettings& settings);
    core::ServiceHost* host() const { return m_host.get(); }
    /// Tools > Options > Services: the worker's Always interval, from now on.
    void setOptions(int cycleSeconds, int keepDays);
    /// Tools > Services.
    ServicesDialog* openServices();
    /// View > Event Log.
    EventLogDialog* openEventLog();
    /// View > Audit Log.
    AuditLogDialog* openAuditLog();
    /// Every site the window can open, with its store (the logs read them all).
    QList<SiteStore> siteStores();
    /// View > Synchronization Status: the dock, made on first use.
    QDockWidget* syncStatusDock();
    SyncStatusPanel* syncStatusPanel() const { return m_panel; }
    /// A new server window learns the last cycle's result.
    void showLastCycle(ServerWindow* window) const;
    /// Request Now of a Directory Replication Connector: the worker pulls `remote`'s changes into
    /// `site`; `answer` is called with what it did (at once when no worker runs in this window).
    void requestReplication(const QString& site, const QString& remote,
                            const std::function<void(bool ok, const QString& text)>& answer);
    /// Who does the services' work, in a sentence.
    QString hostText() const { return m_hostText; }

Q_SIGNALS:
    void hostTextChanged(const QString& text);
    /// A dirsync cycle of the worker ended: `ok`, its summary; every server window shows it.
    void lastCycleChanged(bool ok, const QString& summary);

private:
    void cycleFinished(bool ok, const core::Phrase& summary, const core::Phrase& brief);
    /// The Diagnostics Logging page of `dn` in `site`, over `parent` (the Event Log's hint).
    void openDiagnostics(QWidget* parent, const QString& site, const core::Dn& dn);
    void locksChanged(const QStringList& held, const QStringList& elsewhere);

    MainWindow& m_window;
    std::unique_ptr<core::ServiceHost> m_host;
    /// Request Now answers awaited, by "site|remote".
    QMultiHash<QString, std::function<void(bool, const QString&)>> m_replicationAnswers;
    /// The store of the site with the organization's dirsync role, or nullptr.
    core::DirectoryStore* roleStore();
    /// A line for each site and postoffice database of the organization that cannot be opened.
    QStringList unreadable() const;
    /// The connected sites on other machines that have not answered directory replication in time.
    QStringList overdueSites() const;

    QPointer<ServicesDialog> m_services;
    QPointer<EventLogDialog> m_events;
    QPointer<AuditLogDialog> m_audit;
    QDockWidget* m_dock = nullptr;
    bool m_panelShown = false; ///< the panel shows the last cycle; the server windows then do not
    SyncStatusPanel* m_panel = nullptr;
    QString m_hostText;
    QString m_lastCycle;   ///< "Last dirsync cycle 10:02: 5 adds, ..." (empty before the first)
    QString m_lastSummary; ///< everything it did (the tooltip)
    bool m_lastFailed = false;
};

} // namespace sa::ui
