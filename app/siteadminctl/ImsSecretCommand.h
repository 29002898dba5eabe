#pragma once

#include "CtlCommand.h"

namespace sa::app::ctl {

/// siteadminctl ims secret: sets the secret a site shares with a connected site (both sides set the
/// same), read from a file or standard input, never from the command line.
class ImsSecretCommand : public CtlCommand
{
public:
    ImsSecretCommand();

protected:
    int execute(CtlRun& run) override;
};

} // namespace sa::app::ctl
