// The lower bound of a first full dirsync cycle: every row the cycle left written in every database of
// the organization (the site's custom recipients and bookkeeping, each postoffice's address lists and
// journal), written again through the sqlite3 C API into a copy of each database taken before the
// cycle. A row counts when the cycle's end state holds it and the copy does not hold it the same
// (inserted, or changed); rows a cycle writes and removes again (queued mail, kept replies) are left
// out, so the bound is if anything low. Reading those rows (an EXCEPT of the two databases) is done
// outside the measure, a chunk at a time; writing them is one transaction per database with prepared
// statements and the product's PRAGMAs, as the raw insert of RawInsert.cpp.
#include "BenchSupport.h"
#include "core/storage/SqliteConnection.h"

#include <QDir>
#include <QDirIterator>
#include <sqlite3.h>
#include <vector>

namespace sa::bench {

using namespace sa::core;

namespace {

constexpr int Chunk = 4096;

sqlite3* openDatabase(const QString& path, int flags)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr) != SQLITE_OK)
        rawFailure(db, "raw rows", "open");
    return db;
}

void exec(sqlite3* db, const QByteArray& sql)
{
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        rawFailure(db, "raw rows", sql.constData());
}

QByteArray quoted(const QByteArray& name)
{
    return '"' + QByteArray(name).replace('"', "\"\"") + '"';
}

QList<QByteArray> column(sqlite3* db, const QByteArray& sql)
{
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &s, nullptr) != SQLITE_OK)
        rawFailure(db, "raw rows", sql.constData());
    QList<QByteArray> out;
    while (sqlite3_step(s) == SQLITE_ROW)
        out << QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
    sqlite3_finalize(s);
    return out;
}

QStringList databasesUnder(const QString& dir)
{
    QStringList out;
    QDirIterator it(dir, {QStringLiteral("*.sqlite")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

/// Writes into `copy` the rows of `original` it lacks; returns how many.
qint64 copyRows(const QString& original, const QString& copy, Measure& m)
{
    m.pause();
    sqlite3* to = openDatabase(copy, SQLITE_OPEN_READWRITE);
    for (const QString& pragma : SqliteConnection::connectionPragmas())
        exec(to, pragma.toUtf8());
    // The page cache of the product's bulk writes (a T2 that takes mail in has it): the lower bound
    // is given every advantage the product has, in every database.
    exec(to, SqliteConnection::bulkCachePragma().toUtf8());
    sqlite3* from = openDatabase(original, SQLITE_OPEN_READONLY);
    exec(from, "ATTACH " + ("'" + copy.toUtf8().replace('\'', "''") + "'") + " AS b");
    const QList<QByteArray> tables =
        column(from, "SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                     " ORDER BY name");
    qint64 rows = 0;
    m.resume();
    exec(to, "BEGIN IMMEDIATE");
    exec(to, "PRAGMA defer_foreign_keys=ON");
    for (const QByteArray& table : tables) {
        m.pause();
        const QList<QByteArray> columns =
            column(from, "SELECT name FROM pragma_table_info(" +
                             ("'" + QByteArray(table).replace('\'', "''") + "'") + ") ORDER BY cid");
        QByteArrayList names;
        QByteArrayList marks;
        QByteArrayList updates;
        for (const QByteArray& c : columns) {
            names << quoted(c);
            marks << "?";
            updates << quoted(c) + " = excluded." + quoted(c);
        }
        const QByteArray list = names.join(", ");
        sqlite3_stmt* read = nullptr;
        const QByteArray select = "SELECT " + list + " FROM main." + quoted(table) + " EXCEPT SELECT " +
                                  list + " FROM b." + quoted(table);
        if (sqlite3_prepare_v2(from, select.constData(), -1, &read, nullptr) != SQLITE_OK)
            rawFailure(from, "raw rows", select.constData());
        m.resume();
        // Changed rows are updated in place (as the product does), new ones inserted.
        const QByteArray write = "INSERT INTO " + quoted(table) + " (" + list + ") VALUES (" +
                                 marks.join(", ") + ") ON CONFLICT DO UPDATE SET " + updates.join(", ");
        sqlite3_stmt* insert = nullptr;
        if (sqlite3_prepare_v2(to, write.constData(), -1, &insert, nullptr) != SQLITE_OK)
            rawFailure(to, "raw rows", write.constData());
        const int n = int(columns.size());
        std::vector<sqlite3_value*> values;
        for (bool more = true; more;) {
            m.pause();
            values.clear();
            int got = 0;
            while (got < Chunk) {
                const int rc = sqlite3_step(read);
                if (rc == SQLITE_DONE) {
                    more = false;
                    break;
                }
                if (rc != SQLITE_ROW)
                    rawFailure(from, "raw rows", "read");
                for (int i = 0; i < n; ++i)
                    values.push_back(sqlite3_value_dup(sqlite3_column_value(read, i)));
                ++got;
            }
            m.resume();
            for (int r = 0; r < got; ++r) {
                for (int i = 0; i < n; ++i)
                    sqlite3_bind_value(insert, i + 1, values[size_t(r * n + i)]);
                if (sqlite3_step(insert) != SQLITE_DONE)
                    rawFailure(to, "raw rows", table.constData());
                sqlite3_reset(insert);
            }
            rows += got;
            m.pause();
            for (sqlite3_value* v : values)
                sqlite3_value_free(v);
            m.resume();
        }
        sqlite3_finalize(insert);
        m.pause();
        sqlite3_finalize(read);
        m.resume();
    }
    exec(to, "COMMIT");
    m.pause();
    sqlite3_close(from);
    sqlite3_close(to);
    m.resume();
    return rows;
}

} // namespace

void snapshotDatabases(const QString& dir, const QString& into)
{
    for (const QString& relative : databasesUnder(dir)) {
        const QString target = into + QLatin1Char('/') + relative;
        QDir().mkpath(QFileInfo(target).path());
        sqlite3* db = openDatabase(dir + QLatin1Char('/') + relative, SQLITE_OPEN_READONLY);
        exec(db, "VACUUM INTO '" + target.toUtf8().replace('\'', "''") + "'");
        sqlite3_close(db);
    }
}

RawRows rawRowsC(const QString& dir, const QString& snapshots)
{
    RawRows out;
    const QStringList databases = databasesUnder(snapshots);
    for (const QString& relative : databases)
        out.rows +=
            copyRows(dir + QLatin1Char('/') + relative, snapshots + QLatin1Char('/') + relative, out.measure);
    out.measure.stop();
    out.databases = int(databases.size());
    return out;
}

} // namespace sa::bench
