#pragma once

#include "CtlCommand.h"

namespace sa::app::ctl {

/// siteadminctl audit: who changed what in the directory (AuditTrail), newest first, from every site.
class AuditCommand : public CtlCommand
{
public:
    AuditCommand();

protected:
    int execute(CtlRun& run) override;
};

} // namespace sa::app::ctl
