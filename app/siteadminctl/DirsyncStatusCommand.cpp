#include "DirsyncStatusCommand.h"

#include "DirsyncText.h"
#include "core/host/DirsyncCycle.h"

namespace sa::app::ctl {

using namespace sa::core;

DirsyncStatusCommand::DirsyncStatusCommand()
    : CtlCommand(QStringLiteral("dirsync status"),
                 QStringLiteral("Each partner's sync numbers and last result"))
{
    setDetails(QStringLiteral(
        "As the Synchronization Status panel shows them: for each requestor (or, on a requestor site, the "
        "server) the numbers Req, Svr, Conf and Imp, the transactions waiting, the last message each way, "
        "the last result, whether it is late, and the entries set aside."));
}

int DirsyncStatusCommand::execute(CtlRun& run)
{
    auto org = run.organization();
    if (!org)
        return run.fail(org.error().message());
    const bool asRequestor = DirsyncCycle::isRequestorOnly(org.value());
    auto site =
        asRequestor ? DirsyncCycle::requestorSite(org.value()) : DirsyncCycle::serverSite(org.value());
    if (!site)
        return run.fail(site.error().message());
    auto store = DirectoryStore::open(site.value());
    if (!store)
        return run.fail(store.error().message());
    auto status = DirsyncCycle::partnerStatus(*store.value());
    if (!status)
        return run.fail(status.error().message());
    return printPartnerStatus(run, status.value());
}

} // namespace sa::app::ctl
