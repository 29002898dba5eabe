#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po mail send-batch: many messages from the postoffice's users, read from a file (one JSON
/// object per line) and queued together in one transaction - all of them, or none.
class PoMailSendBatchCommand : public PoCommand
{
public:
    PoMailSendBatchCommand();

protected:
    int execute(PoRun& run) override;
};

} // namespace sa::app::po
