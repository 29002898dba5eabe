#include "FileIdentity.h"

#include <QFile>
#include <sys/stat.h>

namespace sa::core {

std::optional<FileIdentity> FileIdentity::of(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return FileIdentity{st.st_dev, st.st_ino, st.st_size, st.st_mtim, st.st_ctim};
}

bool FileIdentity::untouchedSince(const FileIdentity& o) const
{
    return sameFile(o) && size == o.size && modified.tv_sec == o.modified.tv_sec &&
           modified.tv_nsec == o.modified.tv_nsec && changed.tv_sec == o.changed.tv_sec &&
           changed.tv_nsec == o.changed.tv_nsec;
}

} // namespace sa::core
