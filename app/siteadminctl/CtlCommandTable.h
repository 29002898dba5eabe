#pragma once

#include "app/common/CommandTable.h"

namespace sa::app::ctl {

/// Every command of siteadminctl, in the order --help lists them.
class CtlCommandTable : public CommandTable
{
public:
    CtlCommandTable();
};

} // namespace sa::app::ctl
