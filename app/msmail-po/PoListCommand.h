#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po list: the organization's postoffices.
class PoListCommand : public PoCommand
{
public:
    PoListCommand();

protected:
    int execute(PoRun& run) override;
};

} // namespace sa::app::po
