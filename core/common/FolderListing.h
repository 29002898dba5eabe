#pragma once

#include <QString>
#include <QStringList>

namespace sa::core {

/// The names of the files of a folder that end with a suffix (in any case, as QDir's name filters
/// match), by name (a plain comparison, as
/// QDir::Name sorts), hidden ones left out: the folders of sites and postoffices are listed at every
/// pass of the services, and QDir::entryList was a twenty-fifth of an idle dirsync cycle (issue 18).
/// A suffix, not a wildcard: a name filter compiles a regular expression at every listing.
class FolderListing
{
public:
    static QStringList files(const QString& folder, const QString& suffix);
};

} // namespace sa::core
