#pragma once

#include "core/common/Error.h"
#include "core/storage/FileIdentity.h"
#include "core/storage/SqliteStatement.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <any>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace sa::core {

/// Owns one named QSqlDatabase connection to one SQLite file, for the thread that opened it.
/// Every store (site directory, postoffice, ...) holds exactly one of these: one owner per connection,
/// one connection per thread. Opening sets WAL, foreign keys, synchronous=FULL and a busy timeout.
class SqliteConnection
{
public:
    enum class OpenMode
    {
        CreateIfMissing,
        ExistingOnly
    };

    /// While one lives on a thread, a connection that ends on that thread is kept open, and the next
    /// open of the same file there (same kind, the same file still at that path) takes it again
    /// without opening, checking and setting it up anew; when the outermost one ends, they close. A
    /// dirsync cycle and the services' passes hold one, so each database is opened once for the
    /// whole of it and its write-ahead log is not checkpointed and deleted after every step (issue 18).
    class KeepOpen
    {
    public:
        KeepOpen();
        ~KeepOpen();
        KeepOpen(const KeepOpen&) = delete;
        KeepOpen& operator=(const KeepOpen&) = delete;
    };

    /// Closes the connections this thread keeps open on the file `path` (and its -wal and -shm) before
    /// it is renamed or removed: SQLite names a connection's write-ahead log and shared memory after
    /// the name it opened, and a connection left on a renamed file breaks the next one opened on it.
    static void closeKept(const QString& path);

    /// For the length of a bulk write (Directory Import, a commit of many operations): a page cache
    /// of BulkCachePragma's 32 MB instead of SQLite's 2 MB, given back when it ends. With 2 MB a bulk
    /// write spilled its pages to the WAL mid-transaction and read them back (issue 18); kept for
    /// every connection, the caches of a dirsync cycle's eleven open databases added up past its
    /// memory budget.
    class BulkCache
    {
    public:
        explicit BulkCache(SqliteConnection& connection);
        ~BulkCache();
        BulkCache(const BulkCache&) = delete;
        BulkCache& operator=(const BulkCache&) = delete;

    private:
        SqliteConnection& m_connection;
        QVariant m_before;
    };
    /// The PRAGMA a BulkCache sets (the bench's baselines of bulk writes set it too).
    static QString bulkCachePragma();

    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    /// `applicationId` marks the files of one kind (PRAGMA application_id): a file that carries
    /// another id, or holds tables but no id, is refused as "not a <what> database".
    static Result<std::unique_ptr<SqliteConnection>> open(const QString& path, OpenMode mode,
                                                          quint32 applicationId, const QString& what);

    const QString& path() const { return m_path; }
    QSqlDatabase database() const;

    /// A prepared statement; fails with the driver's text and the statement.
    Result<QSqlQuery> prepare(const QString& sql) const;
    /// Prepare, bind positionally, execute.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {}) const;
    /// Like exec, through a statement prepared once per connection and kept (hot paths that run one
    /// statement many times). The query stays the connection's: read it before running the same
    /// statement again.
    Result<QSqlQuery*> run(const QString& sql, const QVariantList& values = {}) const;
    /// A statement on the sqlite3 C API, prepared once per connection and kept (SqliteStatement: the
    /// paths that write or read rows by the hundred thousand). It is the connection's; it is
    /// finalized before the connection closes.
    Result<SqliteStatement*> statement(const QString& sql) const;
    /// A statement on the sqlite3 C API that is not kept (a query whose text is made of what a user
    /// asked for); it must be let go before the connection closes.
    Result<std::unique_ptr<SqliteStatement>> statementOnce(const QString& sql) const;
    /// A Qt statement prepared once per connection and kept, not run: for a writer that binds by name
    /// (DirectoryWriter). Like run()'s, it stays the connection's while a KeepOpen keeps it.
    Result<QSqlQuery*> kept(const QString& sql) const;
    /// Runs a query kept prepared (like run) and gives `row` each of its rows, then ends the read;
    /// fails with the driver's text when preparing or stepping fails. Safe to nest: the same text run
    /// again from inside `row` gets a statement of its own.
    Status eachRow(const QString& sql, const QVariantList& values,
                   const std::function<void(const QSqlQuery&)>& row) const;
    /// First column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString& sql, const QVariantList& values = {}) const;
    /// The first column of every row, as text, in the statement's order.
    Result<QStringList> strings(const QString& sql, const QVariantList& values = {}) const;

    /// Runs `work` inside BEGIN IMMEDIATE ... COMMIT; any failure (returned or thrown by the driver)
    /// rolls everything back. Not re-entrant.
    Status transaction(const std::function<Status()>& work);
    bool inTransaction() const { return m_inTransaction; }

    /// PRAGMA data_version: changes when another connection commits to the file.
    qint64 dataVersion() const;

    static Error queryError(const QSqlQuery& query, const QString& what);

    /// What this process's connections have done since it started, for the bench and the tests that
    /// hold a budget: connections opened, and write transactions committed (each one durable: with
    /// synchronous=FULL a commit waits for the disk).
    struct Activity
    {
        qint64 opened = 0; ///< files opened (a kept connection taken again is not one)
        qint64 commits = 0;
        qint64 prepared = 0; ///< statements prepared (a kept one run again is not one)
        /// pages read from the file (not found in the connection's page cache), counted when a
        /// connection is kept or closed
        qint64 pagesRead = 0;
        /// kept connections taken again whose file was written since by other means than SQLite's
        /// (or its permissions changed), so it was checked again
        qint64 rechecked = 0;
    };
    static Activity activity();

