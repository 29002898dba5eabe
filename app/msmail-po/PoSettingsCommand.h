#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po settings: how long a postoffice's outbound mail may wait for its next hop.
class PoSettingsCommand : public PoCommand
{
public:
    PoSettingsCommand();

protected:
    int execute(PoRun& run) override;
};

} // namespace sa::app::po
