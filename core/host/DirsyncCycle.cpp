#include "DirsyncCycle.h"

#include "DirsyncPause.h"
#include "core/common/Logging.h"
#include "core/common/TextRule.h"
#include "core/directory/BooleanSyntax.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/Schema.h"
#include "core/dirsync/DirsyncExport.h"
#include "core/dirsync/DirsyncLate.h"
#include "core/dirsync/DirsyncLog.h"
#include "core/dirsync/DirsyncRequestor.h"
#include "core/dirsync/DirsyncServerAdmin.h"
#include "core/msmail/PostofficeDirsyncServer.h"
#include "core/services/Services.h"
#include "core/storage/SqliteConnection.h"
#include "core/transport/SiteTransport.h"

#include <QElapsedTimer>
#include <functional>
#include <optional>

namespace sa::core {

namespace {

/// The first site database among `sites` for which `holds` finds the object. A site that cannot be
/// opened (`unreadable`) does not hide the object in another; when none holds it and one cannot be
/// opened, that one is the error (it may hold the object), never "there is none".
Result<QString> siteWith(const QList<SiteInfo>& sites, const Phrases& unreadable,
                         const std::function<bool(DirectoryStore&)>& holds, const Phrase& missing)
{
    for (const SiteInfo& s : sites) {
        auto store = DirectoryStore::open(s.path);
        if (!store)
            return store.error();
        if (holds(*store.value()))
            return s.path;
    }
    if (!unreadable.isEmpty())
        return Error(ErrorCode::Storage, Phrase::joined(unreadable, QStringLiteral("; ")));
    return Error(ErrorCode::NotFound, missing);
}

Result<QString> siteWith(const Organization& organization, const std::function<bool(DirectoryStore&)>& holds,
                         const Phrase& missing)
{
    Phrases unreadable;
    auto sites = organization.sites(&unreadable);
    if (!sites)
        return sites.error();
    return siteWith(sites.value(), unreadable, holds, missing);
}

bool holdsServer(DirectoryStore& store)
{
    return DirsyncServer::serverObject(store).ok();
}

bool holdsRequestor(DirectoryStore& store)
{
    return DirsyncRequestor::requestorObject(store).ok();
}

Phrase noServer()
{
    return Phrase::tr(
        "the organization has no Directory Synchronization Server (create one in a site's Connections)");
}

Phrase noRequestor()
{
    return Phrase::tr("the organization has no Dir-Sync Requestor");
}

/// T2 at the site database `path`.
Result<T2Report> t2At(const QString& path, const std::atomic_bool* cancel)
{
    auto store = DirectoryStore::open(path);
    if (!store)
        return store.error();
    DirsyncServer server(*store.value());
    server.setCancel(cancel);
    return server.t2();
}

} // namespace

Result<QString> DirsyncCycle::serverSite(const Organization& organization)
{
    return siteWith(organization, holdsServer, noServer());
}

Result<QString> DirsyncCycle::requestorSite(const Organization& organization)
{
    return siteWith(organization, holdsRequestor, noRequestor());
}

Result<T2Report> DirsyncCycle::t2Now()
{
    auto site = serverSite(m_organization);
    if (!site)
        return site.error();
    return t2At(site.value(), m_cancel);
}

Status DirsyncCycle::step(const Phrase& name)
{
    if (m_cancel && m_cancel->load())
        return Error(
            ErrorCode::Cancelled,
            Phrase::tr("the cycle was cancelled before %1; every step before it is complete").arg(name));
    qCDebug(lcDirsync).noquote() << QStringLiteral("step %1 of %2:").arg(m_done + 1).arg(m_total)
                                 << name.english();
    if (m_progress)
        m_progress(name, m_done, m_total);
    ++m_done;
    return {};
}

Result<T2Report> DirsyncCycle::now(int* sent)
{
    if (serverSite(m_organization))
        return t2Now();
    auto site = requestorSite(m_organization);
    if (!site)
        return Error(
            ErrorCode::NotFound,
            Phrase::tr("the organization has no Directory Synchronization Server or Dir-Sync Requestor"));
    auto store = DirectoryStore::open(site.value());
    if (!store)
        return store.error();
    auto carried = DirsyncRequestor(*store.value()).t1();
    if (!carried)
        return carried.error();
    if (sent)
        *sent = carried.value();
    return T2Report();
}

Result<bool> DirsyncCycle::pauseKicks(const Organization& organization, const QString& server)
{
    const bool asServer = serverSite(organization).ok();
    auto path = asServer ? serverSite(organization) : requestorSite(organization);
    if (!path)
        return false; // no dirsync role in the organization
    auto store = DirectoryStore::open(path.value());
    if (!store)
        return store.error();
    auto role = asServer ? DirsyncServer::serverObject(*store.value())
                         : DirsyncRequestor::requestorObject(*store.value());
    return role && DirsyncServer::dxaServer(role.value()).compare(server, Qt::CaseInsensitive) == 0;
}

Result<QString> DirsyncCycle::kickedByPause(const QString& server)
{
    QElapsedTimer clock;
    clock.start();
    auto done = run();
    if (!done)
        return done.error();
    return DirsyncPause::startedCycle(server).english() + QStringLiteral(". ") +
           summary(done.value(), clock.elapsed()).english();
}

Phrase DirsyncCycle::summary(const DirsyncCycleReport& r, qint64 ms)
{
    std::vector<Phrase> parts;
    if (!r.requestors.isEmpty())
        parts.push_back(Phrase::tr("T1 and T3 at %1").arg(r.requestors.join(QStringLiteral(", "))));
    if (!r.servers.isEmpty()) {
        // A site's own server is "site NAME" in the report (the command line prints it so).
        std::vector<Phrase> servers;
        for (const QString& s : r.servers)
            servers.push_back(s.startsWith(QLatin1String("site ")) ? Phrase::tr("site %1").arg(s.mid(5))
                                                                   : Phrase::plain(s));
        parts.push_back(Phrase::tr("T2 at %1: %2 received, %3 replies")
                            .arg(Phrase::joined(servers, QStringLiteral(", ")))
                            .arg(r.site.received)
                            .arg(r.site.replies));
    }
    parts.push_back(Phrase::tr("%1 adds, %2 modifies, %3 deletes, %4 errors")
                        .arg(r.site.adds)
                        .arg(r.site.modifies)
                        .arg(r.site.deletes)
                        .arg(r.site.errors + r.site.rejected + r.t3.rejected));
    parts.push_back(Phrase::tr("%1 applied at the postoffices").arg(r.t3.applied));
    return Phrase::tr("Dirsync cycle: %1 (%2 s)")
        .arg(Phrase::joined(parts, QStringLiteral("; ")))
        .arg(QString::number(double(ms) / 1000.0, 'f', 1));
}

Result<DirsyncCycle::Postoffices> DirsyncCycle::postoffices(const Organization& organization)
{
    Postoffices out;
    if (Status s = PostofficeStore::eachOpen(organization.dir(), &out.unreadable,
                                             [&out](PostofficeStore& po) -> Status {
                                                 if (po.isDirsyncServer())
                                                     out.servers << po.name();
                                                 if (po.isDirsyncRequestor())
                                                     out.requestors << po.name();
                                                 return {};
                                             });
        !s)
        return s.error();
    return out;
}

Error DirsyncCycle::noRole()
{
    return Error(ErrorCode::NotFound,
                 Phrase::tr("the organization has no Directory Synchronization Server (create one in a "
                            "site's Connections), no Dir-Sync Requestor and no dirsync server postoffice"));
}

bool DirsyncCycle::isRequestorOnly(const Organization& organization)
{
    return !serverSite(organization) && requestorSite(organization);
}

Status DirsyncCycle::checkRoles(const Organization& organization)
{
    // A site that cannot be read is said as what it is, never taken for "no dirsync server".
    for (const auto& site : {serverSite(organization), requestorSite(organization)}) {
        if (site)
            return {};
        if (site.error().code() != ErrorCode::NotFound)
            return site.error();
    }
    auto pos = postoffices(organization);
    if (!pos)
        return pos.error();
    return pos->servers.isEmpty() ? Status(noRole()) : Status();
}

Status DirsyncCycle::atPostoffice(const Phrase& stepName, const QString& name,
                                  const std::function<Status(PostofficeStore&)>& work)
{
    if (Status s = step(stepName.arg(name)); !s)
        return s;
    auto po = PostofficeStore::open(m_organization.dir(), name);
    if (!po)
        return po.error();
    return work(*po.value());
}

Result<DirsyncRoleInfo> DirsyncCycle::roleOf(DirectoryStore& store)
{
    DirsyncRoleInfo info;
    auto object = DirsyncServer::serverObject(store);
    if (!object) {
        info.asServer = false;
        object = DirsyncRequestor::requestorObject(store);
    }
    if (!object)
        return Error(ErrorCode::NotFound,
                     Phrase::tr("site %1 has no Directory Synchronization Server or Dir-Sync Requestor")
                         .arg(store.siteName()));
    info.name = object->displayName();
    info.server = DirsyncServer::dxaServer(object.value());
    info.style = object->value(attr::ActivationStyle);
    info.hours = object->value(attr::ActivationSchedule);
    auto state = Services::state(store, info.server, Services::DirectorySynchronization);
    info.state = state ? state.value() : ServiceState::Stopped;
    info.running = info.state == ServiceState::Running;
    return info;
}

Result<QList<DirsyncPartnerStatus>> DirsyncCycle::partnerStatus(DirectoryStore& store)
{
    if (DirsyncServer::serverObject(store)) {
        auto all = DirsyncServerAdmin(store).status();
        if (!all)
            return all;
        QList<DirsyncPartnerStatus> out = all.value();
        const QString orgDir = Organization::dirOfSite(store.path());
        // Opened only for a late requestor: it opens a site again, beside `store` (issue 18).
        std::optional<Result<Organization>> organization;
        for (DirsyncPartnerStatus& s : out) {
            if (s.late() && !organization)
                organization = Organization::open(orgDir);
            if (s.late() && organization->ok())
                s.lateReason = DirsyncLate::waiting(organization->value(), s.address);
            // A requestor whose postoffice cannot be opened says so on its own row.
            if (auto po = PostofficeStore::open(orgDir, s.postoffice);
                !po && po.error().code() != ErrorCode::NotFound &&
                po.error().code() != ErrorCode::InvalidArgument)
                s.unreadable = Phrase::tr("the postoffice %1 cannot be opened: %2")
                                   .arg(s.postoffice, po.error().phrase());
        }
        return out;
    }
    auto object = DirsyncRequestor::requestorObject(store);
    if (!object)
        return object.error();
    auto partner = DirsyncPartner::of(store, object.value());
    if (!partner)
        return partner.error();
    auto status = DirsyncServerAdmin::statusOf(store, partner.value());
    if (!status)
        return status.error();
    return QList<DirsyncPartnerStatus>{status.value()};
}

Status DirsyncCycle::exportOnNextCycle(DirectoryStore& store, const QString& requestor)
{
    QList<DirectoryObject> candidates;
    if (auto server = DirsyncServer::serverObject(store)) {
        auto children = store.children(server->id);
        if (!children)
            return children.error();
        candidates = children.value();
    } else if (auto own = DirsyncRequestor::requestorObject(store)) {
        candidates << own.value();
    }
    for (const DirectoryObject& o : candidates) {
        if (o.displayName().compare(requestor, Qt::CaseInsensitive) != 0 || o.deleted)
            continue;
        ChangeSet c;
        c.replace(o.dn, attr::DxaExportNow, {BooleanSyntax::text(true)});
        auto done = store.commit(c);
        return done.status();
    }
    return Error(ErrorCode::NotFound,
                 Phrase::tr("no requestor \"%1\" in site %2").arg(requestor, store.siteName()));
}

Status DirsyncCycle::checkServerName(const QString& orgDir, const QString& server)
{
    auto name = PostofficeStore::parseName(server);
    if (!name)
        return name.error();
    const QString netPo = name->first + QLatin1Char('/') + name->second;
    if (PostofficeStore::exists(orgDir, netPo))
        return {};
    auto organization = Organization::open(orgDir);
    if (!organization)
        return organization.error();
    auto sites = organization->sites();
    if (!sites)
        return sites.error();
    // A site's own postoffice may be named before its Directory Synchronization Server is made: the
    // MS Mail side is often set up first (Q152167), and the server answers once it exists.
    for (const SiteInfo& site : sites.value()) {
        if (SiteTransport::shadowPostoffice(site.organization, site.name)
                .compare(netPo, Qt::CaseInsensitive) == 0)
            return {};
    }
    // A site on another machine, known here by replication (a host folder): its Directory
    // Synchronization Server is reached through the Internet Mail Service.
    if (name->first.compare(organization->name(), Qt::CaseInsensitive) == 0) {
        const auto siteDn =
            Dn::parse(QStringLiteral("/o=%1/ou=%2")
                          .arg(Dn::escapeValue(organization->name()), Dn::escapeValue(name->second)));
        if (siteDn && organization->sitePathFor(siteDn.value()))
            return {};
    }
    return Error(
        ErrorCode::NotFound,
        Phrase::tr("no dirsync server %1 in this organization: name a postoffice of it (NET/PO) or a "
                   "site's own (ORGANIZATION/SITE)")
            .arg(TextRule::quoted(netPo)));
}

Status DirsyncCycle::checkNow(const Organization& organization)
{
    const bool asServer = serverSite(organization).ok();
    auto site = asServer ? serverSite(organization) : requestorSite(organization);
    if (!site && site.error().code() != ErrorCode::NotFound)
        return site.error(); // a site that cannot be read, said as what it is
    if (!site)
        return Error(
            ErrorCode::NotFound,
            Phrase::tr("the organization has no Directory Synchronization Server or Dir-Sync Requestor"));
    auto store = DirectoryStore::open(site.value());
    if (!store)
        return store.error();
    auto role = asServer ? DirsyncServer::serverObject(*store.value())
                         : DirsyncRequestor::requestorObject(*store.value());
    if (!role)
        return role.error();
    return DirsyncRole::requireService(*store.value(), role.value());
}

Status DirsyncCycle::isolate(const Phrase& where, const Status& outcome, DirsyncCycleReport& report)
{
    if (outcome || outcome.error().code() == ErrorCode::Cancelled)
        return outcome;
    const Phrase line = where.isEmpty() ? outcome.error().phrase()
                                        : Phrase::tr("%1: %2").arg(where, outcome.error().phrase());
    report.problems << line;
    qCInfo(lcDirsync).noquote() << "went on without" << line.english();
    if (m_eventSite.isEmpty())
        return {};
    auto store = DirectoryStore::open(m_eventSite);
    if (!store)
        return {}; // said in the report; the site's own failure shows where it is needed
    return store.value()->write([&](DirectoryWriter& w) {
        return DirsyncLog::event(
            w, QStringLiteral("Error"), DirsyncEvent::StepFailed,
            QStringLiteral("%1. The rest of the dirsync cycle went on.").arg(line.english()));
    });
}

Result<DirsyncCycleReport> DirsyncCycle::run()
{
    // One connection per database for the whole cycle: its steps open the sites and postoffices
    // many times over, and each open would otherwise check and set up the file again and each
    // close checkpoint and delete its write-ahead log (issue 18).
    const SqliteConnection::KeepOpen keep;
    // The sites are listed once for the cycle (each listing opens every site database and reads its
    // servers). What cannot be opened is said first; the cycle goes on with the rest (the mail to
    // and from a site that cannot be opened waits in the queues until it can).
    Phrases unreadableSites;
    const auto readable = m_organization.sites(&unreadableSites);
    if (!readable)
        return readable.error();
    auto server = siteWith(readable.value(), unreadableSites, holdsServer, noServer());
    auto requestor = siteWith(readable.value(), unreadableSites, holdsRequestor, noRequestor());
    auto pos = postoffices(m_organization);
    if (!pos)
        return pos.error();
    const QStringList& poServers = pos->servers;
    const QStringList& poRequestors = pos->requestors;
    if (!server && !requestor && poServers.isEmpty()) {
        for (const Result<QString>* site : {&server, &requestor}) {
            if (site->error().code() != ErrorCode::NotFound)
                return site->error(); // a site that cannot be read, not "no dirsync role"
        }
        return noRole();
    }
    m_eventSite = server ? server.value() : requestor ? requestor.value() : QString();
    DirsyncCycleReport report;
    for (const Phrase& line : unreadableSites + pos->unreadable) {
        if (Status i = isolate(Phrase(), Error(ErrorCode::Storage, line), report); !i)
            return i.error();
    }
    // T1 at each requestor, the mail, T2 at each server, the mail, T3 at each requestor. A step that
    // fails at one place is said (isolate) and the others go on: one postoffice's bad entry or
    // unreadable database never starves the rest.
    const int siteRequestor = requestor ? 1 : 0;
    m_done = 0;
    m_total = 2 * (int(poRequestors.size()) + siteRequestor) + 2 + (server ? 1 : 0) + int(poServers.size());
    std::unique_ptr<DirectoryStore> requestorStore;
    if (requestor) {
        auto store = DirectoryStore::open(requestor.value());
        if (!store)
            return store.error();
        requestorStore = std::move(store).value();
    }
    const auto poSetAside = [&report](const QString& po, const QStringList& lines) {
        for (const QString& l : lines)
            report.setAside << QStringLiteral("%1: %2").arg(po, l);
    };
    // T1.
    for (const QString& name : poRequestors) {
        const Status s = atPostoffice(Phrase::tr("T1 at %1"), name, [&](PostofficeStore& po) -> Status {
            PostofficeDirsync agent(po);
            auto sent = agent.t1();
            poSetAside(name, agent.setAside());
            return sent.status();
        });
        if (Status i = isolate(Phrase::tr("T1 at %1").arg(name), s, report); !i)
            return i.error();
        if (s)
            report.requestors << name;
    }
    // A step of the site's requestor: said as a step, its failure isolated as a postoffice's is.
    const auto atSiteRequestor = [&](const Phrase& label, const std::function<Status()>& work) -> Status {
        const Phrase where = label.arg(requestorStore->siteName());
        if (Status s = step(where); !s)
            return s;
        return isolate(where, work(), report);
    };
    if (requestorStore) {
        if (Status s = atSiteRequestor(Phrase::tr("T1 at site %1"),
                                       [&]() -> Status {
                                           auto carried = DirsyncRequestor(*requestorStore).t1();
                                           if (carried)
                                               report.siteSent = carried.value();
                                           return carried.status();
                                       });
            !s)
            return s.error();
        report.requestors << QStringLiteral("site ") + requestorStore->siteName();
    }
    Runner runner(m_organization);
    runner.setScheduledDirsync(false); // T2 and T3 come in their places below
    runner.setCancel(m_cancel);
    if (Status s = step(Phrase::tr("the requests carried")); !s)
        return s.error();
    auto carried = runner.runUntilIdle();
    if (!carried)
        return carried.error();
    report.transport += carried.value();
    // T2.
    if (server) {
        if (Status s = step(Phrase::tr("T2 at the Directory Synchronization Server")); !s)
            return s.error();
        QString siteName;
        for (const SiteInfo& site : readable.value()) {
            if (site.path == server.value())
                siteName = site.name;
        }
        const Phrase where = Phrase::tr("T2 at site %1").arg(siteName);
        auto t2 = t2At(server.value(), m_cancel);
        if (t2) {
            report.site = t2.value();
            for (const Phrase& p : t2->problems)
                report.problems << Phrase::tr("%1: %2").arg(where, p);
        }
        if (Status i = isolate(where, t2.status(), report); !i)
            return i.error();
        report.servers << QStringLiteral("site ") + siteName;
    }
    for (const QString& name : poServers) {
        const Status s = atPostoffice(Phrase::tr("T2 at %1"), name, [&](PostofficeStore& po) -> Status {
            auto t2 = PostofficeDirsyncServer(po).t2();
            if (!t2)
                return t2.error();
            poSetAside(name, t2->setAside);
            for (const Phrase& p : t2->problems)
                report.problems << Phrase::tr("T2 at %1: %2").arg(name, p);
            return {};
        });
        if (Status i = isolate(Phrase::tr("T2 at %1").arg(name), s, report); !i)
            return i.error();
        report.servers << name;
    }
    if (Status s = step(Phrase::tr("the replies carried")); !s)
        return s.error();
    carried = runner.runUntilIdle();
    if (!carried)
        return carried.error();
    report.transport += carried.value();
    // T3, also where T1 failed: replies sent before may wait there.
    for (const QString& name : poRequestors) {
        const Status s = atPostoffice(Phrase::tr("T3 at %1"), name, [&report](PostofficeStore& po) -> Status {
            auto t3 = PostofficeDirsync(po).t3();
            if (!t3)
                return t3.error();
            report.t3.messages += t3->messages;
            report.t3.applied += t3->applied;
            report.t3.rejected += t3->rejected;
            return {};
        });
        if (Status i = isolate(Phrase::tr("T3 at %1").arg(name), s, report); !i)
            return i.error();
    }
    if (requestorStore) {
        if (Status s = atSiteRequestor(Phrase::tr("T3 at site %1"),
                                       [&]() -> Status {
                                           auto t3 = DirsyncRequestor(*requestorStore).t3();
                                           if (t3)
                                               report.site = t3.value();
                                           return t3.status();
                                       });
            !s)
            return s.error();
    }
    // What the site's replies (or its update) left out, from where the entries stay listed.
    for (const QString& path :
         {server ? server.value() : QString(), requestor ? requestor.value() : QString()}) {
        if (path.isEmpty())
            continue;
        auto store = DirectoryStore::open(path);
        if (!store)
            continue;
        // Most cycles set nothing aside: then no requestor's status is read (each opened its
        // postoffice, a tenth of an idle cycle, issue 18).
        if (auto any = DirsyncExport::anySetAside(*store.value()); !any || !any.value())
            continue;
        auto partners = partnerStatus(*store.value());
        for (const DirsyncPartnerStatus& p : partners ? partners.value() : QList<DirsyncPartnerStatus>()) {
            for (const QString& entry : p.setAside)
                report.setAside
                    << QStringLiteral("%1 (to %2): %3").arg(store.value()->siteName(), p.name, entry);
        }
    }
    if (m_progress)
        m_progress(Phrase::tr("done"), m_total, m_total);
    return report;
}

} // namespace sa::core
