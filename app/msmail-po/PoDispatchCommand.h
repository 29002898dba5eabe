#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po dispatch: what is queued at the postoffice delivered and forwarded.
class PoDispatchCommand : public PoCommand
{
public:
    PoDispatchCommand();

protected:
    int execute(PoRun& run) override;
};

} // namespace sa::app::po
