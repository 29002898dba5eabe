#pragma once

#include "Migrator.h"

namespace sa::core {

/// The history of an emulated MS Mail postoffice's database (ORG/postoffices/*.sqlite), one step
/// per PRAGMA user_version; kept with the other databases' histories, a step never changed once
/// released. PostofficeStore opens its files with it.
const QList<MigrationStep>& postofficeDatabaseMigrations();

} // namespace sa::core
