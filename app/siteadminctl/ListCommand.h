#pragma once

#include "CtlCommand.h"

namespace sa::app::ctl {

/// siteadminctl list: the objects below a DN, or of a class.
class ListCommand : public CtlCommand
{
public:
    ListCommand();

protected:
    int execute(CtlRun& run) override;
};

} // namespace sa::app::ctl
