#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po external delete: an External instance removed.
class PoExternalDeleteCommand : public PoCommand
{
public:
    PoExternalDeleteCommand();

protected:
    int execute(PoRun& run) override;
};

} // namespace sa::app::po
