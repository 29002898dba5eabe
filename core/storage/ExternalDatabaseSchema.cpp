#include "ExternalDatabaseSchema.h"

#include "SqliteConnection.h"

namespace sa::core {

namespace {

Status createVersion1(SqliteConnection& c)
{
    return Migrator::execAll(
        c, {
               "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
               "CREATE TABLE postoffices (key TEXT PRIMARY KEY, name TEXT NOT NULL)",
               "CREATE TABLE session_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, text TEXT NOT NULL)",
           });
}

} // namespace

const QList<MigrationStep>& externalDatabaseMigrations()
{
    static const QList<MigrationStep> steps{
        {1, QStringLiteral("postoffices served, settings and session log"), createVersion1}};
    return steps;
}

} // namespace sa::core
