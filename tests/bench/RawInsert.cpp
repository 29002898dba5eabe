// The lower bounds of bulk creation and Directory Import: the same `objects`/`attrs` rows the store
// writes, in one transaction with prepared statements, once through Qt's SQL driver (what the
// product's own code could at best do) and once through the sqlite3 C API (the physical limit). Both
// open their connection with the product's PRAGMAs (and the page cache of its bulk writes) and leave the
// making of their input (the values, GUIDs, UTF-8) outside the measure, a chunk at a time.
#include "BenchSupport.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/storage/SortKey.h"
#include "core/storage/SqliteConnection.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>
#include <sqlite3.h>

namespace sa::bench {

using namespace sa::core;

namespace {

constexpr int Chunk = 4096;

const char* const ObjectInsert =
    "INSERT INTO objects(guid, class, parent_id, rdn, dn, dn_key, usn_created, usn_changed,"
    " when_created, when_changed, deleted, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)";
const char* const AttrInsert = "INSERT INTO attrs(object_id, name, idx, value) VALUES (?, ?, ?, ?)";

/// One object's row and attribute rows, ready to bind.
struct Row
{
    QString guid;
    QString rdn;
    QString dn;
    QString sortKey;
    AttributeValues values;
};

Row makeRow(const QString& parentDn, const AttributeValues& v)
{
    Row r;
    r.guid = QUuid::createUuid().toString();
    r.rdn = v.value(attr::MailNickname).first();
    r.dn = parentDn + QStringLiteral("/cn=") + r.rdn;
    r.sortKey = SortKey::of(v.value(attr::DisplayName).first()); // the key the store makes
    r.values = v;
    return r;
}

/// The same row as bytes, for the C API.
struct CRow
{
    QByteArray guid;
    QByteArray rdn;
    QByteArray dn;
    QByteArray dnKey;
    QByteArray sortKey;
    QList<std::pair<QByteArray, QList<QByteArray>>> values;
};

CRow toBytes(const Row& r)
{
    CRow c{r.guid.toUtf8(), r.rdn.toUtf8(), r.dn.toUtf8(), r.dn.toLower().toUtf8(), r.sortKey.toUtf8(), {}};
    for (auto it = r.values.constBegin(); it != r.values.constEnd(); ++it) {
        QList<QByteArray> values;
        for (const QString& v : *it)
            values << v.toUtf8();
        c.values.append({it.key().toUtf8(), values});
    }
    return c;
}

void bindText(sqlite3_stmt* s, int i, const QByteArray& v)
{
    sqlite3_bind_text(s, i, v.constData(), int(v.size()), SQLITE_STATIC);
}

} // namespace

Measure rawInsert(const QString& path, qint64 parentId, const QString& parentDn, int n,
                  const QString& className, const std::function<AttributeValues(int)>& values)
{
    auto store = DirectoryStore::open(path);
    SqliteConnection& c = store.value()->connection();
    SqliteConnection::BulkCache bulk(c); // as the store's bulk writes have
    QSqlQuery o = c.prepare(QString::fromLatin1(ObjectInsert)).value();
    QSqlQuery a = c.prepare(QString::fromLatin1(AttrInsert)).value();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    Measure m;
    (void)c.transaction([&]() -> Status {
        QList<Row> rows;
        for (int from = 0; from < n; from += Chunk) {
            m.pause();
            rows.clear();
            for (int i = from; i < std::min(n, from + Chunk); ++i)
                rows << makeRow(parentDn, values(i));
            m.resume();
            for (int k = 0; k < rows.size(); ++k) {
                const Row& r = rows.at(k);
                o.bindValue(0, r.guid);
                o.bindValue(1, className);
                o.bindValue(2, parentId);
                o.bindValue(3, r.rdn);
                o.bindValue(4, r.dn);
                o.bindValue(5, r.dn.toLower());
                o.bindValue(6, 100000 + from + k);
                o.bindValue(7, 100000 + from + k);
                o.bindValue(8, now);
                o.bindValue(9, now);
                o.bindValue(10, r.sortKey);
                o.exec();
                const qint64 id = o.lastInsertId().toLongLong();
                for (auto it = r.values.constBegin(); it != r.values.constEnd(); ++it) {
                    for (int j = 0; j < it->size(); ++j) {
                        a.bindValue(0, id);
                        a.bindValue(1, it.key());
                        a.bindValue(2, j);
                        a.bindValue(3, it->at(j));
                        a.exec();
                    }
                }
            }
        }
        return {};
    });
    m.stop();
    return m;
}

Measure rawInsertC(const QString& path, qint64 parentId, const QString& parentDn, int n,
                   const QString& className, const std::function<AttributeValues(int)>& values)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        rawFailure(db, "raw insert", "open");
    const auto check = [db](int rc, const char* what) {
        if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
            rawFailure(db, "raw insert", what);
    };
    for (const QString& pragma : SqliteConnection::connectionPragmas())
        check(sqlite3_exec(db, pragma.toUtf8().constData(), nullptr, nullptr, nullptr), "pragma");
    // The page cache the store's bulk writes have (SqliteConnection::BulkCache).
    check(
        sqlite3_exec(db, SqliteConnection::bulkCachePragma().toUtf8().constData(), nullptr, nullptr, nullptr),
        "pragma");
    sqlite3_stmt* o = nullptr;
    sqlite3_stmt* a = nullptr;
    check(sqlite3_prepare_v2(db, ObjectInsert, -1, &o, nullptr), "prepare objects");
    check(sqlite3_prepare_v2(db, AttrInsert, -1, &a, nullptr), "prepare attrs");
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8();
    const QByteArray cls = className.toUtf8();
    Measure m;
    check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), "begin");
    QList<CRow> rows;
    for (int from = 0; from < n; from += Chunk) {
        m.pause();
        rows.clear();
        for (int i = from; i < std::min(n, from + Chunk); ++i)
            rows << toBytes(makeRow(parentDn, values(i)));
        m.resume();
        for (int k = 0; k < rows.size(); ++k) {
            const CRow& r = rows.at(k);
            bindText(o, 1, r.guid);
            bindText(o, 2, cls);
            sqlite3_bind_int64(o, 3, parentId);
            bindText(o, 4, r.rdn);
            bindText(o, 5, r.dn);
            bindText(o, 6, r.dnKey);
            sqlite3_bind_int64(o, 7, 100000 + from + k);
            sqlite3_bind_int64(o, 8, 100000 + from + k);
            bindText(o, 9, now);
            bindText(o, 10, now);
            bindText(o, 11, r.sortKey);
            check(sqlite3_step(o), "insert object");
            sqlite3_reset(o);
            const sqlite3_int64 id = sqlite3_last_insert_rowid(db);
            for (const auto& [name, list] : r.values) {
                for (int j = 0; j < list.size(); ++j) {
                    sqlite3_bind_int64(a, 1, id);
                    bindText(a, 2, name);
                    sqlite3_bind_int(a, 3, j);
                    bindText(a, 4, list.at(j));
                    check(sqlite3_step(a), "insert attribute");
                    sqlite3_reset(a);
                }
            }
        }
    }
    check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), "commit");
    m.stop();
    sqlite3_finalize(o);
    sqlite3_finalize(a);
    sqlite3_close(db);
    return m;
}

Measure rawCommits(const QString& path, int n)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK)
        rawFailure(db, "raw commits", "open");
    for (const QString& pragma : SqliteConnection::connectionPragmas())
        sqlite3_exec(db, pragma.toUtf8().constData(), nullptr, nullptr, nullptr);
    sqlite3_exec(db, "CREATE TABLE IF NOT EXISTS t(id INTEGER PRIMARY KEY, v TEXT)", nullptr, nullptr,
                 nullptr);
    sqlite3_stmt* ins = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO t(v) VALUES ('a row of a cycle''s bookkeeping')", -1, &ins, nullptr);
    Measure m;
    for (int i = 0; i < n; ++i) {
        if (sqlite3_step(ins) != SQLITE_DONE)
            rawFailure(db, "raw commits", "step");
        sqlite3_reset(ins);
    }
    m.stop();
    sqlite3_finalize(ins);
    sqlite3_close(db);
    return m;
}

} // namespace sa::bench
