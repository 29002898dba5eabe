#pragma once

#include "CtlCommand.h"

namespace sa::app::ctl {

/// siteadminctl replication request: the Directory Replication Connector's Request Now - asks a
/// site on another machine for its changes by mail, now rather than when the interval says.
class ReplicationRequestCommand : public CtlCommand
{
public:
    ReplicationRequestCommand();

protected:
    int execute(CtlRun& run) override;
};

} // namespace sa::app::ctl
