#pragma once

#include "CtlCommand.h"

namespace sa::app::ctl {

/// siteadminctl schema: the classes and attributes of the directory.
class SchemaCommand : public CtlCommand
{
public:
    SchemaCommand();

protected:
    int execute(CtlRun& run) override;
};

} // namespace sa::app::ctl
