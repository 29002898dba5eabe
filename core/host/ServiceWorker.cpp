#include "ServiceWorker.h"

#include "DirsyncCycle.h"
#include "DirsyncPause.h"
#include "Retention.h"
#include "Runner.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/directory/AuditTrail.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/replication/Replicator.h"
#include "core/services/Schedule.h"
#include "core/services/Services.h"
#include "core/transport/InternetMailService.h"
#include "core/transport/ReplicationByMail.h"

#include <QElapsedTimer>
#include <QTimer>

namespace sa::core {

ServiceWorker::ServiceWorker(QString orgDir, WorkerSettings settings, QObject* parent)
    : QObject(parent), m_orgDir(std::move(orgDir)), m_settings(settings)
{
    qRegisterMetaType<sa::core::WorkerActivity>();
    for (const QString& work : {ServiceLock::Mail, ServiceLock::Replication, ServiceLock::Dirsync})
        m_locks[work] = std::make_unique<ServiceLock>(m_orgDir, work);
}

ServiceWorker::~ServiceWorker() = default;

void ServiceWorker::start()
{
    auto org = Organization::open(m_orgDir);
    if (!org) {
        report(QString(), Phrase::tr("The services cannot start: %1").arg(org.error().phrase()), true);
        Q_EMIT stopped();
        return;
    }
    m_organization = org.value();
    // Every database stays open on this thread while the services run, with the statements it
    // prepared: each tick and each cycle took them again instead of opening, checking and setting
    // up every file and, at its end, checkpointing and deleting every write-ahead log (issue 18).
    m_keepOpen.emplace();
    // What this thread writes is the services' (the audit trail's program), DirsyncServer's and the
    // other engines' own scopes aside.
    m_auditAs.emplace(AuditTrail::Worker);
    m_stopping = false;
    m_cancel = false;
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &ServiceWorker::tick);
    }
    m_timer->start(m_settings.tickMs);
    Q_EMIT started(m_organization->name());
    takeLocks();
}

void ServiceWorker::stop()
{
    m_stopping = true;
    if (m_timer)
        m_timer->stop();
    for (auto& [work, lock] : m_locks)
        lock->unlock();
    m_lastHeld.clear();
    m_keepOpen.reset(); // on this thread, as it was made
    m_auditAs.reset();
    Q_EMIT locksChanged({}, {});
    Q_EMIT stopped();
}

void ServiceWorker::synchronizeNow()
{
    m_cycleRequested = true;
    if (m_timer && m_timer->isActive())
        QTimer::singleShot(0, this, &ServiceWorker::tick);
}

void ServiceWorker::kickDirsync(const QString& server)
{
    if (!m_organization)
        return;
    auto kicks = DirsyncCycle::pauseKicks(*m_organization, server);
    if (!kicks) {
        report(ServiceLock::Dirsync,
               Phrase::tr("Pausing Directory Synchronization on %1: %2").arg(server, kicks.error().phrase()),
               true);
        return;
    }
    if (!kicks.value()) {
        report(ServiceLock::Dirsync, DirsyncPause::pausedOnly(server), false);
        return;
    }
    // The cycle Synchronize Now runs, with its progress, history, events and result on the panel
    // (DirsyncPause); where another process does the dirsync work, tick() says so.
    report(ServiceLock::Dirsync, DirsyncPause::startedCycle(server), false);
    synchronizeNow();
}

