#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po dirsync t3: the requestor's T3 - the server's replies applied to its address list.
class PoDirsyncT3Command : public PoCommand
{
public:
    PoDirsyncT3Command();

protected:
    int execute(PoRun& run) override;
};

} // namespace sa::app::po
