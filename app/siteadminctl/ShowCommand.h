#pragma once

#include "CtlCommand.h"

namespace sa::app::ctl {

/// siteadminctl show: every attribute of one object.
class ShowCommand : public CtlCommand
{
public:
    ShowCommand();

protected:
    int execute(CtlRun& run) override;
};

} // namespace sa::app::ctl
