#pragma once

#include "core/common/Error.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>

struct sqlite3;
struct sqlite3_stmt;

namespace sa::core {

/// A statement prepared straight on a SqliteConnection's sqlite3 handle, for the paths that write or
/// read rows by the hundred thousand (bulk creation, Directory Import, the uniqueness look-ups they
/// make): binding and stepping without the Qt driver's QVariant, QSqlField and QSqlRecord work per
/// call, which alone cost 1.3x the sqlite3 C API (issue 18, tests/bench). It belongs to its
/// connection (SqliteConnection::statement), runs on the connection's thread and is finalized before
/// the connection closes. Indexes are 1-based for binding (SQLite's), 0-based for columns.
class SqliteStatement
{
public:
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    /// The text is kept (as UTF-8) until the statement is reset, so SQLite reads it in place.
    SqliteStatement& bind(int index, const QString& text);
    SqliteStatement& bind(int index, qint64 value);
    SqliteStatement& bindNull(int index);
    /// Bytes as a blob (a null QByteArray as NULL), kept like text until the statement is reset.
    SqliteStatement& bindBlob(int index, const QByteArray& bytes);
    /// A value as the Qt driver binds it: null (or invalid) as NULL, booleans and integers as
    /// integers, a double as a real, bytes as a blob, anything else as its text.
    SqliteStatement& bindValue(int index, const QVariant& value);
    /// `values` bound in order from parameter 1.
    SqliteStatement& bindValues(const QVariantList& values);
    /// Lets go of every bound value: a statement kept prepared would otherwise hold the last
    /// message body of megabytes (a full dirsync reply) until it runs again.
    void clearBindings();

    /// Runs a statement that returns no rows to its end and resets it; fails with SQLite's words.
    Status exec();
    /// exec(), then clearBindings(): for a statement kept prepared that binds a message's values.
    Status execAndClear();
    /// Gives `row` each row of the query, then resets it (also when stepping fails).
    Status eachRow(const std::function<void(const SqliteStatement&)>& row);
    /// The next row of a query: true while there is one; reset() after the last one read.
    Result<bool> next();
    QString text(int column) const;
    QByteArray blob(int column) const;
    qint64 integer(int column) const;
    /// The column's text as SQLite holds it (UTF-8), valid until the next step or reset: for
    /// comparing without making a QString.
    QByteArrayView utf8(int column) const;
    bool isNull(int column) const;
    /// Stepped and neither run to its end nor reset: it may hold a read of the file.
    bool isBusy() const;
    /// The column as the Qt driver gives it: an integer as qlonglong, a real as double, text as
    /// QString, a blob as QByteArray, NULL as a null QString.
    QVariant value(int column) const;
    /// Ready to run again; the bound values stay until bound anew.
    void reset();

    /// The rowid of the connection's last INSERT.
    qint64 lastInsertId() const;
    /// Binds `values` to an IN list made by inList(values.size()) whose first parameter is `first`:
    /// the last value is bound again in the padding (a repeated value changes nothing in an IN list).
    SqliteStatement& bindIn(int first, const QList<qint64>& values);
    SqliteStatement& bindIn(int first, const QStringList& values);

    /// How many parameters an IN list of `n` values is given: `n` rounded up to a power of two. A
    /// look-up of any length is then one of a few statements kept prepared (SqliteConnection::
    /// statement keeps each text it is given), not one per length.
    static int paddedCount(int n);
    /// "?,?,...,?": the parameters of an IN list of `n` values (paddedCount(n) of them), for bindIn.
    static QString inList(int n);
    /// The rows the connection's last INSERT, UPDATE or DELETE changed (0 for an INSERT that did
    /// nothing ON CONFLICT).
    int changes() const;

private:
    friend class SqliteConnection;
    SqliteStatement(sqlite3* db, sqlite3_stmt* stmt, QString sql);
    Error failure(int rc) const;

    sqlite3* m_db;
    sqlite3_stmt* m_stmt;
    QString m_sql;
    QList<QByteArray> m_held;
};

} // namespace sa::core
