#pragma once

#include "DirsyncCycle.h"
#include "Retention.h"
#include "core/common/Phrase.h"
#include "core/directory/AuditTrail.h"
#include "core/directory/Organization.h"
#include "core/services/ServiceLock.h"
#include "core/storage/SqliteConnection.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <atomic>
#include <map>
#include <memory>
#include <optional>

class QTimer;

namespace sa::core {

/// How often the worker looks for work and runs whole dirsync cycles.
struct WorkerSettings
{
    int tickMs = 1000; ///< how often it looks for due work (mail, replication, schedules)
    /// With the dirsync role's schedule at Always, a whole cycle this often (DESIGN: 15 minutes by
    /// default, seconds in the demo). Selected times: once at the top of each selected hour.
    int cycleSeconds = 15 * 60;
    /// Events and dirsync runs older than this many days are let go once a day (Retention); 0
    /// keeps everything.
    int keepDays = Retention::DefaultKeepDays;
};

/// One finished piece of the worker's work, for the views and `siteadminctl serve`'s output.
struct WorkerActivity
{
    QDateTime at;
    QString work; ///< ServiceLock::Mail, Replication or Dirsync
    Phrase text;  ///< what was done, with its counts (english() for logs, translated() for the window)
    bool failed = false;
};

/// The background worker (DESIGN, Threads and the UI): hosts the running services of an
/// organization with its own database connections, in whatever thread it lives in (ServiceHost
/// gives it one). Each tick it takes the kinds of work whose ServiceLock it can hold (another
/// process may hold one: it is named, and taken over when that process ends), moves the mail,
/// replicates, runs the dirsync server's scheduled T2 and the requestor's T1/T3, and runs a whole
/// dirsync cycle (the emulated postoffices' T1 and T3 with it) when the dirsync role's schedule says
/// so or when asked. It reports only through signals; stop() and cancel() take effect between
/// transactions, so nothing is ever half-applied.
class ServiceWorker : public QObject
{
    Q_OBJECT

public:
    explicit ServiceWorker(QString orgDir, WorkerSettings settings = {}, QObject* parent = nullptr);
    ~ServiceWorker() override;

    /// Thread-safe: the cycle or pass in progress stops at its next step (ErrorCode::Cancelled).
    void cancel() { m_cancel = true; }
    /// Thread-safe: what stop() will do, announced to the work in progress.
    void requestStop()
    {
        m_stopping = true;
        m_cancel = true;
    }

public Q_SLOTS:
    /// Opens the organization, takes the locks it can and starts ticking.
    void start();
    /// Stops ticking and lets the locks go; emits stopped().
    void stop();
    /// A whole dirsync cycle at once (Synchronize Now).
    void synchronizeNow();
    /// What pausing Directory Synchronization on `server` does (DirsyncCycle::pauseKicks): T2 now as
    /// server, T1 as requestor, nothing on a server without the role; reported as an activity.
    void kickDirsync(const QString& server);
    /// Request Now on a Directory Replication Connector of site `site`: `remote`'s changes pulled at
    /// once, under the replication work lock as the scheduled pulls are, or, for a site on another
    /// machine, asked for by mail over the Internet Mail Service; answered by replicationRequested.
    void requestReplication(const QString& site, const QString& remote);
    /// One pass: what is due now (tests call it directly).
    void tick();
    /// The Always interval and how long events and runs are kept, from now on (Tools > Options >
    /// Services).
    void setSettings(const WorkerSettings& settings);

Q_SIGNALS:
    void started(const QString& organization);
    void activity(const sa::core::WorkerActivity& activity);
    void cycleStarted();
    void progress(const sa::core::Phrase& step, int done, int total);
    /// `summary`: everything it did; `brief`: the counts in a few words for a status bar.
    void cycleFinished(bool ok, const sa::core::Phrase& summary, const sa::core::Phrase& brief);
    /// The kinds of work this worker does, and for each it cannot, who holds it.
    void locksChanged(const QStringList& held, const QStringList& heldElsewhere);
    /// What a Request Now did: `ok`, and the sentence that says so.
    void replicationRequested(const QString& site, const QString& remote, bool ok, const QString& text);
    void stopped();

private:
    void takeLocks();
    bool holds(const QString& work) const;
    void report(const QString& work, const Phrase& text, bool failed = false);
    /// The Directory Synchronization Server (or, else, the Dir-Sync Requestor) of the organization:
    /// its schedule and whether its Directory Synchronization runs.
    std::optional<DirsyncRoleInfo> dirsyncRole() const;
    bool cycleDue(const QDateTime& now);
    void runCycle();
    /// Once a day: events and runs older than keepDays let go at every site.
    void pruneIfDue(const QDateTime& now);

    QString m_orgDir;
    WorkerSettings m_settings;
    std::optional<Organization> m_organization;
    /// From start() to stop(): the worker thread's databases kept open between ticks and cycles.
    std::optional<SqliteConnection::KeepOpen> m_keepOpen;
    std::optional<AuditTrail::As> m_auditAs;
    QTimer* m_timer = nullptr;
    std::map<QString, std::unique_ptr<ServiceLock>> m_locks;
    QStringList m_lastHeld;
    QStringList m_lastElsewhere;
    std::atomic_bool m_cancel{false};
    std::atomic_bool m_stopping{false};
    bool m_cycleRequested = false;
    bool m_inTick = false;
    QDateTime m_lastCycle;
    QDateTime m_lastPrune;
    QString m_lastCycleHour;
    QSet<QString> m_saidProblems; ///< the last pass's problems, said once when they began
};

} // namespace sa::core

Q_DECLARE_METATYPE(sa::core::WorkerActivity)
