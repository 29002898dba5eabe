#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po external log: an External instance's session log.
class PoExternalLogCommand : public PoCommand
{
public:
    PoExternalLogCommand();

protected:
    int execute(PoRun& run) override;
};

} // namespace sa::app::po
