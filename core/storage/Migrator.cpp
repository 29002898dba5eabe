#include "Migrator.h"

#include <QDir>
#include <QFile>

namespace sa::core {

int Migrator::userVersion(const SqliteConnection& connection)
{
    auto v = connection.scalar(QStringLiteral("PRAGMA user_version"));
    return v ? v->toInt() : -1;
}

Status Migrator::execAll(SqliteConnection& connection, const QStringList& statements)
{
    for (const QString& sql : statements) {
        if (auto r = connection.exec(sql); !r)
            return r.error();
    }
    return {};
}

Status Migrator::migrate(SqliteConnection& connection, const QList<MigrationStep>& steps, const QString& what)
{
    // A connection kept open for a cycle was checked when it was first opened.
    if (connection.migrated())
        return {};
    const int current = userVersion(connection);
    if (current < 0)
        return Error(ErrorCode::Storage, Phrase::tr("%1: cannot read the schema version")
                                             .arg(QDir::toNativeSeparators(connection.path())));
    const int latest = steps.isEmpty() ? 0 : steps.last().version;
    if (current > latest)
        return Error(ErrorCode::NotADatabase,
                     Phrase::tr("%1: %2").arg(
                         QDir::toNativeSeparators(connection.path()),
                         Phrase::tr("this %1 database has schema version %2; this program knows up to %3 "
                                    "(it was written by a newer Site Administrator)")
                             .arg(Phrase::known(what))
                             .arg(current)
                             .arg(latest)));
    for (const MigrationStep& step : steps) {
        if (step.version <= current)
            continue;
        Status s = connection.transaction([&]() -> Status {
            if (Status r = step.apply(connection); !r)
                return r;
            // PRAGMA takes no bound values; the version is our own integer.
            auto set = connection.exec(QStringLiteral("PRAGMA user_version=%1").arg(step.version));
            return set.status();
        });
        if (!s)
            return Error(ErrorCode::Storage, Phrase::tr("%1: upgrading to schema version %2 (%3) failed: %4")
                                                 .arg(QDir::toNativeSeparators(connection.path()))
                                                 .arg(step.version)
                                                 .arg(step.description, s.error().phrase()));
    }
    connection.setMigrated();
    return {};
}

Status Migrator::createFile(const QString& path, quint32 applicationId, const QString& what,
                            const QList<MigrationStep>& steps,
                            const std::function<Status(SqliteConnection&)>& fill)
{
    Status made;
    {
        auto conn =
            SqliteConnection::open(path, SqliteConnection::OpenMode::CreateIfMissing, applicationId, what);
        if (!conn)
            return conn.error();
        made = migrate(*conn.value(), steps, what);
        if (made)
            made = conn.value()->transaction([&] { return fill(*conn.value()); });
    }
    if (!made) {
        SqliteConnection::closeKept(path);
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    }
    return made;
}

} // namespace sa::core
