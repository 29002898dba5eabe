#pragma once

#include "CtlCommand.h"

namespace sa::app::ctl {

/// siteadminctl dirsync now: Synchronize Now - the server's T2 (or the requestor's T1) at once.
class DirsyncNowCommand : public CtlCommand
{
public:
    DirsyncNowCommand();

protected:
    int execute(CtlRun& run) override;
};

} // namespace sa::app::ctl
