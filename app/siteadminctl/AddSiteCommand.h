#pragma once

#include "CtlCommand.h"

namespace sa::app::ctl {

/// siteadminctl add-site: a site with its own database, in the organization.
class AddSiteCommand : public CtlCommand
{
public:
    AddSiteCommand();

protected:
    int execute(CtlRun& run) override;
};

} // namespace sa::app::ctl
