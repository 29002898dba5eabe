#pragma once

#include "core/storage/Migrator.h"

namespace sa::core {

/// PRAGMA application_id of a site database ('SADR').
constexpr quint32 SiteDatabaseApplicationId = 0x53414452;

/// The history of the site database's tables, one step per PRAGMA user_version.
QList<MigrationStep> siteDatabaseMigrations();
int siteDatabaseVersion();

/// The key contents lists sort by: the case-folded display name (or directory name).
QString sortKeyFor(const QString& displayName);

} // namespace sa::core
