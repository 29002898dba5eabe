#pragma once

#include "Runner.h"
#include "core/directory/Organization.h"
#include "core/dirsync/DirsyncServer.h"
#include "core/msmail/PostofficeDirsync.h"
#include "core/services/Services.h"

#include <atomic>
#include <functional>

namespace sa::core {

/// What one whole cycle across the organization did.
struct DirsyncCycleReport
{
    QStringList
        requestors; ///< postoffices (and "site NAME" for the site's Dir-Sync Requestor) that ran T1 and T3
    QStringList servers; ///< dirsync servers that ran T2: "site NAME", or a postoffice
    T2Report site;       ///< the site's service: its T2 as server, or its T3 as requestor
    int siteSent = 0;    ///< as requestor: transactions its T1 carried
    PoT3Report t3;       ///< the postoffices' T3, summed
    RunReport transport; ///< the mail, connectors, MTAs and replication in between
    /// Entries left out because they cannot be carried, one line each ("where: entry: why"); each
    /// is also an event (site) or a DIRSYNC.LOG line (postoffice).
    QStringList setAside;
    /// Steps that failed at one place while the cycle went on elsewhere ("T1 at NWNET/PO1: why");
    /// each is also an event of the site that runs the dirsync role.
    Phrases problems;
    bool clean() const { return setAside.isEmpty() && problems.isEmpty(); }
};

/// The site's part in directory synchronization, as status displays and the worker need it.
struct DirsyncRoleInfo
{
    bool asServer = true; ///< the Directory Synchronization Server, else the Dir-Sync Requestor
    QString name;         ///< the role object's display name
    QString server;       ///< the server whose Directory Synchronization runs it
    QString style;        ///< its Schedule: Activation-Style
    QString hours;        ///< and Activation-Schedule
    bool running = false; ///< that Directory Synchronization runs (not stopped, not paused)
    ServiceState state = ServiceState::Stopped; ///< its state, to say which
};

/// One dirsync cycle as the original's schedules would run it (reference §1), for the emulated
/// postoffices and the site, whichever role the site has: T1 at each requestor (postoffices, and
/// the site's Dir-Sync Requestor), the mail carried (postoffices, connectors, MTAs, replication),
/// T2 at the dirsync server (the site's Directory Synchronization Server, or a postoffice), the
/// replies carried, T3 at each requestor.
class DirsyncCycle
{
public:
    /// What step the cycle is at (T1 at NWNET/PO1, the mail carried, T2 at site SEATTLE, ...), the
    /// steps done and all of them.
    using Progress = std::function<void(const Phrase& step, int done, int total)>;

    explicit DirsyncCycle(Organization organization) : m_organization(std::move(organization)) {}
    /// Checked between steps (and between T2's messages): the cycle stops there with
    /// ErrorCode::Cancelled; what each step did stays, each step whole.
    void setCancel(const std::atomic_bool* cancel) { m_cancel = cancel; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    /// The database of the site that holds the organization's Directory Synchronization Server.
    static Result<QString> serverSite(const Organization& organization);
    /// The database of the site that holds the organization's Dir-Sync Requestor.
    static Result<QString> requestorSite(const Organization& organization);
    /// Whether the organization takes part in directory synchronization only as a requestor (a
    /// Dir-Sync Requestor, no Directory Synchronization Server): its cycle is T1 and T3.
    static bool isRequestorOnly(const Organization& organization);

    /// Whether the organization has anything for a cycle to do: a Directory Synchronization
    /// Server, a Dir-Sync Requestor or a dirsync server postoffice (the refusal run() gives).
    static Status checkRoles(const Organization& organization);
    /// Whether `server` (NET/PO) can be a postoffice's dirsync server in the organization at
    /// `orgDir`: a postoffice of its folder, or a site's own postoffice (ORG/SITE). msmail-po dirsync
    /// requestor --server asks it first.
    static Status checkServerName(const QString& orgDir, const QString& server);
    /// Whether now() can run: the organization's dirsync role exists and the Directory
    /// Synchronization that runs it is not stopped (now()'s refusals, before any work).
    static Status checkNow(const Organization& organization);
    /// The dirsync role of the site of `store` (NotFound when it has none).
    static Result<DirsyncRoleInfo> roleOf(DirectoryStore& store);
    /// Where each requestor of that role stands: the Remote Dir-Sync Requestors of the server, or
    /// the site's Dir-Sync Requestor.
    static Result<QList<DirsyncPartnerStatus>> partnerStatus(DirectoryStore& store);
    /// Export on next cycle for the requestor named `requestor` (the server's Remote Dir-Sync
    /// Requestor, or the site's Dir-Sync Requestor): its next reply or update sends everything.
    static Status exportOnNextCycle(DirectoryStore& store, const QString& requestor);
    Result<DirsyncCycleReport> run();
    /// What pausing Directory Synchronization kicks (Q146738): T2 as server, T1 as requestor.
    /// `sent` receives, as requestor, how many transactions the T1 carried.
    Result<T2Report> now(int* sent = nullptr);

    /// Whether pausing Directory Synchronization on `server` starts a synchronization (Q146738;
    /// built in from 5.0): when `server` runs the organization's Directory Synchronization Server
    /// (T2) or its Dir-Sync Requestor (T1). On any other server, or with no dirsync role in the
    /// organization, a pause is only a pause. The one rule for the window and siteadminctl.
    static Result<bool> pauseKicks(const Organization& organization, const QString& server);
    /// The synchronization a pause on `server` starts once DirsyncPause said so: a whole cycle, as
    /// Synchronize Now runs it, so that its runs and events are recorded as a scheduled cycle's
    /// (T2 alone recorded nothing when no requestor's message had come, which with the emulated
    /// postoffices was every time: their T1 is part of the cycle). The line says what ran. The
    /// caller holds the dirsync work lock.
    Result<QString> kickedByPause(const QString& server);
    /// A cycle's report in one line ("Dirsync cycle: T1 and T3 at ...; ... (1.2 s)").
    static Phrase summary(const DirsyncCycleReport& report, qint64 ms);
    /// T2 alone, now, at the site's dirsync server.
    Result<T2Report> t2Now();

private:
    /// The emulated postoffices with a dirsync role, each opened once.
    struct Postoffices
    {
        QStringList servers;    ///< dirsync servers (T2)
        QStringList requestors; ///< requestors (T1, T3)
        Phrases unreadable;     ///< files that cannot be opened (PostofficeStore::list)
    };
    static Result<Postoffices> postoffices(const Organization& organization);
    /// The refusal of a cycle in an organization without any dirsync role.
    static Error noRole();
    Status step(const Phrase& name);
    /// One step at postoffice `name`: announced as `stepName` (with %1 for the name), then `work`.
    Status atPostoffice(const Phrase& stepName, const QString& name,
                        const std::function<Status(PostofficeStore&)>& work);
    /// A step that failed at one place: Cancelled and the database of the site that runs the role
    /// stop the cycle (returned); anything else goes into the report and the event log, and the
    /// cycle goes on.
    Status isolate(const Phrase& where, const Status& outcome, DirsyncCycleReport& report);

    Organization m_organization;
    QString m_eventSite; ///< the database of the site whose event log hears of failed steps
    const std::atomic_bool* m_cancel = nullptr;
    Progress m_progress;
    int m_done = 0;
    int m_total = 0;
};

} // namespace sa::core
