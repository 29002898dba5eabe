#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po external queue: what waits for an External between its postoffices.
class PoExternalQueueCommand : public PoCommand
{
public:
    PoExternalQueueCommand();

protected:
    int execute(PoRun& run) override;
};

} // namespace sa::app::po
