#include "FolderListing.h"

#include <QDirIterator>
#include <algorithm>

namespace sa::core {

QStringList FolderListing::files(const QString& folder, const QString& suffix)
{
    QStringList names;
    for (QDirIterator it(folder, QDir::Files); it.hasNext();) {
        it.next();
        const QString name = it.fileName();
        if (name.endsWith(suffix, Qt::CaseInsensitive) && !name.startsWith(QLatin1Char('.')))
            names << name;
    }
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace sa::core
