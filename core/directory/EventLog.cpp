#include "EventLog.h"

#include "DirectoryStore.h"
#include "DirectoryWriter.h"
#include "core/common/Clock.h"
#include "core/common/SqlText.h"

#include <QSqlQuery>

namespace sa::core::EventLog {

namespace {

Result<QList<EventRecord>> read(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<EventRecord> out;
    QSqlQuery rows = std::move(q).value();
    while (rows.next())
        out.append(EventRecord{rows.value(0).toLongLong(),
                               QDateTime::fromString(rows.value(1).toString(), Qt::ISODate),
                               rows.value(2).toString(), rows.value(3).toString(), rows.value(4).toInt(),
                               rows.value(5).toString(), rows.value(6).toString()});
    return out;
}

} // namespace

Status write(DirectoryWriter& w, const QString& source, const QString& level, int id, const QString& text,
             const QString& category)
{
    auto r = w.run(
        QStringLiteral(
            "INSERT INTO events(at, source, level, event_id, text, category) VALUES (?, ?, ?, ?, ?, ?)"),
        {Clock::nowUtc().toString(Qt::ISODate), source, level, id, text, sqlText(category)});
    return r.status();
}

Result<qint64> lastId(const SqliteConnection& connection)
{
    auto e = connection.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM events"));
    if (!e)
        return e.error();
    return e->toLongLong();
}

Result<int> forgetBefore(DirectoryWriter& w, const QString& cutoff)
{
    auto r = w.exec(QStringLiteral("DELETE FROM events WHERE at < ?"), {cutoff});
    if (!r)
        return r.error();
    return r->numRowsAffected();
}

Result<QList<EventRecord>> recent(DirectoryStore& store, int limit)
{
    return read(store.connection().exec(
        QStringLiteral(
            "SELECT id, at, source, level, event_id, text, category FROM events ORDER BY id DESC LIMIT ?"),
        {limit}));
}

Result<QList<EventRecord>> since(DirectoryStore& store, qint64 afterId, int limit)
{
    return read(store.connection().exec(
        QStringLiteral("SELECT id, at, source, level, event_id, text, category FROM events"
                       " WHERE id > ? ORDER BY id LIMIT ?"),
        {afterId, limit}));
}

Result<QList<EventRecord>> range(DirectoryStore& store, qint64 first, qint64 last)
{
    return read(store.connection().exec(
        QStringLiteral("SELECT id, at, source, level, event_id, text, category FROM events"
                       " WHERE id BETWEEN ? AND ? ORDER BY id"),
        {first, last}));
}

} // namespace sa::core::EventLog
