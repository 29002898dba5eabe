#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po gal: the address list the postoffice's users see, its own users and what directory
/// synchronization brought.
class PoGalCommand : public PoCommand
{
public:
    PoGalCommand();

protected:
    int execute(PoRun& run) override;
};

} // namespace sa::app::po
