#include "DirsyncServerCommand.h"

#include "core/host/DirsyncCycle.h"

namespace sa::app::ctl {

using namespace sa::core;

int DirsyncServerCommand::execute(CtlRun& run)
{
    auto org = run.organization();
    if (!org)
        return run.fail(org.error().message());
    auto site = DirsyncCycle::serverSite(org.value());
    if (!site)
        return run.fail(site.error().message());
    auto store = DirectoryStore::open(site.value());
    if (!store)
        return run.fail(store.error().message());
    DirsyncServer server(*store.value());
    return executeOnServer(run, server, *store.value());
}

} // namespace sa::app::ctl
