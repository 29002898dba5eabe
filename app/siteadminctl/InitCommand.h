#pragma once

#include "CtlCommand.h"

namespace sa::app::ctl {

/// siteadminctl init: a new organization with its first site and server.
class InitCommand : public CtlCommand
{
public:
    InitCommand();

protected:
    int execute(CtlRun& run) override;
};

} // namespace sa::app::ctl
