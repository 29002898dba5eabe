#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po dirsync server: the postoffice made the dirsync server of its network.
class PoDirsyncServerCommand : public PoCommand
{
public:
    PoDirsyncServerCommand();

protected:
    int execute(PoRun& run) override;
};

} // namespace sa::app::po
