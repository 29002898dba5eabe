#include "SqliteStatement.h"

#include "StorageProblem.h"

#include <QDateTime>
#include <algorithm>
#include <sqlite3.h>

namespace sa::core {

SqliteStatement::SqliteStatement(sqlite3* db, sqlite3_stmt* stmt, QString sql)
    : m_db(db), m_stmt(stmt), m_sql(std::move(sql))
{
    m_held.resize(sqlite3_bind_parameter_count(m_stmt) + 1);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement& SqliteStatement::bind(int index, const QString& text)
{
    if (index <= 0 || index >= m_held.size())
        return *this; // SQLite would refuse it as out of range; exec() reports the missing value
    // As UTF-8, the database's encoding: Qt's converter is much faster than SQLite's translation of
    // UTF-16 (sqlite3VdbeMemTranslate was a tenth of reading a full dirsync reply, issue 18).
    m_held[index] = text.toUtf8();
    const QByteArray& held = m_held.at(index);
    sqlite3_bind_text(m_stmt, index, held.constData(), int(held.size()), SQLITE_STATIC);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

SqliteStatement& SqliteStatement::bindBlob(int index, const QByteArray& bytes)
{
    if (index <= 0 || index >= m_held.size())
        return *this;
    if (bytes.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return *this;
    }
    m_held[index] = bytes; // shared, not copied
    const QByteArray& held = m_held.at(index);
    sqlite3_bind_blob(m_stmt, index, held.constData(), int(held.size()), SQLITE_STATIC);
    return *this;
}

SqliteStatement& SqliteStatement::bindValue(int index, const QVariant& value)
{
    if (value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_stmt, index, value.toDouble());
        return *this;
    case QMetaType::QByteArray:
        return bindBlob(index, value.toByteArray());
    case QMetaType::QDateTime: {
        const QDateTime at = value.toDateTime();
        return at.isNull() ? bindNull(index) : bind(index, at.toString(Qt::ISODateWithMs));
    }
    default: {
        // A null QString is NULL, as the driver binds it (QVariant::isNull no longer says so).
        const QString text = value.toString();
        return text.isNull() ? bindNull(index) : bind(index, text);
    }
    }
}

SqliteStatement& SqliteStatement::bindValues(const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        bindValue(i + 1, values.at(i));
    return *this;
}

void SqliteStatement::clearBindings()
{
    sqlite3_clear_bindings(m_stmt);
    for (QByteArray& held : m_held)
        held.clear();
}

Error SqliteStatement::failure(int rc) const
{
    const QString what = m_sql.section(QLatin1Char(' '), 0, 3);
    QString text = QString::fromUtf8(sqlite3_errmsg(m_db));
    if (text.isEmpty())
        text = QString::fromUtf8(sqlite3_errstr(rc));
    return Error(ErrorCode::Storage, Phrase::tr("%1 failed: %2").arg(what, StorageProblem::explain(text)));
}

Status SqliteStatement::exec()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW) {
        sqlite3_reset(m_stmt);
        return {};
    }
    const Error e = failure(rc);
    sqlite3_reset(m_stmt);
    return e;
}

Status SqliteStatement::execAndClear()
{
    const Status done = exec();
    clearBindings();
    return done;
}

Status SqliteStatement::eachRow(const std::function<void(const SqliteStatement&)>& row)
{
    for (;;) {
        auto more = next(); // resets on failure
        if (!more)
            return more.error();
        if (!*more)
            break;
        row(*this);
    }
    reset();
    return {};
}

Result<bool> SqliteStatement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const Error e = failure(rc);
    sqlite3_reset(m_stmt);
    return e;
}

QString SqliteStatement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray SqliteStatement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_BLOB:
        return QVariant(blob(column));
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    default:
        return QVariant(text(column));
    }
}

int SqliteStatement::paddedCount(int n)
{
    int padded = 1;
    while (padded < n)
        padded *= 2;
    return padded;
}

QString SqliteStatement::inList(int n)
{
    return n <= 0 ? QString() : QStringLiteral("?,").repeated(paddedCount(n)).chopped(1);
}

template <typename Values> static void bindPadded(SqliteStatement& statement, int first, const Values& values)
{
    const int n = int(values.size());
    const int padded = n <= 0 ? 0 : SqliteStatement::paddedCount(n);
    for (int i = 0; i < padded; ++i)
        statement.bind(first + i, values.at(std::min(i, n - 1)));
}

SqliteStatement& SqliteStatement::bindIn(int first, const QList<qint64>& values)
{
    bindPadded(*this, first, values);
    return *this;
}

SqliteStatement& SqliteStatement::bindIn(int first, const QStringList& values)
{
    bindPadded(*this, first, values);
    return *this;
}

bool SqliteStatement::isBusy() const
{
    return sqlite3_stmt_busy(m_stmt) != 0;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace sa::core
