#pragma once

#include "CtlCommand.h"

namespace sa::app::ctl {

/// siteadminctl dirsync cycle: a whole cycle, T1 at the requestors, T2 at the server, T3 back, with the mail
/// and replication it needs.
class DirsyncCycleCommand : public CtlCommand
{
public:
    DirsyncCycleCommand();

protected:
    int execute(CtlRun& run) override;
};

} // namespace sa::app::ctl
