#include "SqliteConnection.h"

// What a connection holds while it is kept (SqliteConnection::Held): finishing its statements'
// reads at each keep, and letting them go when it closes.

namespace sa::core {

qsizetype SqliteConnection::Held::bytesOf(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::QString:
        return v.toString().size() * 2;
    case QMetaType::QByteArray:
        return v.toByteArray().size();
    default:
        return 8;
    }
}

namespace {

/// Ends a kept Qt statement's read; false when it is to be let go instead (it holds heavy values,
/// or it is a query whose last rows it may hold: run()'s reads are read by their callers).
bool keepAfterFinish(QSqlQuery& query)
{
    // One not run since the last keep was weighed then (a cycle keeps a connection dozens of times
    // and holds a hundred statements on it).
    if (!query.isActive())
        return !query.isSelect();
    query.finish();
    if (query.isSelect())
        return false;
    qsizetype bytes = 0;
    for (const QVariant& v : query.boundValues())
        bytes += SqliteConnection::Held::bytesOf(v);
    return bytes <= SqliteConnection::Held::HeavyBytes;
}

} // namespace

void SqliteConnection::Held::finishAll()
{
    // scalar() and eachRow() end their reads themselves; run()'s callers and the C-API ones may not.
    for (const QString* key : touchedQueries) {
        const auto it = statements.find(*key);
        if (it != statements.end() && !keepAfterFinish(it->second))
            statements.erase(it);
    }
    touchedQueries.clear();
    for (SqliteStatement* statement : touchedNative) {
        if (statement->isBusy())
            statement->reset();
    }
    touchedNative.clear();
}

void SqliteConnection::Held::clear()
{
    touchedQueries.clear();
    touchedNative.clear();
    statements.clear();
    scalars.clear();
    reads.clear();
    native.clear();
}

} // namespace sa::core
