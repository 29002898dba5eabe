#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po log: the postoffice's system log, the mail it returned or dropped.
class PoLogCommand : public PoCommand
{
public:
    PoLogCommand();

protected:
    int execute(PoRun& run) override;
};

} // namespace sa::app::po
