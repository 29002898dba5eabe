#pragma once

#include "CtlCommand.h"

namespace sa::app::ctl {

/// siteadminctl events: the event log of every site, newest first.
class EventsCommand : public CtlCommand
{
public:
    EventsCommand();

protected:
    int execute(CtlRun& run) override;
};

} // namespace sa::app::ctl
