#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po mail read: one message of a user's mailbox, whole (it is marked read).
class PoMailReadCommand : public PoCommand
{
public:
    PoMailReadCommand();

protected:
    int execute(PoRun& run) override;
};

} // namespace sa::app::po
