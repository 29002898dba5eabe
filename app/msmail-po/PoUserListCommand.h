#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po user list: a postoffice's users with their template fields.
class PoUserListCommand : public PoCommand
{
public:
    PoUserListCommand();

protected:
    int execute(PoRun& run) override;
};

} // namespace sa::app::po
