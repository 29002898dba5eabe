#pragma once

#include "CtlCommand.h"

namespace sa::app::ctl {

/// siteadminctl delete: an object removed (a tombstone is left for replication).
class DeleteCommand : public CtlCommand
{
public:
    DeleteCommand();

protected:
    int execute(CtlRun& run) override;
};

} // namespace sa::app::ctl
