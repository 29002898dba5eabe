#include "Runner.h"

#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/common/TextRule.h"
#include "core/directory/AuditTrail.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/Schema.h"
#include "core/dirsync/DirsyncRequestor.h"
#include "core/dirsync/DirsyncServer.h"
#include "core/msmail/ExternalCarrier.h"
#include "core/msmail/PostofficeQueue.h"
#include "core/msmail/PostofficeStore.h"
#include "core/replication/Replicator.h"
#include "core/services/Schedule.h"
#include "core/services/Services.h"
#include "core/storage/SqliteConnection.h"
#include "core/transport/ConnectorPickUp.h"
#include "core/transport/ImsSender.h"
#include "core/transport/InternetMailService.h"
#include "core/transport/ReplicationByMail.h"
#include "core/transport/SiteMail.h"
#include "core/transport/SiteTransport.h"

#include <QElapsedTimer>
#include <map>
#include <memory>
#include <vector>

namespace sa::core {

RunReport& RunReport::operator+=(const RunReport& o)
{
    dispatched += o.dispatched;
    carried += o.carried;
    returned += o.returned;
    pickedUp += o.pickedUp;
    routed += o.routed;
    internet += o.internet;
    replicated += o.replicated;
    dirsync += o.dirsync;
    followUp += o.followUp;
    passes += o.passes;
    for (const Phrase& p : o.problems) {
        if (!problems.contains(p))
            problems << p;
    }
    return *this;
}

Status Runner::checkCancel() const
{
    if (m_cancel && m_cancel->load())
        return Error(ErrorCode::Cancelled, Phrase::tr("the services' work was cancelled between two steps"));
    return {};
}

Result<RunReport> Runner::runOnce()
{
    const AuditTrail::As as(AuditTrail::Worker);
    RunReport report;
    report.passes = 1;
    const QString orgDir = m_organization.dir();
    // 1. The postoffices deliver and forward what they hold (their own dispatch).
    if (m_mail) {
        if (Status s = PostofficeStore::eachOpen(orgDir, &report.problems,
                                                 [this, &report](PostofficeStore& po) -> Status {
                                                     if (Status c = checkCancel(); !c)
                                                         return c;
                                                     PostofficeQueue queue(po);
                                                     auto n = queue.dispatch();
                                                     if (!n)
                                                         return n.error();
                                                     report.dispatched += n.value();
                                                     report.followUp += queue.followUps();
                                                     return {};
                                                 });
            !s)
            return s.error();
    }
    // A site whose database cannot be opened is said (problems) and the others go on; mail for it
    // waits in their queues until it can be opened again (SiteTransport::setUnreachable).
    Phrases unreadable;
    QStringList unreadableNames;
    auto sites = m_organization.sites(&unreadable, &unreadableNames);
    if (!sites)
        return sites.error();
    report.problems += unreadable;
    Stores stores;
    for (const SiteInfo& s : sites.value()) {
        auto store = DirectoryStore::open(s.path);
        if (!store)
            return store.error();
        stores[s.name.toUpper()] = std::move(store).value();
    }
    const SiteTransport::SiteLookup lookup = [&stores](const QString& site) -> DirectoryStore* {
        auto it = stores.find(site.toUpper());
        return it == stores.end() ? nullptr : it->second.get();
    };
    QHash<QString, QString> unreachable; // upper-case site name -> why
    for (int i = 0; i < unreadable.size(); ++i)
        unreachable.insert(unreadableNames.at(i).toUpper(), unreadable.at(i).english());
    // 1b. MS Mail External carries mail between the postoffices and returns what waited too long;
    //     a next hop that is a site's postoffice is its MS Mail Connector's, which says why it waits.
    if (m_mail) {
        if (Status s = checkCancel(); !s)
            return s.error();
        // One per site for the whole carry: each reads its connectors and their services once.
        std::vector<ConnectorPickUp> connectors;
        connectors.reserve(stores.size());
        for (auto& [name, store] : stores)
            connectors.emplace_back(*store, orgDir);
        ExternalCarrier external(orgDir, [&connectors](const QString& po, const QString& hop) {
            for (const ConnectorPickUp& site : connectors) {
                const auto state = site.state(po, hop);
                if (state.known)
                    return ExternalCarrier::HopState{true, state.waiting};
            }
            return ExternalCarrier::HopState{};
        });
        external.setCancel(m_cancel);
        auto carried = external.run();
        if (!carried)
            return carried.error();
        report.carried += carried->carried;
        report.returned += carried->returned;
        // Into other postoffices' "in" queues, and the reports into the senders': step 1 takes them.
        report.followUp += carried->carried + carried->returned;
    }
    // 2. MS Mail Connectors pick up; 3. site MTAs route.
    if (Status s = eachSite(stores, m_mail, report.pickedUp,
                            [&orgDir, &report](DirectoryStore& store) -> Result<int> {
                                ConnectorPickUp connector(store, orgDir);
                                auto n = connector.pickUp();
                                report.followUp += connector.leftSome() ? 1 : 0;
                                return n;
                            });
        !s)
        return s.error();
    if (Status s = eachSite(stores, m_mail, report.routed,
                            [&orgDir, &unreachable, &lookup, &report](DirectoryStore& store) -> Result<int> {
                                SiteTransport transport(store, orgDir);
                                transport.setUnreachable(unreachable);
                                auto n = transport.routeQueue(lookup);
                                report.followUp += transport.handedOn();
                                return n;
                            });
        !s)
        return s.error();
    // 3b. The Internet Mail Services hand what waits for sites on other machines to their MTA.
    if (Status s = eachSite(stores, m_mail, report.internet,
                            [](DirectoryStore& store) { return ImsSender(store).run(); });
        !s)
        return s.error();
    // 4. Directory replication.
    if (Status s = eachSite(stores, m_replication, report.replicated,
                            [this, &lookup, &report](DirectoryStore& store) {
                                return replicate(store, lookup, report.problems);
                            });
        !s)
        return s.error();
    // 5. Directory synchronization on its schedules: the server's T2, a requestor's T3 and T1.
    if (Status s = eachSite(stores, m_scheduledDirsync, report.dirsync,
                            [this](DirectoryStore& store) -> Result<int> {
                                auto t2 = scheduledT2(store);
                                if (!t2)
                                    return t2.error();
                                auto requestor = scheduledRequestor(store);
                                if (!requestor)
                                    return requestor.error();
                                return t2.value() + requestor.value();
                            });
        !s)
        return s.error();
    report.followUp += report.internet + report.replicated + report.dirsync;
    if (report.total() > 0)
        qCDebug(lcTransport) << "pass:" << report.dispatched << "dispatched," << report.carried << "carried,"
                             << report.returned << "returned," << report.pickedUp << "picked up,"
                             << report.routed << "routed," << report.internet << "by the IMS,"
                             << report.replicated << "replicated," << report.dirsync << "dirsync";
    for (const Phrase& p : std::as_const(report.problems))
        qCDebug(lcTransport).noquote() << "went on without:" << p.english();
    return report;
}

Status Runner::eachSite(const Stores& stores, bool enabled, int& total,
                        const std::function<Result<int>(DirectoryStore&)>& step) const
{
    if (!enabled)
        return {};
    for (const auto& entry : stores) {
        if (Status s = checkCancel(); !s)
            return s;
        auto n = step(*entry.second);
        if (!n)
            return n.error();
        total += n.value();
    }
    return {};
}

Result<int> Runner::replicate(DirectoryStore& store,
                              const std::function<DirectoryStore*(const QString&)>& remoteSite,
                              Phrases& problems)
{
    auto connectors = store.objectsOf(ListFilter{{QStringLiteral("directory-replication-connector")}, true});
    if (!connectors)
        return connectors.error();
    int written = 0;
    for (const DirectoryObject& c : connectors.value()) {
        if (c.isReplica() || !Schedule::isActive(c.value(attr::ActivationStyle),
                                                 c.value(attr::ActivationSchedule), Clock::now()))
            continue;
        // The server that replicates: a connector whose bridgehead names none (a value written past the
        // window, or carried in broken) is said and left out; the other connectors go on.
        QString bridgehead;
        if (const QString named = c.value(attr::LocalBridgehead); !named.isEmpty()) {
            const auto dn = Dn::parse(named);
            if (!dn) {
                const Phrase problem =
                    Phrase::tr("the Directory Replication Connector %1 names no server as its local "
                               "bridgehead (%2): it does not replicate until that is corrected")
                        .arg(c.displayName(), TextRule::quoted(named));
                if (!problems.contains(problem))
                    problems << problem;
                continue;
            }
            bridgehead = dn->rdn().value;
        }
        if (!bridgehead.isEmpty() && !Services::isRunning(store, bridgehead, Services::Directory))
            continue;
        const QString site = c.value(attr::RemoteSite);
        DirectoryStore* remote = remoteSite(site);
        if (!remote) {
            // Not on this network (another machine): by mail, over an Internet Mail Service connected
            // to it, when the last answer is older than the interval (or a request went unanswered).
            ReplicationByMail byMail(store, m_organization.dir());
            if (InternetMailService(store).linkTo(site) && byMail.due(site)) {
                if (Status s = byMail.request(site); !s)
                    return s.error();
                ++written; // work done: the pass that sent it is followed by one that routes it
            }
            continue;
        }
        auto n = Replicator::pull(store, *remote);
        if (!n)
            return n.error();
        written += n.value();
    }
    // Batches and requests that came by mail, whatever the schedule: an answer is applied when it comes.
    auto byMail = ReplicationByMail(store, m_organization.dir()).processMail();
    if (!byMail)
        return byMail.error();
    return written + byMail.value();
}

Result<int> Runner::scheduledT2(DirectoryStore& store)
{
    auto server = DirsyncServer::serverObject(store);
    if (!server)
        return 0; // no dirsync server in this site
    if (!Services::isRunning(store, DirsyncServer::dxaServer(server.value()),
                             Services::DirectorySynchronization))
        return 0;
    const QString style = server->value(attr::ActivationStyle);
    const QDateTime now = Clock::now();
    if (!Schedule::isActive(style, server->value(attr::ActivationSchedule), now))
        return 0;
    const QString hourKey = QStringLiteral("dirsync-t2-hour");
    const QString thisHour = now.toString(QStringLiteral("yyyy-MM-ddTHH"));
    if (style == QString::number(Schedule::SelectedTimes)) {
        if (store.meta(hourKey) == thisHour)
            return 0; // this hour's T2 has run
    } else {
        auto waiting = SiteMail(store).count(PostofficeStore::SystemMailbox);
        if (!waiting)
            return waiting.error();
        if (waiting.value() == 0)
            return 0;
    }
    DirsyncServer dxa(store);
    dxa.setCancel(m_cancel);
    auto report = dxa.t2();
    if (!report)
        return report.error();
    if (style == QString::number(Schedule::SelectedTimes)) {
        if (Status s = store.write([&](DirectoryWriter& w) { return w.setMeta(hourKey, thisHour); }); !s)
            return s.error();
    }
    return report->received + report->rejected + report->replies;
}

Result<int> Runner::scheduledRequestor(DirectoryStore& store)
{
    auto requestor = DirsyncRequestor::requestorObject(store);
    if (!requestor)
        return 0; // no Dir-Sync Requestor in this site
    if (!Services::isRunning(store, DirsyncServer::dxaServer(requestor.value()),
                             Services::DirectorySynchronization))
        return 0;
    int done = 0;
    // T3 whenever the server's replies wait.
    auto waiting = SiteMail(store).count(PostofficeStore::SystemMailbox);
    if (!waiting)
        return waiting.error();
    if (waiting.value() > 0) {
        auto t3 = DirsyncRequestor(store).t3();
        if (!t3)
            return t3.error();
        done += t3->received + t3->rejected;
    }
    // T1 at the top of each hour its schedule selects (Always: every hour), once.
    const QString style = requestor->value(attr::ActivationStyle);
    const QDateTime now = Clock::now();
    if (!Schedule::isActive(style, requestor->value(attr::ActivationSchedule), now))
        return done;
    const QString hourKey = QStringLiteral("dirsync-t1-hour");
    const QString thisHour = now.toString(QStringLiteral("yyyy-MM-ddTHH"));
    if (store.meta(hourKey) == thisHour)
        return done;
    auto t1 = DirsyncRequestor(store).t1();
    if (!t1)
        return t1.error();
    if (Status s = store.write([&](DirectoryWriter& w) { return w.setMeta(hourKey, thisHour); }); !s)
        return s.error();
    return done + 1;
}

Result<RunReport> Runner::runUntilIdle(int maxSeconds)
{
    // Each database opened once for all the passes (its write-ahead log kept between them).
    const SqliteConnection::KeepOpen keep;
    RunReport total;
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        auto pass = runOnce();
        if (!pass)
            return pass.error();
        total += pass.value();
        // A pass that left nothing for an earlier step is the last: another would find nothing
        // (it was one of the two or three passes of each carry of a dirsync cycle; issue 18).
        if (pass->followUp == 0 || (maxSeconds > 0 && clock.elapsed() >= qint64(maxSeconds) * 1000))
            return total;
    }
}

} // namespace sa::core
