#pragma once

#include "CtlCommand.h"

namespace sa::app::ctl {

/// siteadminctl queue settings: how long a site's MTA lets a message wait for an unavailable next hop.
class QueueSettingsCommand : public CtlCommand
{
public:
    QueueSettingsCommand();

protected:
    int execute(CtlRun& run) override;
};

} // namespace sa::app::ctl
