#pragma once

#include "CtlCommand.h"

namespace sa::app::ctl {

/// siteadminctl demo: the NORTHWIND demo organization at one of the stages of Q152167.
class DemoCommand : public CtlCommand
{
public:
    DemoCommand();

protected:
    int execute(CtlRun& run) override;
    QString defaultOrganization() const override;
};

} // namespace sa::app::ctl