void ServiceWorker::requestReplication(const QString& site, const QString& remote)
{
    const auto answer = [&](bool ok, const QString& text) {
        report(ServiceLock::Replication, Phrase::plain(text), !ok);
        Q_EMIT replicationRequested(site, remote, ok, text);
    };
    if (!m_organization)
        return answer(false, QStringLiteral("The services are not running"));
    takeLocks();
    if (!holds(ServiceLock::Replication))
        return answer(false,
                      QStringLiteral("Directory replication of this organization is done by %1; it brings "
                                     "%2's changes on its schedule")
                          .arg(m_locks.at(ServiceLock::Replication)->holderText(), remote));
    auto local = DirectoryStore::open(m_organization->sitePath(site));
    if (!local)
        return answer(false, local.error().message());
    // A site on another machine (not in this folder): asked by mail, over the Internet Mail Service
    // connected to it; its answer is applied when it comes, by the passes.
    bool here = false;
    if (auto sites = m_organization->sites()) {
        for (const SiteInfo& s : sites.value())
            here = here || s.name.compare(remote, Qt::CaseInsensitive) == 0;
    }
    if (!here) {
        if (!InternetMailService(*local.value()).linkTo(remote))
            return answer(false,
                          QStringLiteral("Site %1 is not in this folder, and no Internet Mail Service of "
                                         "site %2 is connected to it")
                              .arg(remote, site));
        if (Status s = ReplicationByMail(*local.value(), m_organization->dir()).request(remote); !s)
            return answer(false, s.error().message());
        return answer(true, QStringLiteral("%1 was asked for its changes by mail; they are applied when its "
                                           "answer comes.")
                                .arg(remote));
    }
    auto other = DirectoryStore::open(m_organization->sitePath(remote));
    if (!other)
        return answer(false,
                      QStringLiteral("Site %1 cannot be reached: %2").arg(remote, other.error().message()));
    auto pulled = Replicator::pull(*local.value(), *other.value());
    if (!pulled)
        return answer(false, pulled.error().message());
    answer(true, pulled.value() == 0 ? QStringLiteral("%1 had no changes for this site.").arg(remote)
                 : pulled.value() == 1
                     ? QStringLiteral("1 change received from %1.").arg(remote)
                     : QStringLiteral("%1 changes received from %2.").arg(pulled.value()).arg(remote));
}

bool ServiceWorker::holds(const QString& work) const
{
    auto it = m_locks.find(work);
    return it != m_locks.end() && it->second->isLocked();
}

void ServiceWorker::takeLocks()
{
    QStringList held;
    QStringList elsewhere;
    for (auto& [work, lock] : m_locks) {
        if (lock->tryLock()) {
            held << work;
        } else if (!lock->problem().isEmpty()) {
            elsewhere << QStringLiteral("%1: cannot be taken up here (%2)").arg(work, lock->problem());
        } else {
            const QString who = lock->holderText();
            elsewhere << QStringLiteral("%1: held by %2").arg(work, who);
        }
    }
    if (held != m_lastHeld || elsewhere != m_lastElsewhere) {
        m_lastHeld = held;
        m_lastElsewhere = elsewhere;
        Q_EMIT locksChanged(held, elsewhere);
    }
}

void ServiceWorker::report(const QString& work, const Phrase& text, bool failed)
{
    qCInfo(lcWorker).noquote() << work << (failed ? "failed:" : "-") << text.english();
    Q_EMIT activity(WorkerActivity{Clock::nowUtc(), work, text, failed});
}

std::optional<DirsyncRoleInfo> ServiceWorker::dirsyncRole() const
{
    auto sites = m_organization->sites();
    for (const SiteInfo& s : sites ? sites.value() : QList<SiteInfo>()) {
        auto store = DirectoryStore::open(s.path);
        if (!store)
            continue;
        if (auto role = DirsyncCycle::roleOf(*store.value()))
            return role.value();
    }
    return std::nullopt;
}

bool ServiceWorker::cycleDue(const QDateTime& now)
{
    if (m_cycleRequested)
        return true;
    const auto role = dirsyncRole();
    if (!role || !role->running)
        return false; // a paused or stopped Directory Synchronization runs no scheduled cycle
    if (role->style == QString::number(Schedule::Never))
        return false;
    if (role->style == QString::number(Schedule::SelectedTimes)) {
        const QString hour = now.toString(QStringLiteral("yyyy-MM-ddTHH"));
        return Schedule::isActive(role->style, role->hours, now) && m_lastCycleHour != hour;
    }
    return !m_lastCycle.isValid() || m_lastCycle.secsTo(now) >= m_settings.cycleSeconds;
}

