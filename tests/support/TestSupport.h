#pragma once

#include <QString>
#include <QTemporaryDir>

namespace sa::test {

/// Everything a site database holds, as text in a fixed order: two equal digests mean nothing was
/// written. Read through a private connection that is closed again.
QString databaseDigest(const QString& path);
/// The digests of every file of an organization folder (site databases by content, others by size).
QString folderDigest(const QString& dir);
/// Where tests leave PNGs and other artefacts to look at.
QString outputDir();

} // namespace sa::test
