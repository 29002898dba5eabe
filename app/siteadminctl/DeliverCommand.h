#pragma once

#include "CtlCommand.h"

namespace sa::app::ctl {

/// siteadminctl deliver: the Internet Mail Service's inbound side, run by the MTA (Postfix's pipe
/// transport) with one message on standard input; answers in sysexits codes.
class DeliverCommand : public CtlCommand
{
public:
    DeliverCommand();

protected:
    int execute(CtlRun& run) override;
};

} // namespace sa::app::ctl
