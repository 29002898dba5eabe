#pragma once

#include "DirsyncServerCommand.h"

namespace sa::app::ctl {

/// siteadminctl dirsync reset: a requestor's sync numbers set to 0, so that its next exchange with the server
/// is whole.
class DirsyncResetCommand : public DirsyncServerCommand
{
public:
    DirsyncResetCommand();

protected:
    int executeOnServer(CtlRun& run, core::DirsyncServer& server, core::DirectoryStore& store) override;
};

} // namespace sa::app::ctl
