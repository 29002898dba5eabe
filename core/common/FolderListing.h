#pragma once

#include <QString>
#include <QStringList>

namespace sa::core {

/// The names of the files of a folder that match a pattern, by name (a plain comparison, as QDir::Name
/// sorts), without a QFileInfo per entry: the folders of sites and postoffices are listed at every
/// pass of the services, and QDir::entryList was a twenty-fifth of an idle dirsync cycle (issue 18).
class FolderListing
{
public:
    static QStringList files(const QString& folder, const QString& pattern);
};

} // namespace sa::core
