#pragma once

#include "Migrator.h"

namespace sa::core {

/// The history of an MS Mail External's database (ORG/externals/*.sqlite), one step per PRAGMA
/// user_version; kept with the other databases' histories. ExternalStore opens its files with it.
const QList<MigrationStep>& externalDatabaseMigrations();

} // namespace sa::core
