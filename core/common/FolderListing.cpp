#include "FolderListing.h"

#include <QDirIterator>
#include <algorithm>

namespace sa::core {

QStringList FolderListing::files(const QString& folder, const QString& pattern)
{
    QStringList names;
    for (QDirIterator it(folder, {pattern}, QDir::Files); it.hasNext();) {
        it.next();
        names << it.fileName();
    }
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace sa::core
