#pragma once

#include "CtlCommand.h"

namespace sa::app::ctl {

/// siteadminctl import: Directory Import of a CSV file.
class ImportCommand : public CtlCommand
{
public:
    ImportCommand();

protected:
    int execute(CtlRun& run) override;
};

} // namespace sa::app::ctl