void ServiceWorker::runCycle()
{
    const QDateTime now = Clock::now();
    m_cycleRequested = false;
    m_lastCycle = now;
    m_lastCycleHour = now.toString(QStringLiteral("yyyy-MM-ddTHH"));
    Q_EMIT cycleStarted();
    DirsyncCycle cycle(*m_organization);
    cycle.setCancel(&m_cancel);
    cycle.setProgress(
        [this](const Phrase& step, int done, int total) { Q_EMIT progress(step, done, total); });
    QElapsedTimer clock;
    clock.start();
    auto done = cycle.run();
    if (done) {
        const DirsyncCycleReport& r = done.value();
        const Phrase summary = DirsyncCycle::summary(r, clock.elapsed());
        report(ServiceLock::Dirsync, summary);
        // What the cycle went on without is said as failures of their own (the panel shows them red).
        for (const Phrase& p : r.problems)
            report(ServiceLock::Dirsync, Phrase::tr("Dirsync cycle went on without %1").arg(p), true);
        if (r.setAside.size() == 1)
            report(ServiceLock::Dirsync,
                   Phrase::tr("Dirsync cycle: 1 entry set aside until corrected (Synchronization Status and "
                              "the event log name it)"),
                   true);
        else if (!r.setAside.isEmpty())
            report(ServiceLock::Dirsync,
                   Phrase::tr("Dirsync cycle: %1 entries set aside until corrected (Synchronization Status "
                              "and the event log name them)")
                       .arg(r.setAside.size()),
                   true);
        std::vector<Phrase> brief{Phrase::tr("%1 adds, %2 modifies, %3 deletes, %4 errors in %5 s")
                                      .arg(r.site.adds)
                                      .arg(r.site.modifies)
                                      .arg(r.site.deletes)
                                      .arg(r.site.errors + r.site.rejected + r.t3.rejected)
                                      .arg(QString::number(double(clock.elapsed()) / 1000.0, 'f', 1))};
        std::vector<Phrase> full{summary};
        if (!r.setAside.isEmpty()) {
            brief.push_back(Phrase::tr("%1 set aside").arg(r.setAside.size()));
            for (const QString& entry : r.setAside)
                full.push_back(Phrase::tr("Set aside: %1").arg(entry));
        }
        if (!r.problems.isEmpty()) {
            brief.push_back(Phrase::tr("%1 step(s) failed").arg(r.problems.size()));
            for (const Phrase& p : r.problems)
                full.push_back(Phrase::tr("Went on without: %1").arg(p));
        }
        // A cycle that went on without something is not a clean one: the panels show it red.
        Q_EMIT cycleFinished(r.clean(), Phrase::joined(full, QStringLiteral("\n")),
                             Phrase::joined(brief, QStringLiteral(", ")));
        return;
    }
    const bool cancelled = done.error().code() == ErrorCode::Cancelled;
    const Phrase why = cancelled ? Phrase::tr("Dirsync cycle cancelled: %1").arg(done.error().phrase())
                                 : Phrase::tr("Dirsync cycle failed: %1").arg(done.error().phrase());
    report(ServiceLock::Dirsync, why, true);
    Q_EMIT cycleFinished(false, why, cancelled ? Phrase::tr("cancelled") : Phrase::tr("failed"));
}

void ServiceWorker::setSettings(const WorkerSettings& settings)
{
    m_settings = settings;
    m_settings.cycleSeconds = std::max(1, settings.cycleSeconds);
    m_lastPrune = {}; // a shorter time to keep takes effect at the next tick
}

