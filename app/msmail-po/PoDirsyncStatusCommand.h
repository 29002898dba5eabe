#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po dirsync status: a requestor's sync numbers and last cycle, or a server's requestors.
class PoDirsyncStatusCommand : public PoCommand
{
public:
    PoDirsyncStatusCommand();

protected:
    int execute(PoRun& run) override;
};

} // namespace sa::app::po
