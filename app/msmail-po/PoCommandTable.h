#pragma once

#include "app/common/CommandTable.h"

namespace sa::app::po {

/// Every command of msmail-po, in the order --help lists them.
class PoCommandTable : public CommandTable
{
public:
    PoCommandTable();
};

} // namespace sa::app::po
