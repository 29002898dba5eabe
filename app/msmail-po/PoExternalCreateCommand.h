#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po external create: an MS Mail External instance carrying mail between postoffices.
class PoExternalCreateCommand : public PoCommand
{
public:
    PoExternalCreateCommand();

protected:
    int execute(PoRun& run) override;
};

} // namespace sa::app::po
