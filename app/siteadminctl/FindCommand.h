#pragma once

#include "CtlCommand.h"

namespace sa::app::ctl {

/// siteadminctl find: recipients by attribute values, as Find Recipients does.
class FindCommand : public CtlCommand
{
public:
    FindCommand();

protected:
    int execute(CtlRun& run) override;
};

} // namespace sa::app::ctl
