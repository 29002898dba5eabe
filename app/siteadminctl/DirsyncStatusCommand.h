#pragma once

#include "CtlCommand.h"

namespace sa::app::ctl {

/// siteadminctl dirsync status: each requestor's sync numbers and last result, as the Synchronization Status
/// panel shows them.
class DirsyncStatusCommand : public CtlCommand
{
public:
    DirsyncStatusCommand();

protected:
    int execute(CtlRun& run) override;
};

} // namespace sa::app::ctl
