#pragma once

#include "CtlCommand.h"

namespace sa::app::ctl {

/// siteadminctl replication status: for each site of the folder, the sites it replicates with by
/// mail (another machine, over the Internet Mail Service) and whether they answer.
class ReplicationStatusCommand : public CtlCommand
{
public:
    ReplicationStatusCommand();

protected:
    int execute(CtlRun& run) override;
};

} // namespace sa::app::ctl
