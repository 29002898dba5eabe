#pragma once

#include "CtlCommand.h"

namespace sa::app::ctl {

/// siteadminctl export: Directory Export to a CSV file.
class ExportCommand : public CtlCommand
{
public:
    ExportCommand();

protected:
    int execute(CtlRun& run) override;
};

} // namespace sa::app::ctl
