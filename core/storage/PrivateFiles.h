#pragma once

#include <QString>
#include <QStringList>

namespace sa::core {

/// The organization's files are for their owner alone, whatever the umask (issue 19): any local
/// user could otherwise read the dirsync passwords and forge dirsync mail the server accepts. Its
/// folders are made 0700 and its databases 0600; a database's write-ahead log and shared memory
/// take the database's mode (SQLite gives them the mode of the file they belong to).
class PrivateFiles
{
public:
    /// Makes `path` and any missing parent (QDir::mkpath), then gives `path` itself mode 0700.
    static bool makeFolder(const QString& path);
    /// Gives the file `path` mode 0600.
    static bool restrictFile(const QString& path);
    /// The organization folder `orgDir`, its folders and their files that its owner's group or
    /// other users may read, write or enter (made by an earlier version, or by hand), relative to
    /// `orgDir` ("." for the folder itself).
    static QStringList looseIn(const QString& orgDir);
    /// The command that keeps every file of `orgDir` for its owner.
    static QString fixCommand(const QString& orgDir);
};

} // namespace sa::core
