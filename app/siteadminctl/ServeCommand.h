#pragma once

#include "CtlCommand.h"

namespace sa::app::ctl {

/// siteadminctl serve: the background worker without a window, until SIGTERM or SIGINT.
class ServeCommand : public CtlCommand
{
public:
    ServeCommand();

protected:
    int execute(CtlRun& run) override;
};

} // namespace sa::app::ctl
