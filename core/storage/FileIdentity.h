#pragma once

#include <QString>
#include <ctime>
#include <optional>
#include <sys/types.h>

namespace sa::core {

/// What the file system says of a file: which file it is, and whether it was written or changed
/// since (size, and the times of the last write and of the last change of its content or inode). A
/// connection kept open is taken again as it is only for a file untouched since (KeptConnections).
struct FileIdentity
{
    dev_t device = 0;
    ino_t inode = 0;
    off_t size = 0;
    timespec modified{};
    timespec changed{};

    static std::optional<FileIdentity> of(const QString& path);
    bool sameFile(const FileIdentity& o) const { return device == o.device && inode == o.inode; }
    bool untouchedSince(const FileIdentity& o) const;
};

} // namespace sa::core
