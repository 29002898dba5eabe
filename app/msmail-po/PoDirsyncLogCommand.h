#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po dirsync log: the requestor's dirsync log.
class PoDirsyncLogCommand : public PoCommand
{
public:
    PoDirsyncLogCommand();

protected:
    int execute(PoRun& run) override;
};

} // namespace sa::app::po
