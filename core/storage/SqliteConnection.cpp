#include "SqliteConnection.h"

#include "KeptConnections.h"
#include "PrivateFiles.h"
#include "SortKey.h"
#include "StorageProblem.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QThread>
#include <atomic>
#include <optional>
#include <sqlite3.h>
#include <utility>

namespace sa::core {

namespace {

constexpr int BusyTimeoutMs = 10000;

/// A kept connection's page cache up to this is kept with it (see ~SqliteConnection). An idle cycle
/// leaves 75-130 KB in a postoffice's and 80-400 KB in a site's; a hundred postoffices hold at most
/// 50 MB of it, and a first full cycle's caches of megabytes are still let go.
constexpr int KeptCacheBytes = 512 * 1024;

QString uniqueConnectionName(const QString& path)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("sa:%1:%2:%3")
        .arg(path)
        .arg(quintptr(QThread::currentThreadId()))
        .arg(counter.fetchAndAddRelaxed(1));
}

std::atomic<qint64> s_opened{0};
std::atomic<qint64> s_commits{0};
std::atomic<qint64> s_prepared{0};
std::atomic<qint64> s_pagesRead{0};
std::atomic<qint64> s_rechecked{0};

int countCommit(void*)
{
    s_commits.fetch_add(1, std::memory_order_relaxed);
    return 0; // go on with the commit
}

/// SQL folded(text): the text as SortKey::plain compares letters (accents off, case folded beyond
/// ASCII), for finding "Ñoño" by "ñoño" and "Pérez" by "perez"; SQLite's own LIKE folds ASCII only.
void foldedFunction(sqlite3_context* context, int, sqlite3_value** values)
{
    if (sqlite3_value_type(values[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = static_cast<const char16_t*>(sqlite3_value_text16(values[0]));
    const int bytes = sqlite3_value_bytes16(values[0]);
    const QString folded = SortKey::plain(QString::fromUtf16(text, bytes / 2));
    sqlite3_result_text16(context, folded.utf16(), int(folded.size() * 2), SQLITE_TRANSIENT);
}

/// "PATH: why": the why kept a phrase of its own, so that a line that names the file itself can
/// leave the path out and still say the why in the reader's language (StorageProblem::withoutPath).
Error storageError(const QString& path, const Phrase& why, ErrorCode code = ErrorCode::Storage)
{
    return Error(code, Phrase::tr("%1: %2").arg(QDir::toNativeSeparators(path), why));
}

} // namespace

SqliteConnection::SqliteConnection(QString name, QString path)
    : m_name(std::move(name)), m_path(std::move(path))
{
}

namespace {

/// Cuts the page cache of `connection` down to the pages it used last, within KeptCacheBytes: lowering the
/// cache size makes SQLite free the least recently used pages beyond it; the size it had is then set again
/// (it takes pages as they are read, it frees none). The three statements are kept prepared with the
/// connection: preparing them each time was a fortieth of an idle cycle.
void trimCache(const SqliteConnection& connection, sqlite3* h)
{
    auto read = connection.statement(QStringLiteral("PRAGMA cache_size"));
    auto found = read ? read.value()->next() : Result<bool>(read.error());
    const qint64 size = found && *found ? read.value()->integer(0) : 0;
    if (read)
        read.value()->reset();
    // To three quarters of KeptCacheBytes of pages: the cache's own count of what it uses adds a
    // header to every page (128 pages of 4 KB counted 550 KB), and cut to the limit itself it stayed
    // over it, so that every keep cut it again (a twentieth of an idle cycle).
    auto cut =
        connection.statement(QStringLiteral("PRAGMA cache_size=-%1").arg(KeptCacheBytes * 3 / 4 / 1024));
    auto back = connection.statement(QStringLiteral("PRAGMA cache_size=%1").arg(size));
    if (size == 0 || !cut || !back || !cut.value()->exec() || !back.value()->exec())
        sqlite3_db_release_memory(h); // as before: all of it
}

} // namespace

SqliteConnection::~SqliteConnection()
{
    // Kept for the next open of the file on this thread, when a KeepOpen lives and nothing of this
    // connection's is pending (no transaction left open), with the statements it prepared.
    KeptConnections::Kept kept{m_name, m_applicationId, {}, m_held};
    sqlite3* h = handle();
    if (h) {
        int missed = 0;
        int highest = 0;
        if (sqlite3_db_status(h, SQLITE_DBSTATUS_CACHE_MISS, &missed, &highest, 1) == SQLITE_OK)
            s_pagesRead.fetch_add(missed, std::memory_order_relaxed);
    }
    std::optional<FileIdentity> file;
    if (KeptConnections::keeping() && m_ready && h && sqlite3_get_autocommit(h)) {
        const bool unchanged =
            m_held->fileWhenTaken && sqlite3_total_changes64(h) == m_held->changesWhenTaken;
        file = unchanged ? m_held->fileWhenTaken : FileIdentity::of(m_path);
    }
    m_held->fileWhenTaken.reset();
    if (file) {
        kept.file = *file;
        m_held->finishAll();
        // Its page cache is cut down to its last used KeptCacheBytes while it waits: a cycle keeps a
        // connection to every postoffice, and a hundred caches of 2 MB each were most of a first
        // full cycle's memory (issue 18); the pages are in the system's file cache for the next
        // open. What stays are the pages used last (an idle cycle's are the schema, meta and the
        // queues' roots; mail's the ends of its queues and its b-trees' upper pages): read again on
        // every open they were a third of the cost of taking the connection back, and letting all
        // of a large cache go made mail read 21,000 pages again to carry 10,000 messages.
        int used = 0;
        int highest = 0;
        if (sqlite3_db_status(h, SQLITE_DBSTATUS_CACHE_USED, &used, &highest, 0) != SQLITE_OK)
            sqlite3_db_release_memory(h);
        else if (used > KeptCacheBytes)
            trimCache(*this, h);
        KeptConnections::keep(m_path, kept);
        return;
    }
    KeptConnections::closeConnection(m_name, m_held.get());
}

namespace {

/// `sql` from `kept`, prepared on `c` and kept the first time (`kept` emptied first when it holds
/// `maxKept` and `maxKept` is not 0): run() and scalar()'s former cache, and kept().
/// Notes the statement handed out in `touched` (Held::touchedQueries) when there is one.
Result<QSqlQuery*> preparedIn(const SqliteConnection& c, std::unordered_map<QString, QSqlQuery>& kept,
                              const QString& sql, size_t maxKept, std::unordered_set<const QString*>* touched)
{
    auto it = kept.find(sql);
    if (it == kept.end()) {
        auto q = c.prepare(sql);
        if (!q)
            return q.error();
        if (maxKept != 0 && kept.size() >= maxKept) {
            kept.clear();
            if (touched)
                touched->clear();
        }
        it = kept.emplace(sql, std::move(q).value()).first;
    }
    if (touched)
        touched->insert(&it->first);
    return &it->second;
}

} // namespace

SqliteConnection::KeepOpen::KeepOpen()
{
    KeptConnections::enter();
}

SqliteConnection::KeepOpen::~KeepOpen()
{
    KeptConnections::leave();
}

void SqliteConnection::closeKept(const QString& path)
{
    KeptConnections::close(path);
}

QSqlDatabase SqliteConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

Error SqliteConnection::queryError(const QSqlQuery& query, const QString& what)
{
    return Error(ErrorCode::Storage,
                 Phrase::tr("%1 failed: %2").arg(what, StorageProblem::explain(query.lastError().text())));
}

std::unique_ptr<SqliteConnection> SqliteConnection::takeKept(const QString& path, quint32 applicationId,
                                                             KeptFile file)
{
    // A connection kept open on this thread for the same file (the same file still at this path),
    // taken again as it is: it was checked and set up when it was opened.
    while (auto taken = KeptConnections::take(path, applicationId, file == KeptFile::Untouched)) {
        const KeptConnections::Kept& k = taken->kept;
        const bool untouched = taken->untouched;
        std::unique_ptr<SqliteConnection> again(new SqliteConnection(k.name, path));
        again->m_applicationId = applicationId;
        again->m_held = k.held;
        // Still a database of this kind. A file written since it was kept by other means than SQLite
        // (a file damaged in place, same inode) is opened anew, so that it is refused with the reason
        // the file system and its header give. SQLite itself writes the file only when it checkpoints
        // its write-ahead log: a file untouched since (size, write and change times) is the file that
        // was checked, and checking it again was an eighth of an idle cycle (issue 18: 238 reads of
        // its header and as many of its permissions in a cycle of ten postoffices).
        if (!untouched) {
            s_rechecked.fetch_add(1, std::memory_order_relaxed);
            // From the file, not from the pages the connection kept of it.
            if (sqlite3* h = again->handle())
                sqlite3_db_release_memory(h);
            const auto id = again->scalar(QStringLiteral("PRAGMA application_id"));
            if (!id || id->toUInt() != applicationId) {
                again.reset(); // not ready: closed, not kept
                continue;
            }
        }
        if (untouched) {
            if (sqlite3* h = again->handle()) {
                again->m_held->fileWhenTaken = k.file; // untouched: the file as it is now
                again->m_held->changesWhenTaken = sqlite3_total_changes64(h);
            }
        }
        again->m_ready = true;
        return again;
    }
    return nullptr;
}

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const QString& path, OpenMode mode,
                                                                 quint32 applicationId, const QString& what)
{
    // A connection kept open on this thread for a file untouched since is taken again at once.
    if (auto again = takeKept(path, applicationId, KeptFile::Untouched))
        return again;
    const QFileInfo info(path);
    const bool made = !info.exists(); // asked once: QFileInfo may ask the file system again later
    if (made) {
        if (mode == OpenMode::ExistingOnly)
            return storageError(path, Phrase::tr("no such %1 database").arg(Phrase::known(what)),
                                ErrorCode::NotFound);
        if (!info.dir().exists())
            return storageError(path, Phrase::tr("the folder does not exist"));
        if (!QFileInfo(info.absolutePath()).isWritable())
            return storageError(path, StorageProblem::diagnose(path));
    } else {
        if (!info.isFile() || !info.isReadable())
            return storageError(path, StorageProblem::diagnose(path));
        // An empty file is no database: taking it for a new one would write on a read command.
        if (info.size() == 0 && mode == OpenMode::ExistingOnly)
            return storageError(
                path, Phrase::tr("not a %1 database (it is empty, 0 bytes)").arg(Phrase::known(what)),
                ErrorCode::NotADatabase);
        // The file is not opened here by other means than SQLite: SQLite's locks belong to the
        // process, and closing any other descriptor of the file would drop those of the connections
        // this process has open on it, letting another process delete the write-ahead log under
        // them (tst_shared_files). A file that is not SQLite's fails the first query below.
    }

    if (auto again = takeKept(path, applicationId, KeptFile::Changed))
        return again;

    const QString name = uniqueConnectionName(path);
    std::unique_ptr<SqliteConnection> conn(new SqliteConnection(name, path));
    conn->m_applicationId = applicationId;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        if (!db.open())
            return storageError(path, StorageProblem::diagnose(path, db.lastError().text()));
    }
    // A database this opening made is its owner's alone, before its log and shared memory (which
    // take its mode) exist and before anything is written in it.
    if (made && !PrivateFiles::restrictFile(path))
        return storageError(path, StorageProblem::diagnose(path));
    s_opened.fetch_add(1, std::memory_order_relaxed);
    if (sqlite3* h = conn->handle()) {
        sqlite3_commit_hook(h, countCommit, nullptr);
        sqlite3_create_function_v2(h, "folded", 1, SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                   nullptr, foldedFunction, nullptr, nullptr, nullptr);
    }

    // The application id tells our files from any other SQLite database.
    auto appId = conn->scalar(QStringLiteral("PRAGMA application_id"));
    if (!appId) {
        // Not ours, or not reachable: the file system and the file's header say which.
        const Phrase why = StorageProblem::diagnose(path, appId.error().message());
        if (appId.error().message().contains(QLatin1String("file is not a database")) ||
            why.english().startsWith(QLatin1String("truncated")) ||
            why.english().startsWith(QLatin1String("not an SQLite")))
            return storageError(path, Phrase::tr("not a %1 database (%2)").arg(Phrase::known(what), why),
                                ErrorCode::NotADatabase);
        return storageError(path, why);
    }
    const auto tables = conn->scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!tables)
        return tables.error();
    const quint32 foundId = appId->toUInt();
    if (foundId != applicationId && (foundId != 0 || tables->toInt() > 0))
        return storageError(path, Phrase::tr("not a %1 database").arg(Phrase::known(what)),
                            ErrorCode::NotADatabase);

