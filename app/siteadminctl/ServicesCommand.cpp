#include "ServicesCommand.h"

#include "CtlOptions.h"
#include "core/directory/DirectoryStore.h"
#include "core/host/DirsyncCycle.h"
#include "core/host/DirsyncPause.h"
#include "core/services/Services.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace sa::app::ctl {

using namespace sa::core;

namespace {

QString summaryOf(const QString& verb)
{
    if (verb == QLatin1String("start"))
        return QStringLiteral("Start services, and first the services they need");
    if (verb == QLatin1String("stop"))
        return QStringLiteral("Stop services (refused while a running service needs one)");
    if (verb == QLatin1String("pause"))
        return QStringLiteral("Pause services; pausing Directory Synchronization runs a cycle");
    if (verb == QLatin1String("continue"))
        return QStringLiteral("Continue paused services");
    return QStringLiteral("The state of the servers' services");
}

} // namespace

ServicesCommand::ServicesCommand(const QString& verb)
    : CtlCommand(QStringLiteral("services ") + verb, summaryOf(verb)), m_verb(verb)
{
    if (verb == QLatin1String("pause"))
        setDetails(QStringLiteral(
            "Pausing Directory Synchronization on the server that runs the organization's dirsync role "
            "does not pause it: as in the original, a synchronization cycle starts at once and the "
            "service keeps running. On any other server a pause is a pause."));
    const bool status = verb == QLatin1String("status");
    addArgument({QStringLiteral("SERVICE"),
                 status ? QStringLiteral("Only these services (\"Directory Synchronization\", ...).")
                        : QStringLiteral("A service (\"Directory Synchronization\", ...)."),
                 status ? CommandArgument::Count::Many : CommandArgument::Count::OneOrMore});
    addOption({OptServer,
               status ? QStringLiteral("Only this server's services.")
                      : QStringLiteral("The server (needed when the organization has more than one)."),
               QStringLiteral("SERVER")});
}

int ServicesCommand::execute(CtlRun& run)
{
    const QStringList names = run.args();
    auto sites = run.readableSites();
    if (!sites)
        return run.fail(sites.error().message());
    QList<std::pair<SiteInfo, QString>> servers;
    for (const SiteInfo& s : sites.value()) {
        for (const QString& server : s.servers) {
            if (!run.isSet(OptServer) || server.compare(run.value(OptServer), Qt::CaseInsensitive) == 0)
                servers.append({s, server});
        }
    }
    if (servers.isEmpty())
        return run.fail((!run.anyUnreadable()
                             ? QStringLiteral("the organization has no server named %1")
                             : QStringLiteral("no server named %1 in the sites that can be opened"))
                            .arg(run.value(OptServer)));
    if (m_verb != QLatin1String("status") && servers.size() > 1)
        return run.usage(QStringLiteral("services %1 needs --server (the organization has %2 servers)")
                             .arg(m_verb)
                             .arg(servers.size()));
    QJsonArray array;
    QStringList lines;
    QStringList notes;
    for (const auto& [site, server] : servers) {
        auto store = DirectoryStore::open(site.path);
        if (!store)
            return run.fail(store.error().message());
        for (const QString& name : names) {
            Result<QStringList> changed = QStringList();
            if (m_verb == QLatin1String("start"))
                changed = Services::start(*store.value(), server, name);
            else if (m_verb == QLatin1String("stop"))
                changed = Services::stop(*store.value(), server, name);
            else if (m_verb == QLatin1String("pause"))
                changed = pause(run, *store.value(), server, name, notes);
            else if (m_verb == QLatin1String("continue"))
                changed = Services::resume(*store.value(), server, name);
            else if (auto known = Services::state(*store.value(), server, name); !known)
                changed = known.error();
            if (!changed)
                return run.fail(changed.error().message());
        }
        auto status = Services::status(*store.value(), server);
        if (!status)
            return run.fail(status.error().message());
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
    if (run.json())
        run.printJson(array);
    else
        for (const QString& l : lines + notes)
            run.out() << l << Qt::endl;
    return 0;
}

Result<QStringList> ServicesCommand::pause(CtlRun& run, DirectoryStore& store, const QString& server,
                                           const QString& service, QStringList& notes)
{
    // On the server that runs the organization's dirsync role, Directory Synchronization keeps
    // running and a cycle starts instead (DirsyncPause, the window's rule too).
    auto org = run.organization();
    if (!org)
        return org.error();
    auto outcome = DirsyncPause::pause(org.value(), store, server, service);
    if (!outcome)
        return outcome.error();
    if (!outcome->startsCycle) {
        if (service.compare(Services::DirectorySynchronization, Qt::CaseInsensitive) == 0)
            notes << DirsyncPause::pausedOnly(server).english();
        return outcome->paused;
    }
    if (Status s = run.holdWork({ServiceLock::Dirsync}); !s)
        return s.error();
    auto kicked = DirsyncCycle(org.value()).kickedByPause(server);
    if (!kicked)
        return kicked.error();
    notes << kicked.value();
    return QStringList();
}

} // namespace sa::app::ctl
