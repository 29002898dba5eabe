#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po dirsync requestor: the postoffice made a dirsync requestor of a dirsync server.
class PoDirsyncRequestorCommand : public PoCommand
{
public:
    PoDirsyncRequestorCommand();

protected:
    int execute(PoRun& run) override;
};

} // namespace sa::app::po
