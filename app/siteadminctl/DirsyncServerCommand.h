#pragma once

#include "CtlCommand.h"
#include "core/dirsync/DirsyncServer.h"

namespace sa::app::ctl {

/// A dirsync command that works on the organization's Directory Synchronization Server: it opens the
/// site that holds the server and hands both on (dirsync preview, history, approve-deletes, reset).
class DirsyncServerCommand : public CtlCommand
{
public:
    using CtlCommand::CtlCommand;

protected:
    int execute(CtlRun& run) final;
    virtual int executeOnServer(CtlRun& run, core::DirsyncServer& server, core::DirectoryStore& store) = 0;
};

} // namespace sa::app::ctl
