#pragma once

#include "Migrator.h"

namespace sa::core {

/// PRAGMA application_id of a site database ('SADR').
constexpr quint32 SiteDatabaseApplicationId = 0x53414452;

/// The history of the site database's tables, one step per PRAGMA user_version. Kept here with the
/// other databases' histories; a step is never changed once released, and names what it needs
/// literally (attribute names as they were), never through the schema of today.
QList<MigrationStep> siteDatabaseMigrations();
int siteDatabaseVersion();

} // namespace sa::core
