#include "ServicesCommand.h"

#include "CtlOptions.h"
#include "core/host/DirsyncCycle.h"
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
            "starts a cycle there: T2 as the dirsync server, T1 as a requestor (Q146738)."));
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
                changed = Services::pause(*store.value(), server, name);
            else if (m_verb == QLatin1String("continue"))
                changed = Services::resume(*store.value(), server, name);
            else if (auto known = Services::state(*store.value(), server, name); !known)
                changed = known.error();
            if (!changed)
                return run.fail(changed.error().message());
            if (m_verb == QLatin1String("pause") &&
                name.compare(Services::DirectorySynchronization, Qt::CaseInsensitive) == 0) {
                auto kicked = kickDirsync(run, server);
                if (!kicked)
                    return run.fail(kicked.error());
                if (!kicked->isEmpty())
                    notes << kicked.value();
            }
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

Result<QString> ServicesCommand::kickDirsync(CtlRun& run, const QString& server)
{
    // Pausing kicks a cycle (Q146738; built in from 5.0) when this server runs the organization's
    // dirsync role: the rule is DirsyncCycle's, shared with the window's worker.
    auto org = run.organization();
    if (!org)
        return org.error();
    auto kicks = DirsyncCycle::pauseKicks(org.value(), server);
    if (!kicks)
        return kicks.error();
    if (!kicks.value())
        return QString();
    if (Status s = run.holdWork({ServiceLock::Dirsync}); !s)
        return s.error();
    return DirsyncCycle(org.value()).kickedByPause(server);
}

} // namespace sa::app::ctl
