#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po mail list: the messages in a user's mailbox.
class PoMailListCommand : public PoCommand
{
public:
    PoMailListCommand();

protected:
    int execute(PoRun& run) override;
};

} // namespace sa::app::po
