#pragma once

#include "core/common/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sa::core {

class DirectoryStore;

/// The state of a server's service, kept in its site's database.
enum class ServiceState
{
    Stopped,
    Running,
    Paused
};
QString stateName(ServiceState state);

struct ServiceStatus
{
    QString server;
    QString name;
    ServiceState state = ServiceState::Stopped;
    QStringList dependsOn;
};

/// The services of a site's servers (reference §4): System Attendant; Directory (needs the System
/// Attendant); Message Transfer Agent (needs the Directory); MS Mail Connector Interchange (needs
/// the Directory) and its PC MTAs (named on Connector MTAs; need the Interchange); Directory
/// Synchronization (needs the MTA); Internet Mail Service (needs the MTA) where the server has one. Starting
/// a service starts what it needs first, as the Windows NT service manager did; stopping one that others need
/// is refused and names them; pause and continue apply to running and paused services.
class Services
{
public:
    static const QString SystemAttendant;
    static const QString Directory;
    static const QString Mta;
    static const QString MsMailInterchange;
    static const QString DirectorySynchronization;
    /// Exchange's MSExchangeIMC: on a server with an Internet Mail Service object; needs the MTA.
    static const QString InternetMail;

    /// Every service of `server` with its state (a server without an MS Mail Connector has no
    /// Interchange or PC MTAs).
    static Result<QList<ServiceStatus>> status(DirectoryStore& store, const QString& server);
    static Result<ServiceState> state(DirectoryStore& store, const QString& server, const QString& service);
    static bool isRunning(DirectoryStore& store, const QString& server, const QString& service);

    /// The services the command changed, in the order it changed them.
    static Result<QStringList> start(DirectoryStore& store, const QString& server, const QString& service);
    static Result<QStringList> stop(DirectoryStore& store, const QString& server, const QString& service);
    /// The services of `server` that are not stopped and need `service`, directly or through
    /// another, in the order they must stop (the furthest first).
    static Result<QStringList> dependents(DirectoryStore& store, const QString& server,
                                          const QString& service);
    /// Stops those dependents, then `service` (what the Services window does once the
    /// administrator agreed to stop them too).
    static Result<QStringList> stopWithDependents(DirectoryStore& store, const QString& server,
                                                  const QString& service);
    /// Stops `service` and its dependents, then starts it and the dependents that were not stopped
    /// before.
    static Result<QStringList> restart(DirectoryStore& store, const QString& server, const QString& service);
    static Result<QStringList> pause(DirectoryStore& store, const QString& server, const QString& service);
    static Result<QStringList> resume(DirectoryStore& store, const QString& server, const QString& service);
    /// Sets a state as it is, without dependencies (builders and the demo).
    static Status set(DirectoryStore& store, const QString& server, const QString& service,
                      ServiceState state);
};

} // namespace sa::core