    for (const QString& pragma : connectionPragmas()) {
        auto r = conn->exec(pragma);
        if (!r)
            return storageError(path, StorageProblem::diagnose(path, r.error().message()));
    }
    if (foundId == 0) {
        auto r = conn->exec(QStringLiteral("PRAGMA application_id=%1").arg(applicationId));
        if (!r)
            return storageError(path, StorageProblem::diagnose(path, r.error().message()));
    }
    conn->m_ready = true;
    return conn;
}

QStringList SqliteConnection::connectionPragmas()
{
    // temp_store=MEMORY: a savepoint's statement journal (Directory Import's one per row) stays in
    // memory instead of a file in /var/tmp written page by page (issue 18: 4.2 M pwrite64 for 100k
    // rows); it holds only the pages one row changes, and is dropped at its RELEASE.
    return {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA foreign_keys=ON"),
            QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA temp_store=MEMORY")};
}

QString SqliteConnection::bulkCachePragma()
{
    // Up to 32 MB of pages, taken as they are used: a bulk write's index pages (the alias and address
    // look-ups of every new recipient) stay in memory instead of spilling to the WAL and being read
    // back. A 100,000-row import took 17.7 s with the 2 MB default and 9.8 s with this; a
    // 1,000,000-row one spent half its wall time waiting on I/O.
    return QStringLiteral("PRAGMA cache_size=-32768");
}

SqliteConnection::BulkCache::BulkCache(SqliteConnection& connection) : m_connection(connection)
{
    if (auto before = connection.scalar(QStringLiteral("PRAGMA cache_size")))
        m_before = before.value();
    (void)connection.exec(bulkCachePragma());
}

SqliteConnection::BulkCache::~BulkCache()
{
    // Shrinking the cache frees the pages above the old size.
    if (m_before.isValid())
        (void)m_connection.exec(QStringLiteral("PRAGMA cache_size=%1").arg(m_before.toLongLong()));
}

Result<QSqlQuery> SqliteConnection::prepare(const QString& sql) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    s_prepared.fetch_add(1, std::memory_order_relaxed);
    if (!q.prepare(sql))
        return queryError(q, sql.section(QLatin1Char(' '), 0, 3));
    return q;
}

