#pragma once

#include "SqliteConnection.h"

#include <QList>
#include <functional>

namespace sa::core {

/// One step of a database's schema history: brings PRAGMA user_version from `version - 1` to `version`.
struct MigrationStep
{
    int version;
    QString description;
    std::function<Status(SqliteConnection&)> apply;
};

/// Applies the steps above the file's PRAGMA user_version one at a time, each in its own transaction
/// together with the new user_version, so a crash leaves the file at a whole version. A file from a
/// newer program (user_version above the last step) is refused, never touched.
class Migrator
{
public:
    static Status migrate(SqliteConnection& connection, const QList<MigrationStep>& steps,
                          const QString& what);
    static int userVersion(const SqliteConnection& connection);
    /// Runs `statements` in order, stopping at the first that fails: the body of most steps.
    static Status execAll(SqliteConnection& connection, const QStringList& statements);
    /// Creates the database file `path` (which must not exist yet) of kind `applicationId`, brings
    /// it to the last of `steps` and fills it with `fill` in one transaction. On any failure the
    /// file and its -wal and -shm are removed again: nothing half-made is left to be opened.
    static Status createFile(const QString& path, quint32 applicationId, const QString& what,
                             const QList<MigrationStep>& steps,
                             const std::function<Status(SqliteConnection&)>& fill);
};

} // namespace sa::core
