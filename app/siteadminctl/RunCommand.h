#pragma once

#include "CtlCommand.h"

namespace sa::app::ctl {

/// siteadminctl run: the organization's pending work done once, or until none is left.
class RunCommand : public CtlCommand
{
public:
    RunCommand();

protected:
    int execute(CtlRun& run) override;
};

} // namespace sa::app::ctl
