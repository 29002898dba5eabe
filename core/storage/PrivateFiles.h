#pragma once

#include "core/common/Error.h"

#include <QString>
#include <QStringList>

namespace sa::core {

/// The organization's files are for their owner alone, whatever the umask (issue 19): any local
/// user could otherwise read the dirsync passwords and forge dirsync mail the server accepts. Its
/// folders are made 0700 and its databases 0600; a database's write-ahead log and shared memory
/// take the database's mode (SQLite gives them the mode of the file they belong to).
///
/// Or a team's: an organization folder made for a group (siteadminctl init --group NAME) belongs to
/// that group with its set-group-ID bit (02770), so that every folder and file made in it takes the
/// group, and they are made 02770 and 0660. The issue asked for 0750/0640; decided here: the group
/// may write too, because a team of administrators changes the directory, and because SQLite's
/// write-ahead log makes every reader of a database write its shared-memory file. Others get nothing.
class PrivateFiles
{
public:
    /// Makes `path` and any missing parent (QDir::mkpath), then gives `path` itself mode 0700, or
    /// 02770 when the folder it is made in is a team's.
    static bool makeFolder(const QString& path);
    /// Gives the file `path` mode 0600, or 0660 in a team's folder.
    static bool restrictFile(const QString& path);
    /// Gives the folder `path` (made already) to the group `groupName` with the set-group-ID bit, mode
    /// 02770. Refused when there is no such group or this user is not one of its members.
    static Status shareWithGroup(const QString& path, const QString& groupName);
    /// Whether the folder `path` is a team's (set-group-ID, and its group may enter it).
    static bool isShared(const QString& path);
    /// The organization folder `orgDir`, its folders and their files that others than their owner
    /// (and, in a team's folder, its group) may read, write or enter (made by an earlier version, or
    /// by hand), relative to `orgDir` ("." for the folder itself).
    static QStringList looseIn(const QString& orgDir);
    /// The command that keeps every file of `orgDir` for its owner (or its team).
    static QString fixCommand(const QString& orgDir);
};

} // namespace sa::core
