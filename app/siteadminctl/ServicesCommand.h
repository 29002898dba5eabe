#pragma once

#include "CtlCommand.h"

namespace sa::app::ctl {

/// siteadminctl services status, start, stop, pause and continue: the servers' services, as Tools > Services
/// shows and changes them.
class ServicesCommand : public CtlCommand
{
public:
    explicit ServicesCommand(const QString& verb);

protected:
    int execute(CtlRun& run) override;

private:
    /// After Directory Synchronization on `server` was paused: the cycle that kicks, if `server` runs
    /// the organization's dirsync role; what it did, in a line (empty when nothing ran).
    core::Result<QString> kickDirsync(CtlRun& run, const QString& server);

    QString m_verb;
};

} // namespace sa::app::ctl
