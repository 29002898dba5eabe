#include "MtaQueue.h"

#include "core/directory/ConnectorValues.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/message/MessageRow.h"
#include "core/storage/SqliteConnection.h"

#include <QSqlQuery>

namespace sa::core {

namespace {

/// The rows of a SELECT of queuedColumns().
Result<QList<QueuedMessage>> readQueued(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<QueuedMessage> out;
    QSqlQuery& rows = q.value();
    while (rows.next())
        out.append({rows.value(0).toLongLong(), MessageRow::read(rows, 4), rows.value(1).toString(),
                    rows.value(2).toString(), rows.value(3).toInt(),
                    MessageRow::readTime(rows.value(14).toString())});
    return out;
}

QString queuedColumns()
{
    return QStringLiteral("seq, state, coalesce(reason, ''), attempts, %1, queued_at")
        .arg(MessageRow::Columns);
}

} // namespace

namespace {

/// A message into mta_queue by `sql` (an INSERT of queued_at and MessageRow::Columns), on the C
/// API: every message is written here at every hop (issue 18).
Status insertQueued(DirectoryWriter& w, const Message& m, const QString& sql)
{
    auto statement = w.store().connection().statement(sql);
    if (!statement)
        return statement.error();
    SqliteStatement& insert = *statement.value();
    insert.bind(1, MessageRow::stamp());
    MessageRow::bind(insert, 2, m);
    return insert.execAndClear();
}

} // namespace

Status MtaQueue::enqueue(DirectoryWriter& w, const Message& m)
{
    static const QString sql =
        QStringLiteral("INSERT INTO mta_queue(queued_at, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT(message_id) DO NOTHING")
            .arg(MessageRow::Columns);
    return insertQueued(w, m, sql);
}

Status MtaQueue::takeIn(DirectoryWriter& w, const Message& m)
{
    static const QString sql =
        QStringLiteral("INSERT INTO mta_queue(queued_at, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT(message_id) DO UPDATE SET hops = max(hops, excluded.hops)")
            .arg(MessageRow::Columns);
    return insertQueued(w, m, sql);
}

Status MtaQueue::hold(DirectoryWriter& w, qint64 seq, const QString& reason)
{
    return w
        .exec(QStringLiteral("UPDATE mta_queue SET state = 'held', reason = ? WHERE seq = ?"), {reason, seq})
        .status();
}

Result<QList<QueuedMessage>> MtaQueue::all() const
{
    return readQueued(m_store.connection().exec(
        QStringLiteral("SELECT %1 FROM mta_queue ORDER BY seq").arg(queuedColumns())));
}

Result<QList<QueuedMessage>> MtaQueue::waitingFor(const QString& postoffice) const
{
    auto everything = all();
    if (!everything)
        return everything.error();
    QList<QueuedMessage> out;
    for (const QueuedMessage& q : everything.value()) {
        if (q.state == QLatin1String("queued") &&
            ConnectorValues::msPostoffice(q.message.to).compare(postoffice, Qt::CaseInsensitive) == 0)
            out.append(q);
    }
    return out;
}

Result<QList<QueuedMessage>> MtaQueue::waitingAfter(qint64 after, int limit, qint64 budget) const
{
    // The batch ends where its bodies and attachments pass `budget` (a first full dirsync queues a
    // reply of the whole directory for every postoffice: 500 of them at once would hold the
    // directory once per postoffice in memory, issue 18): each row's size is read before its
    // values, and the row that would pass the budget is left for the next batch (the first goes
    // however big it is). One statement on the C API, as every message passes here at every site.
    static const QString sql =
        QStringLiteral("SELECT coalesce(length(body), 0) + coalesce(length(attachment), 0), %1 FROM mta_queue"
                       " WHERE state = 'queued' AND seq > ? ORDER BY seq LIMIT ?")
            .arg(queuedColumns());
    auto batch = m_store.connection().statement(sql);
    if (!batch)
        return batch.error();
    SqliteStatement& rows = *batch.value();
    rows.bind(1, after).bind(2, qint64(limit));
    QList<QueuedMessage> out;
    qint64 total = 0;
    for (;;) {
        auto row = rows.next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        total += rows.integer(0);
        if (!out.isEmpty() && total > budget)
            break;
        out.append({rows.integer(1), MessageRow::read(rows, 5), rows.text(2), rows.text(3),
                    int(rows.integer(4)), MessageRow::readTime(rows.text(15))});
    }
    rows.reset();
    return out;
}

Result<int> MtaQueue::waitingCount() const
{
    auto v =
        m_store.connection().scalar(QStringLiteral("SELECT count(*) FROM mta_queue WHERE state = 'queued'"));
    if (!v)
        return v.error();
    return v->toInt();
}

Result<Message> MtaQueue::message(qint64 seq) const
{
    auto q = m_store.connection().exec(
        QStringLiteral("SELECT %1 FROM mta_queue WHERE seq = ? AND state IN ('queued', 'held')")
            .arg(MessageRow::Columns),
        {seq});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error(ErrorCode::NotFound, Phrase::tr("the message is no longer in the queue"));
    return MessageRow::read(q.value(), 0);
}

Result<qint64> MtaQueue::last() const
{
    auto seq = m_store.connection().scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM mta_queue"));
    if (!seq)
        return seq.error();
    return seq->toLongLong();
}

Result<QList<Message>> MtaQueue::after(qint64 seq, const QString& recipient) const
{
    auto q = m_store.connection().exec(
        QStringLiteral("SELECT %1 FROM mta_queue WHERE seq > ? AND lower(recipient) = lower(?) ORDER BY seq")
            .arg(MessageRow::Columns),
        {seq, recipient});
    if (!q)
        return q.error();
    QList<Message> out;
    while (q.value().next())
        out << MessageRow::read(q.value(), 0);
    return out;
}

Status MtaQueue::drop(qint64 seq)
{
    return drop(QList<qint64>{seq});
}

Status MtaQueue::drop(const QList<qint64>& seqs)
{
    auto remove = m_store.connection().statement(QStringLiteral("DELETE FROM mta_queue WHERE seq = ?"));
    if (!remove)
        return remove.error();
    for (qint64 seq : seqs) {
        if (Status s = remove.value()->bind(1, seq).exec(); !s)
            return s;
    }
    return {};
}

Status MtaQueue::countAttempt(const QList<qint64>& seqs, const QString& reason)
{
    if (seqs.isEmpty())
        return {};
    auto stmt = m_store.connection().statement(
        QStringLiteral("UPDATE mta_queue SET attempts = attempts + 1, reason = ? WHERE seq IN (%1)")
            .arg(SqliteStatement::inList(int(seqs.size()))));
    if (!stmt)
        return stmt.error();
    return stmt.value()->bind(1, reason).bindIn(2, seqs).exec();
}

} // namespace sa::core
