#pragma once

#include "core/common/Error.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <memory>

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

private:
    SqliteConnection(QString name, QString path);

    QString m_name;
    QString m_path;
    bool m_inTransaction = false;
    mutable QHash<QString, QSqlQuery> m_statements;
};

} // namespace sa::core
