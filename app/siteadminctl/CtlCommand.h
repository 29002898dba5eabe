#pragma once

#include "CtlRun.h"
#include "app/common/Command.h"

namespace sa::app::ctl {

/// A command of siteadminctl: runs on the organization of --org (or its own default folder) and
/// ends by naming the sites it could not open.
class CtlCommand : public Command
{
public:
    using Command::Command;
    int run(CommandRun& run) final;

protected:
    virtual int execute(CtlRun& run) = 0;
    /// The organization folder when --org is not given.
    virtual QString defaultOrganization() const;
};

} // namespace sa::app::ctl
