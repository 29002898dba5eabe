#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <sys/stat.h>

namespace sa::core {

bool PrivateFiles::makeFolder(const QString& path)
{
    return QDir().mkpath(path) && ::chmod(QFile::encodeName(path).constData(), S_IRWXU) == 0;
}

bool PrivateFiles::restrictFile(const QString& path)
{
    return ::chmod(QFile::encodeName(path).constData(), S_IRUSR | S_IWUSR) == 0;
}

} // namespace sa::core
