#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po dirsync register: a requestor registered with the postoffice that is the dirsync server.
class PoDirsyncRegisterCommand : public PoCommand
{
public:
    PoDirsyncRegisterCommand();

protected:
    int execute(PoRun& run) override;
};

} // namespace sa::app::po