Result<QSqlQuery> SqliteConnection::exec(const QString& sql, const QVariantList& values) const
{
    auto q = prepare(sql);
    if (!q)
        return q;
    QSqlQuery query = std::move(q).value();
    for (const QVariant& v : values)
        query.addBindValue(v);
    if (!query.exec())
        return queryError(query, sql.section(QLatin1Char(' '), 0, 3));
    return query;
}

Result<QSqlQuery*> SqliteConnection::runKept(KeptQueries& kept, const QString& sql,
                                             const QVariantList& values, size_t maxKept) const
{
    // Only run()'s statements are finished at a keep; eachRow()'s end their reads themselves.
    auto prepared = preparedIn(*this, kept, sql, maxKept,
                               &kept == &m_held->statements ? &m_held->touchedQueries : nullptr);
    if (!prepared)
        return prepared.error();
    QSqlQuery* query = prepared.value();
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (!query->exec())
        return queryError(*query, sql.section(QLatin1Char(' '), 0, 3));
    return query;
}

Result<QSqlQuery*> SqliteConnection::run(const QString& sql, const QVariantList& values) const
{
    return runKept(m_held->statements, sql, values, 0);
}

sqlite3* SqliteConnection::handle() const
{
    const QVariant h = database().driver()->handle();
    return h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3* const*>(h.constData())
               : nullptr;
}

