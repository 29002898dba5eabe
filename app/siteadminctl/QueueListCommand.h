#pragma once

#include "CtlCommand.h"

namespace sa::app::ctl {

/// siteadminctl queue list: what the sites' Message Transfer Agents hold, as View > Queues shows it.
class QueueListCommand : public CtlCommand
{
public:
    QueueListCommand();

protected:
    int execute(CtlRun& run) override;
};

} // namespace sa::app::ctl
