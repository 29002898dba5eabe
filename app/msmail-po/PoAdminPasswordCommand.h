#pragma once

#include "PoCommand.h"

namespace sa::app::po {

/// msmail-po admin-password: changes a postoffice's administrator password, after the current one
/// (when it has one) is given right. The new one is held to the product's minimum and kept only as a
/// hash (PostofficeAdmin).
class PoAdminPasswordCommand : public PoCommand
{
public:
    PoAdminPasswordCommand();

protected:
    int execute(PoRun& run) override;
};

} // namespace sa::app::po