SqliteConnection::Activity SqliteConnection::activity()
{
    return Activity{s_opened.load(), s_commits.load(), s_prepared.load(), s_pagesRead.load(),
                    s_rechecked.load()};
}

Result<SqliteStatement*> SqliteConnection::statement(const QString& sql) const
{
    auto statement = nativeKept(m_held->native, sql, 0);
    if (statement)
        m_held->touchedNative.insert(statement.value());
    return statement;
}

Result<SqliteStatement*> SqliteConnection::nativeKept(NativeStatements& kept, const QString& sql,
                                                      size_t maxKept) const
{
    if (const auto it = kept.find(sql); it != kept.end())
        return it->second.get();
    auto prepared = statementOnce(sql);
    if (!prepared)
        return prepared.error();
    if (maxKept != 0 && kept.size() >= maxKept)
        kept.clear();
    SqliteStatement* raw = prepared.value().get();
    kept.emplace(sql, std::move(prepared).value());
    return raw;
}

Result<std::unique_ptr<SqliteStatement>> SqliteConnection::statementOnce(const QString& sql) const
{
    sqlite3* db = handle();
    if (!db)
        return Error(ErrorCode::Storage, Phrase::tr("%1: the connection is not open").arg(m_path));
    sqlite3_stmt* stmt = nullptr;
    const QByteArray text = sql.toUtf8();
    s_prepared.fetch_add(1, std::memory_order_relaxed);
    if (sqlite3_prepare_v3(db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                           nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
        return Error(ErrorCode::Storage,
                     Phrase::tr("%1 failed: %2")
                         .arg(sql.section(QLatin1Char(' '), 0, 3), StorageProblem::explain(why)));
    }
    return std::unique_ptr<SqliteStatement>(new SqliteStatement(db, stmt, sql));
}

Result<QSqlQuery*> SqliteConnection::kept(const QString& sql) const
{
    return preparedIn(*this, m_held->statements, sql, 0, &m_held->touchedQueries);
}

Result<QVariant> SqliteConnection::scalar(const QString& sql, const QVariantList& values) const
{
    // Kept prepared: parsing the same few look-ups again was a tenth of an idle dirsync cycle; and on
    // the C API: the driver's binding and record work was most of what was left of a meta read, made
    // a few hundred times an idle cycle (issue 18).
    auto statement = nativeKept(m_held->scalars, sql, 200);
    if (!statement)
        return statement.error();
    SqliteStatement& q = *statement.value();
    q.bindValues(values);
    auto row = q.next(); // resets on failure
    if (!row)
        return row.error();
    QVariant value = row.value() ? q.value(0) : QVariant();
    q.reset();
    return value;
}

namespace {

/// Gives `row` each row of `q` and ends the read (a kept statement then holds no snapshot of the
/// file); `heavy` says whether a row passed HeavyBytes. Fails with the driver's text when a step did.
Status readRows(QSqlQuery& q, const QString& sql, const std::function<void(const QSqlQuery&)>& row,
                bool& heavy)
{
    int columns = -1;
    heavy = false;
    while (q.next()) {
        row(q);
        if (columns < 0)
            columns = q.record().count();
        qsizetype bytes = 0;
        for (int c = 0; c < columns && !heavy; ++c)
            bytes += SqliteConnection::Held::bytesOf(q.value(c));
        heavy = heavy || bytes > SqliteConnection::Held::HeavyBytes;
    }
    Status result;
    if (q.lastError().isValid())
        result = SqliteConnection::queryError(q, sql.section(QLatin1Char(' '), 0, 3));
    q.finish();
    return result;
}

} // namespace

Status SqliteConnection::eachRow(const QString& sql, const QVariantList& values,
                                 const std::function<void(const QSqlQuery&)>& row) const
{
    Held& held = *m_held;
    bool heavy = false;
    if (held.reading.contains(sql)) { // nested in a read of the same text: a statement of its own
        auto q = exec(sql, values);
        if (!q)
            return q.error();
        return readRows(q.value(), sql, row, heavy);
    }
    // Kept prepared (a cycle runs the same few reads at every postoffice), at most 200 of them: text
    // made with values in it would fill the cache. Not emptied while a read of it is under way.
    auto query = runKept(held.reads, sql, values, held.reading.isEmpty() ? 200 : 0);
    if (!query)
        return query.error();
    held.reading.insert(sql);
    Status result = readRows(*query.value(), sql, row, heavy);
    held.reading.remove(sql);
    if (heavy)
        held.reads.erase(sql); // it holds rows of megabytes (a message's body): not kept
    return result;
}

Result<QStringList> SqliteConnection::strings(const QString& sql, const QVariantList& values) const
{
    QStringList out;
    if (Status s = eachRow(sql, values, [&out](const QSqlQuery& q) { out << q.value(0).toString(); }); !s)
        return s.error();
    return out;
}

Status SqliteConnection::transaction(const std::function<Status()>& work)
{
    Q_ASSERT(!m_inTransaction);
    // BEGIN, COMMIT and ROLLBACK kept prepared like any statement run many times.
    if (auto begin = run(QStringLiteral("BEGIN IMMEDIATE")); !begin)
        return begin.error();
    m_inTransaction = true;
    Status result = work();
    if (result) {
        if (auto commit = run(QStringLiteral("COMMIT")); !commit)
            result = commit.error();
    }
    if (!result)
        (void)run(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
    // A write the file system refused: the file and the file system say why (an immutable or
    // read-only file, permissions, a full disk), not only SQLite's "readonly database".
    if (!result && result.error().code() == ErrorCode::Storage) {
        const QString text = result.error().message();
        if (text.contains(QLatin1String("readonly database")) ||
            text.contains(QLatin1String("disk is full")) || text.contains(QLatin1String("disk I/O error"))) {
            if (const Phrase why = StorageProblem::diagnose(m_path, text);
                !why.isEmpty() && why.english() != text)
                return Error(ErrorCode::Storage,
                             Phrase::tr("%1: %2").arg(QDir::toNativeSeparators(m_path), why));
        }
    }
    return result;
}

std::unordered_map<QString, std::any>* SqliteConnection::derived(qint64 stamp) const
{
    sqlite3* h = handle();
    if (!h || !sqlite3_get_autocommit(h))
        return nullptr;
    if (m_held->derivedStamp != stamp) {
        m_held->derived.clear();
        m_held->derivedStamp = stamp;
    }
    return &m_held->derived;
}

qint64 SqliteConnection::dataVersion() const
{
    auto v = scalar(QStringLiteral("PRAGMA data_version"));
    return v ? v->toLongLong() : -1;
}

} // namespace sa::core
