#include "DirsyncPause.h"

#include "DirsyncCycle.h"
#include "core/services/Services.h"

namespace sa::core {

Result<DirsyncPause::Outcome> DirsyncPause::pause(const Organization& organization, DirectoryStore& store,
                                                  const QString& server, const QString& service)
{
    Outcome out;
    if (service.compare(Services::DirectorySynchronization, Qt::CaseInsensitive) == 0) {
        auto state = Services::state(store, server, Services::DirectorySynchronization);
        if (!state)
            return state.error();
        auto kicks = DirsyncCycle::pauseKicks(organization, server);
        if (!kicks)
            return kicks.error();
        if (kicks.value() && state.value() == ServiceState::Running) {
            out.startsCycle = true;
            return out;
        }
    }
    auto paused = Services::pause(store, server, service);
    if (!paused)
        return paused.error();
    out.paused = paused.value();
    return out;
}

Phrase DirsyncPause::startedCycle(const QString& server)
{
    return Phrase::tr("Directory Synchronization on %1 keeps running: %1 runs the organization's "
                      "directory synchronization, so, as in the original, pausing it starts a "
                      "synchronization cycle now instead (the original's pause \"failed\" with error "
                      "2140, as expected)")
        .arg(server);
}

Phrase DirsyncPause::pausedOnly(const QString& server)
{
    return Phrase::tr("Directory Synchronization on %1 is paused: %1 runs neither the organization's "
                      "dirsync server nor its requestor, so no synchronization starts; Continue "
                      "resumes it")
        .arg(server);
}

} // namespace sa::core
