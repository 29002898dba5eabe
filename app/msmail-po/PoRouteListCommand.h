#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po route list: how a postoffice reaches the others.
class PoRouteListCommand : public PoCommand
{
public:
    PoRouteListCommand();

protected:
    int execute(PoRun& run) override;
};

} // namespace sa::app::po
