#pragma once

#include "FileIdentity.h"
#include "SqliteConnection.h"

#include <memory>
#include <optional>

namespace sa::core {

/// The connections a thread keeps open while a SqliteConnection::KeepOpen lives on it, by the path of
/// their file: SqliteConnection puts a connection here when it ends and takes it back at the next
/// open of the same file, so that a cycle opens, checks and sets up each database once (issue 18).
/// Like the connections themselves, the pool is the thread's own.
class KeptConnections
{
public:
    /// A connection kept: its Qt connection name, the kind of file (application id), the file as it
    /// was when it was kept, and what it prepared and learnt.
    struct Kept
    {
        QString name;
        quint32 applicationId = 0;
        FileIdentity file;
        std::shared_ptr<SqliteConnection::Held> held;
    };

    /// A KeepOpen begins; its end (leave) closes every connection kept when it was the outermost.
    static void enter();
    static void leave();
    /// Whether a KeepOpen lives on this thread.
    static bool keeping();
    static void keep(const QString& path, Kept kept);

    /// A kept connection of `applicationId` to the file at `path`, out of the pool, and whether that
    /// file is untouched since (with `untouchedOnly`, only such a one). One to a file replaced or
    /// removed since is closed on the way.
    struct Taken
    {
        Kept kept;
        bool untouched = false;
    };
    static std::optional<Taken> take(const QString& path, quint32 applicationId, bool untouchedOnly);
    /// Closes the connections kept on `path`.
    static void close(const QString& path);
    /// Closes the Qt connection `name`, finalizing first the statements `held` (if any) kept on it.
    static void closeConnection(const QString& name, SqliteConnection::Held* held);
};

} // namespace sa::core
