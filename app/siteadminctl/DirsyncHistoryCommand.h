#pragma once

#include "DirsyncServerCommand.h"

namespace sa::app::ctl {

/// siteadminctl dirsync history: the newest dirsync runs, step by step.
class DirsyncHistoryCommand : public DirsyncServerCommand
{
public:
    DirsyncHistoryCommand();

protected:
    int executeOnServer(CtlRun& run, core::DirsyncServer& server, core::DirectoryStore& store) override;
};

} // namespace sa::app::ctl
