#pragma once

#include "CtlCommand.h"

namespace sa::core {
class DirectoryStore;
}

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
    /// Pauses `service` on `server` (DirsyncPause): the services paused; where Directory
    /// Synchronization runs the dirsync role, none, and the cycle that starts instead runs here.
    /// What happened to Directory Synchronization goes to `notes`, a line.
    core::Result<QStringList> pause(CtlRun& run, core::DirectoryStore& store, const QString& server,
                                    const QString& service, QStringList& notes);

    QString m_verb;
};

} // namespace sa::app::ctl