void ServiceWorker::pruneIfDue(const QDateTime& now)
{
    if (m_settings.keepDays <= 0 || (m_lastPrune.isValid() && m_lastPrune.secsTo(now) < 24 * 3600))
        return;
    m_lastPrune = now;
    const QDateTime before = now.addDays(-m_settings.keepDays);
    Retention::Pruned total;
    auto sites = m_organization->sites();
    for (const SiteInfo& s : sites ? sites.value() : QList<SiteInfo>()) {
        auto store = DirectoryStore::open(s.path);
        auto pruned =
            store ? Retention::prune(*store.value(), before) : Result<Retention::Pruned>(store.error());
        if (!pruned) {
            report(QString(),
                   Phrase::tr("Letting old events go at site %1 failed: %2")
                       .arg(s.name, pruned.error().phrase()),
                   true);
            continue;
        }
        total.events += pruned->events;
        total.runs += pruned->runs;
        total.audits += pruned->audits;
    }
    auto lines = Retention::pruneMsMailLogs(m_orgDir, before);
    if (!lines)
        report(
            QString(),
            Phrase::tr("Letting old log lines go at the postoffices failed: %1").arg(lines.error().phrase()),
            true);
    const int logLines = lines ? lines.value() : 0;
    if (total.events + total.runs + total.audits + logLines > 0)
        report(QString(),
               Phrase::tr("Kept the last %1 days: %2 older events, %3 older dirsync runs, %4 older audit "
                          "trail entries and %5 older postoffice and External log lines let go")
                   .arg(m_settings.keepDays)
                   .arg(total.events)
                   .arg(total.runs)
                   .arg(total.audits)
                   .arg(logLines));
}

void ServiceWorker::tick()
{
    if (!m_organization || m_stopping || m_inTick)
        return;
    m_inTick = true;
    m_cancel = false;
    takeLocks();
    Runner runner(*m_organization);
    runner.setMail(holds(ServiceLock::Mail));
    runner.setReplication(holds(ServiceLock::Replication));
    runner.setScheduledDirsync(holds(ServiceLock::Dirsync));
    runner.setCancel(&m_cancel);
    if (holds(ServiceLock::Mail) || holds(ServiceLock::Replication) || holds(ServiceLock::Dirsync)) {
        auto pass = runner.runOnce();
        if (!pass) {
            if (pass.error().code() != ErrorCode::Cancelled)
                report(QString(), Phrase::tr("The services' work failed: %1").arg(pass.error().phrase()),
                       true);
        } else {
            const RunReport& r = pass.value();
            // A place that cannot be worked on is said when it starts failing, not every tick.
            QSet<QString> said;
            for (const Phrase& p : r.problems) {
                if (!m_saidProblems.contains(p.english()))
                    report(QString(), p, true);
                said.insert(p.english());
            }
            m_saidProblems = said;
            if (r.dispatched + r.carried + r.returned + r.pickedUp + r.routed > 0)
                report(ServiceLock::Mail,
                       Phrase::tr("Mail: %1 delivered or forwarded at the postoffices, %2 carried between "
                                  "postoffices by MS Mail External, %3 returned as undeliverable, %4 "
                                  "picked up by MS Mail Connectors, %5 routed by MTAs")
                           .arg(r.dispatched)
                           .arg(r.carried)
                           .arg(r.returned)
                           .arg(r.pickedUp)
                           .arg(r.routed));
            if (r.replicated > 0)
                report(
                    ServiceLock::Replication,
                    Phrase::tr(
                        "Directory replication: %1 (objects written, and requests and answers sent by mail)")
                        .arg(r.replicated));
            if (r.dirsync > 0)
                report(ServiceLock::Dirsync,
                       Phrase::tr("Directory synchronization: %1 messages received or sent").arg(r.dirsync));
        }
    }
    if (m_cycleRequested && !holds(ServiceLock::Dirsync)) {
        m_cycleRequested = false;
        const QString who = m_locks.at(ServiceLock::Dirsync)->holderText();
        report(
            ServiceLock::Dirsync,
            Phrase::tr("No cycle here: directory synchronization is done by %1; synchronize there").arg(who),
            true);
    }
    if (holds(ServiceLock::Dirsync) && !m_stopping && cycleDue(Clock::now()))
        runCycle();
    // The process that does the services' work keeps the logs trim.
    if (!m_stopping && (holds(ServiceLock::Mail) || holds(ServiceLock::Dirsync)))
        pruneIfDue(Clock::nowUtc());
    m_inTick = false;
}

} // namespace sa::core
