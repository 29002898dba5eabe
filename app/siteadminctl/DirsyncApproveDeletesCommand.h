#pragma once

#include "DirsyncServerCommand.h"

namespace sa::app::ctl {

/// siteadminctl dirsync approve-deletes: the deletes held back from a requestor past its threshold let go
/// with the next reply.
class DirsyncApproveDeletesCommand : public DirsyncServerCommand
{
public:
    DirsyncApproveDeletesCommand();

protected:
    int executeOnServer(CtlRun& run, core::DirsyncServer& server, core::DirectoryStore& store) override;
};

} // namespace sa::app::ctl
