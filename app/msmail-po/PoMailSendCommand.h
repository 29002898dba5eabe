#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po mail send: a message from one of the postoffice's users, queued for delivery.
class PoMailSendCommand : public PoCommand
{
public:
    PoMailSendCommand();

protected:
    int execute(PoRun& run) override;
};

} // namespace sa::app::po
