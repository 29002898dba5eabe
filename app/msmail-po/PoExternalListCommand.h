#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po external list: the External instances, their postoffices and what waits for them.
class PoExternalListCommand : public PoCommand
{
public:
    PoExternalListCommand();

protected:
    int execute(PoRun& run) override;
};

} // namespace sa::app::po
