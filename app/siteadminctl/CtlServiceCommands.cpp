// siteadminctl services and run: the servers' services and their pending work.
#include "CtlCommands.h"
#include "CtlOptions.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/dirsync/DirsyncRequestor.h"
#include "core/host/DirsyncCycle.h"
#include "core/host/Runner.h"
#include "core/services/Services.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace sa::app {

using namespace sa::core;
using namespace ctl;

int CtlCommands::services()
{
    if (!checkOptions({OptServer}) || !checkArgumentCount(1, -1))
        return 2;
    const QString verb = m_args.first();
    const QStringList verbs{QStringLiteral("status"), QStringLiteral("start"), QStringLiteral("stop"),
                            QStringLiteral("pause"), QStringLiteral("continue")};
    if (!verbs.contains(verb))
        return usage(
            QStringLiteral("services takes status, start, stop, pause or continue, not \"%1\"").arg(verb));
    const QStringList names = m_args.mid(1);
    if (verb != QLatin1String("status") && names.isEmpty())
        return usage(QStringLiteral("services %1 needs the name of a service").arg(verb));
    auto org = Organization::open(orgDir());
    if (!org)
        return fail(org.error().message());
    auto sites = readableSites(org.value());
    if (!sites)
        return fail(sites.error().message());
    QList<std::pair<SiteInfo, QString>> servers;
    for (const SiteInfo& s : sites.value()) {
        for (const QString& server : s.servers) {
            if (!m_parser.isSet(OptServer) ||
                server.compare(m_parser.value(OptServer), Qt::CaseInsensitive) == 0)
                servers.append({s, server});
        }
    }
    if (servers.isEmpty())
        return fail((m_unreadable.isEmpty()
                         ? QStringLiteral("the organization has no server named %1")
                         : QStringLiteral("no server named %1 in the sites that can be opened"))
                        .arg(m_parser.value(OptServer)));
    if (verb != QLatin1String("status") && servers.size() > 1)
        return usage(QStringLiteral("services %1 needs --server (the organization has %2 servers)")
                         .arg(verb)
                         .arg(servers.size()));
    QJsonArray array;
    QStringList lines;
    QStringList notes;
    for (const auto& [site, server] : servers) {
        auto store = DirectoryStore::open(site.path);
        if (!store)
            return fail(store.error().message());
        for (const QString& name : names) {
            Result<QStringList> changed = QStringList();
            if (verb == QLatin1String("start"))
                changed = Services::start(*store.value(), server, name);
            else if (verb == QLatin1String("stop"))
                changed = Services::stop(*store.value(), server, name);
            else if (verb == QLatin1String("pause"))
                changed = Services::pause(*store.value(), server, name);
            else if (verb == QLatin1String("continue"))
                changed = Services::resume(*store.value(), server, name);
            else if (auto known = Services::state(*store.value(), server, name); !known)
                changed = known.error();
            if (!changed)
                return fail(changed.error().message());
            if (verb == QLatin1String("pause") &&
                name.compare(Services::DirectorySynchronization, Qt::CaseInsensitive) == 0) {
                // Pausing kicks a cycle (Q146738; built in from 5.0): T2 as server, T1 as requestor,
                // when this server runs the organization's dirsync role.
                auto kicked = kickDirsync(server);
                if (!kicked)
                    return fail(kicked.error());
                if (!kicked->isEmpty())
                    notes << kicked.value();
            }
        }
        auto status = Services::status(*store.value(), server);
        if (!status)
            return fail(status.error().message());
        for (const ServiceStatus& s : status.value()) {
            if (!names.isEmpty() && !std::any_of(names.begin(), names.end(), [&](const QString& n) {
                    return n.compare(s.name, Qt::CaseInsensitive) == 0;
                }))
                continue;
            array.append(QJsonObject{{QStringLiteral("server"), server},
                                     {QStringLiteral("service"), s.name},
                                     {QStringLiteral("state"), stateName(s.state)}});
            lines << QStringLiteral("%1  %2  %3").arg(server, -8).arg(s.name, -32).arg(stateName(s.state));
        }
    }
    if (m_json)
        printJson(array);
    else
        for (const QString& l : lines + notes)
            m_out << l << Qt::endl;
    return 0;
}

Status CtlCommands::holdWork(const QStringList& works)
{
    static const QMap<QString, QString> said{
        {ServiceLock::Mail, QStringLiteral("the mail")},
        {ServiceLock::Replication, QStringLiteral("directory replication")},
        {ServiceLock::Dirsync, QStringLiteral("directory synchronization")}};
    for (const QString& work : works) {
        auto lock = std::make_unique<ServiceLock>(orgDir(), work);
        if (!lock->tryLock()) {
            if (!lock->problem().isEmpty())
                return Error(
                    ErrorCode::Storage,
                    QStringLiteral("%1 cannot be taken up here: %2").arg(said.value(work), lock->problem()));
            const QString who = lock->holderText();
            return Error(ErrorCode::Busy,
                         QStringLiteral("%1 of this organization is done by %2; stop that first, or let it "
                                        "do the work")
                             .arg(said.value(work), who));
        }
        m_locks.push_back(std::move(lock));
    }
    return {};
}

Result<QString> CtlCommands::kickDirsync(const QString& server)
{
    auto org = Organization::open(orgDir());
    if (!org)
        return org.error();
    auto kicks = DirsyncCycle::pauseKicks(org.value(), server);
    if (!kicks)
        return kicks.error();
    if (!kicks.value())
        return QString();
    if (Status s = holdWork({ServiceLock::Dirsync}); !s)
        return s.error();
    return DirsyncCycle(org.value()).kickedByPause(server);
}

int CtlCommands::runServices()
{
    if (!checkOptions({OptUntilIdle, OptMaxSeconds}) || !checkArgumentCount(0, 0))
        return 2;
    int maxSeconds = 0;
    if (!readNumber(OptMaxSeconds, 1, QStringLiteral("a number of seconds"), &maxSeconds))
        return 2;
    auto org = Organization::open(orgDir());
    if (!org)
        return fail(org.error().message());
    if (Status s = holdWork({ServiceLock::Mail, ServiceLock::Replication, ServiceLock::Dirsync}); !s)
        return fail(s.error());
    Runner runner(org.value());
    auto report =
        m_parser.isSet(OptUntilIdle) || maxSeconds > 0 ? runner.runUntilIdle(maxSeconds) : runner.runOnce();
    if (!report)
        return fail(report.error().message());
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("dispatched"), report->dispatched},
                              {QStringLiteral("carried"), report->carried},
                              {QStringLiteral("returned"), report->returned},
                              {QStringLiteral("pickedUp"), report->pickedUp},
                              {QStringLiteral("routed"), report->routed},
                              {QStringLiteral("replicated"), report->replicated},
                              {QStringLiteral("dirsync"), report->dirsync},
                              {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)}});
    else
        m_out << "Postoffices delivered or forwarded " << report->dispatched << ", External carried "
              << report->carried << ", returned as undeliverable " << report->returned
              << ", connectors picked up " << report->pickedUp << ", MTAs moved " << report->routed
              << ", replication wrote " << report->replicated << ", directory synchronization handled "
              << report->dirsync << " message(s)" << Qt::endl;
    // The rest went on; what could not be worked on is named, and the exit code says so.
    for (const QString& p : report->problems)
        m_err << "siteadminctl: " << p << Qt::endl;
    return report->problems.isEmpty() ? 0 : 1;
}

} // namespace sa::app
