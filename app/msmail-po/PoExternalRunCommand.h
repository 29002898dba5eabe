#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po external run: what waits between an External's postoffices carried now.
class PoExternalRunCommand : public PoCommand
{
public:
    PoExternalRunCommand();

protected:
    int execute(PoRun& run) override;
};

} // namespace sa::app::po
