#pragma once

#include "CtlCommand.h"

namespace sa::app::ctl {

/// siteadminctl create: a new object, its names made as New Mailbox makes them.
class CreateCommand : public CtlCommand
{
public:
    CreateCommand();

protected:
    int execute(CtlRun& run) override;
};

} // namespace sa::app::ctl
