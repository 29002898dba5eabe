#pragma once

#include "core/common/Error.h"
#include "core/common/Phrase.h"

#include <QString>
#include <QStringList>

namespace sa::core {

class DirectoryStore;
class Organization;

/// Pausing Directory Synchronization on a server, as the original did from 5.0 on (Q146738): on the
/// server that runs the organization's dirsync role (DirsyncCycle::pauseKicks) the service is not
/// paused but starts a synchronization cycle at once and keeps running; the original's pause "failed"
/// there with error 2140, and that was the expected result. Anywhere else a pause is a pause, and
/// scheduled cycles wait until Continue. The one rule for the window and siteadminctl (issue 20:
/// the service was paused on the dirsync server too, so its scheduled cycles stopped until Continue,
/// and the synchronization it started recorded nothing when no message had come).
class DirsyncPause
{
public:
    struct Outcome
    {
        bool startsCycle = false; ///< the service keeps running; the caller starts a cycle now
        QStringList paused;       ///< the services paused (empty when it starts a cycle)
    };
    /// Pauses `service` on `server`, or, for Directory Synchronization where it runs the
    /// organization's dirsync role, leaves it running and says that a cycle is to start.
    static Result<Outcome> pause(const Organization& organization, DirectoryStore& store,
                                 const QString& server, const QString& service);
    /// What the administrator is told when the pause started a cycle.
    static Phrase startedCycle(const QString& server);
    /// ... and when Directory Synchronization was paused where no dirsync role runs.
    static Phrase pausedOnly(const QString& server);
};

} // namespace sa::core
