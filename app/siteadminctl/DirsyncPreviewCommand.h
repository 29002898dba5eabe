#pragma once

#include "DirsyncServerCommand.h"

namespace sa::app::ctl {

/// siteadminctl dirsync preview: what the next T2 would take from each requestor and send to it.
class DirsyncPreviewCommand : public DirsyncServerCommand
{
public:
    DirsyncPreviewCommand();

protected:
    int executeOnServer(CtlRun& run, core::DirsyncServer& server, core::DirectoryStore& store) override;
};

} // namespace sa::app::ctl
