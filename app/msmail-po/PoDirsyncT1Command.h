#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po dirsync t1: the requestor's T1 - its changes and requests sent to the server.
class PoDirsyncT1Command : public PoCommand
{
public:
    PoDirsyncT1Command();

protected:
    int execute(PoRun& run) override;
};

} // namespace sa::app::po