    /// The PRAGMAs every connection runs when it opens, in order: the one list the bench's lower
    /// bound (the sqlite3 C API, tests/bench) opens its connection with too.
    static QStringList connectionPragmas();

private:
    SqliteConnection(QString name, QString path);
    /// The driver's sqlite3 handle, or null when the connection is not open.
    sqlite3* handle() const;

    QString m_name;
    QString m_path;
    quint32 m_applicationId = 0;
    enum class KeptFile
    {
        Untouched, ///< only a connection to a file untouched since it was kept
        Changed    ///< also one to the same file written since (checked again)
    };
    /// A connection this thread keeps open on `path`, taken again; null when there is none.
    static std::unique_ptr<SqliteConnection> takeKept(const QString& path, quint32 applicationId,
                                                      KeptFile file);

    bool m_ready = false; ///< opened, checked and set up: only such a connection is kept open
    bool m_inTransaction = false;
    /// Statements prepared once and kept, by their text. A std::unordered_map: run() hands out a
    /// pointer into it, which must outlive the insertion of another (a QHash moves its items when
    /// it grows).
    using KeptQueries = std::unordered_map<QString, QSqlQuery>;
    /// `sql` from `kept` (prepared and kept the first time; `kept` emptied first when it holds
    /// `maxKept` and `maxKept` is not 0), bound positionally and executed.
    Result<QSqlQuery*> runKept(KeptQueries& kept, const QString& sql, const QVariantList& values,
                               size_t maxKept) const;
    using NativeStatements = std::unordered_map<QString, std::unique_ptr<SqliteStatement>>;
    /// `sql` from `kept` on the C API, prepared and kept the first time (`kept` emptied first when it
    /// holds `maxKept` and `maxKept` is not 0).
    Result<SqliteStatement*> nativeKept(NativeStatements& kept, const QString& sql, size_t maxKept) const;

public:
    /// What a connection prepared and learnt while open. It goes with the connection when a
    /// KeepOpen keeps it, so the stores opened on it again in the same cycle neither prepare their
    /// statements anew nor check the schema again: a postoffice is opened on its kept connection
    /// several times a cycle, and preparing was a fifth of an idle cycle (issue 18).
    struct Held
    {
        KeptQueries statements;
        /// eachRow()'s statements, and those of them being read now.
        KeptQueries reads;
        QSet<QString> reading;
        NativeStatements native;
        /// The kept statements handed out since the last keep (by their key in `statements`, and
        /// the C-API ones): only they can be mid-read, so finishAll() looks at them alone. Finishing
        /// every kept statement at every keep was a twentieth of an idle cycle of a hundred
        /// postoffices, whose connections hold a hundred statements each (issue 18).
        std::unordered_set<const QString*> touchedQueries;
        std::unordered_set<SqliteStatement*> touchedNative;
        /// scalar()'s statements, on the C API: it hands none out, so the cache may be emptied when
        /// it grows (SQL made with values in its text would fill it).
        NativeStatements scalars;
        /// Migrator::migrate brought the file up to date on this connection.
        bool migrated = false;
        /// The file as it was when the connection was taken again untouched, and the rows the
        /// connection had changed then (sqlite3_total_changes64): kept again without a change since,
        /// it is kept with that identity, without asking the file system (a stat at every keep was a
        /// twentieth of an idle cycle, issue 18). A connection that wrote may have checkpointed into
        /// the file: it is asked.
        std::optional<FileIdentity> fileWhenTaken;
        qint64 changesWhenTaken = 0;
        /// What a store read of its file that does not change while it is the same file (a
        /// postoffice's network and name, written when it is made), so it is read once.
        QHash<QString, QString> facts;
        /// What a store derived from its rows (DirectoryStore::derived), and the stamp of the rows
        /// it was derived from: emptied when the stamp moves.
        std::unordered_map<QString, std::any> derived;
        qint64 derivedStamp = -1;
        /// Text or bytes above this, held by a kept Qt statement (a bound value, a row it read),
        /// make it not worth keeping: the driver keeps a statement's last bound values and its first
        /// and last rows until it runs again, and a full dirsync reply is megabytes. Kept for every
        /// postoffice of a cycle, such statements held one reply each (peak RSS of a first cycle of
        /// 10 x 10,000: 129 -> 233 MB).
        static constexpr qsizetype HeavyBytes = 64 * 1024;
        /// About how many bytes `value` holds.
        static qsizetype bytesOf(const QVariant& value);
        /// Ends every statement's read, so a connection that waits holds no snapshot of the file.
        void finishAll();
        /// Finalizes every statement (before the connection closes).
        void clear();
    };
    /// Migrator's record that the schema was checked (and brought up to date) on this connection.
    bool migrated() const { return m_held->migrated; }
    void setMigrated() { m_held->migrated = true; }
    /// Held::facts of this connection (a cache: readers fill it).
    QHash<QString, QString>& facts() const { return m_held->facts; }
    /// Held::derived of this connection for rows of `stamp` (emptied when the stamp moved), or
    /// nullptr inside a transaction: it may yet roll back and write other rows under that stamp.
    std::unordered_map<QString, std::any>* derived(qint64 stamp) const;

private:
    std::shared_ptr<Held> m_held = std::make_shared<Held>();
};

} // namespace sa::core
