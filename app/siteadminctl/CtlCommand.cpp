#include "CtlCommand.h"

namespace sa::app::ctl {

int CtlCommand::run(CommandRun& run)
{
    CtlRun ctl(run, defaultOrganization());
    return ctl.finish(execute(ctl));
}

QString CtlCommand::defaultOrganization() const
{
    return core::Organization::defaultPath();
}

} // namespace sa::app::ctl
