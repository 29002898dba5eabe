#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po create: a new postoffice in the organization folder.
class PoCreateCommand : public PoCommand
{
public:
    PoCreateCommand();

protected:
    int execute(PoRun& run) override;
};

} // namespace sa::app::po
