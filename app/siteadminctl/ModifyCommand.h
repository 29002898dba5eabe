#pragma once

#include "CtlCommand.h"

namespace sa::app::ctl {

/// siteadminctl modify: values of an object replaced, added or removed.
class ModifyCommand : public CtlCommand
{
public:
    ModifyCommand();

protected:
    int execute(CtlRun& run) override;
};

} // namespace sa::app::ctl
