#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po dirsync t2: the dirsync server's T2 - its requestors' updates received and answered.
class PoDirsyncT2Command : public PoCommand
{
public:
    PoDirsyncT2Command();

protected:
    int execute(PoRun& run) override;
};

} // namespace sa::app::po
