#include "DirsyncNowCommand.h"

#include "CtlOptions.h"
#include "DirsyncText.h"
#include "core/dirsync/DirsyncRequestor.h"
#include "core/host/DirsyncCycle.h"

#include <QJsonObject>

namespace sa::app::ctl {

using namespace sa::core;

DirsyncNowCommand::DirsyncNowCommand()
    : CtlCommand(QStringLiteral("dirsync now"),
                 QStringLiteral("Synchronize Now: the server's T2 (or, as a requestor, T1) at once"))
{
    setDetails(QStringLiteral("As the Synchronize Now button does: only the directory synchronization step "
                              "of the server that runs the role; the mail it sends goes with the next run of "
                              "the services."));
    addOption({OptServer,
               QStringLiteral("Refuse unless this server runs the organization's directory synchronization."),
               QStringLiteral("SERVER")});
}

int DirsyncNowCommand::execute(CtlRun& run)
{
    auto org = run.organization();
    if (!org)
        return run.fail(org.error().message());
    DirsyncCycle cycle(org.value());
    const bool asRequestor = DirsyncCycle::isRequestorOnly(org.value());
    if (run.isSet(OptServer)) {
        // Only the server that runs the role can be kicked.
        auto path =
            asRequestor ? DirsyncCycle::requestorSite(org.value()) : DirsyncCycle::serverSite(org.value());
        auto store =
            path ? DirectoryStore::open(path.value()) : Result<std::unique_ptr<DirectoryStore>>(path.error());
        if (!store)
            return run.fail(store.error().message());
        auto role = asRequestor ? DirsyncRequestor::requestorObject(*store.value())
                                : DirsyncServer::serverObject(*store.value());
        const QString runs = role ? DirsyncServer::dxaServer(role.value()) : QString();
        if (runs.compare(run.value(OptServer), Qt::CaseInsensitive) != 0)
            return run.fail(
                QStringLiteral("%1 does not run the organization's directory synchronization (%2 does)")
                    .arg(run.value(OptServer), runs));
    }
    // T2 (or T1) now is dirsync work alone; taken once the command is known to be right.
    if (Status s = DirsyncCycle::checkNow(org.value()); !s)
        return run.fail(s.error().message());
    if (Status s = run.holdWork({ServiceLock::Dirsync}); !s)
        return run.fail(s.error());
    int sent = 0;
    auto report = cycle.now(&sent);
    if (!report)
        return run.fail(report.error().message());
    if (asRequestor) {
        if (run.json())
            run.printJson(QJsonObject{{QStringLiteral("t1"), sent}});
        else
            run.out() << "T1: an update with " << sent << " transaction(s) sent to the dirsync server"
                      << Qt::endl;
    } else if (run.json()) {
        run.printJson(t2Json(report.value()));
    } else {
        run.out() << t2Text(report.value()) << Qt::endl;
    }
    return 0;
}

} // namespace sa::app::ctl
