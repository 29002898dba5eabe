#pragma once

#include "CtlCommand.h"

namespace sa::app::ctl {

/// siteadminctl add-server: a server joins a site of the organization (its services as Setup left them).
class AddServerCommand : public CtlCommand
{
public:
    AddServerCommand();

protected:
    int execute(CtlRun& run) override;
};

} // namespace sa::app::ctl
