#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po queue list: what waits at a postoffice, to deliver here (in) or for the next hop (out), and why.
class PoQueueListCommand : public PoCommand
{
public:
    PoQueueListCommand();

protected:
    int execute(PoRun& run) override;
};

} // namespace sa::app::po
