// The postoffice's queue as its administrator and its carriers see it: what waits and why, mail
// returned when it cannot go on (MS Mail's undeliverable mail) and the system log (SYSTEM.LOG).
// Delivery and forwarding are in PostofficeMail.cpp.
#include "PostofficeDirsyncJournal.h"
#include "PostofficeStore.h"
#include "core/common/Clock.h"
#include "core/message/MessageRow.h"

#include <QSqlQuery>

namespace sa::core {

namespace {

const QString UndeliverableKey = QStringLiteral("undeliverable-after");

/// "24 hours", "90 seconds": how long, as a report says it.
QString duration(int seconds)
{
    if (seconds % 3600 == 0)
        return QStringLiteral("%1 hour(s)").arg(seconds / 3600);
    if (seconds % 60 == 0)
        return QStringLiteral("%1 minute(s)").arg(seconds / 60);
    return QStringLiteral("%1 second(s)").arg(seconds);
}

} // namespace

Status PostofficeStore::writeSystemLog(const QString& source, const QString& text)
{
    auto write = [&]() -> Status {
        auto r =
            m_connection->exec(QStringLiteral("INSERT INTO system_log(at, source, text) VALUES (?, ?, ?)"),
                               {MessageRow::stamp(), source, text});
        return r.status();
    };
    return m_connection->inTransaction() ? write() : m_connection->transaction(write);
}

Result<QList<PoLogLine>> PostofficeStore::systemLog(int limit) const
{
    auto q = m_connection->exec(QStringLiteral("SELECT id, at, source, text FROM (SELECT * FROM system_log"
                                               " ORDER BY id DESC LIMIT ?) ORDER BY id"),
                                {limit});
    if (!q)
        return q.error();
    QList<PoLogLine> out;
    QSqlQuery rows = std::move(q).value();
    while (rows.next())
        out.append(PoLogLine{rows.value(0).toLongLong(),
                             QDateTime::fromString(rows.value(1).toString(), Qt::ISODate),
                             rows.value(2).toString(), rows.value(3).toString()});
    return out;
}

Result<int> PostofficeStore::pruneLogs(const QString& cutoff)
{
    int gone = 0;
    const Status s = m_connection->transaction([&]() -> Status {
        auto r = m_connection->exec(QStringLiteral("DELETE FROM system_log WHERE at < ?"), {cutoff});
        if (!r)
            return r.error();
        gone += r->numRowsAffected();
        auto dirsync = PostofficeDirsyncJournal(*this).forgetBefore(cutoff);
        if (!dirsync)
            return dirsync.error();
        gone += dirsync.value();
        return {};
    });
    if (!s)
        return s.error();
    return gone;
}

Status PostofficeStore::bounce(const Message& m, const QString& source, const QString& reason)
{
    if (m.report) // a report that cannot be delivered is dropped, never answered
        return writeSystemLog(
            source, QStringLiteral("Dropped the non-delivery report %1 to %2: %3").arg(m.id, m.to, reason));
    if (Status s = writeSystemLog(
            source, QStringLiteral("Returned message %1 from %2 to %3: %4").arg(m.id, m.from, m.to, reason));
        !s)
        return s;
    const Message ndr =
        Message::nonDelivery(m, QStringLiteral("MS:%1/%2").arg(name(), SystemMailbox), reason);
    return enqueue(ndr, QStringLiteral("in"), {});
}

Result<QStringList> PostofficeStore::outboundHops() const
{
    auto q = m_connection->exec(
        QStringLiteral("SELECT DISTINCT next_hop FROM queue WHERE direction = 'out' ORDER BY next_hop"));
    if (!q)
        return q.error();
    QStringList out;
    QSqlQuery rows = std::move(q).value();
    while (rows.next())
        out << rows.value(0).toString();
    return out;
}

namespace {

/// The queue's rows as Queued, from a SELECT of QueuedColumns.
Result<QList<PostofficeStore::Queued>> readQueued(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<PostofficeStore::Queued> out;
    QSqlQuery rows = std::move(q).value();
    while (rows.next())
        out.append(PostofficeStore::Queued{rows.value(0).toLongLong(), MessageRow::read(rows, 1),
                                           rows.value(11).toString(), rows.value(12).toString(),
                                           QDateTime::fromString(rows.value(13).toString(), Qt::ISODate),
                                           rows.value(14).toString()});
    return out;
}

QString queuedColumns()
{
    return QStringLiteral("seq, %1, coalesce(next_hop, ''), direction, queued_at, reason")
        .arg(MessageRow::Columns);
}

} // namespace

Result<QList<PostofficeStore::Queued>> PostofficeStore::queued() const
{
    return readQueued(m_connection->exec(
        QStringLiteral("SELECT %1 FROM queue ORDER BY direction, seq").arg(queuedColumns())));
}

Result<QList<PostofficeStore::Queued>> PostofficeStore::outboundFor(const QString& nextHop, int limit) const
{
    return readQueued(
        m_connection->exec(QStringLiteral("SELECT %1 FROM queue WHERE direction = 'out' AND next_hop = ?"
                                          " ORDER BY seq LIMIT ?")
                               .arg(queuedColumns()),
                           {nextHop.toUpper(), limit}));
}

Status PostofficeStore::setWaitingReason(const QString& nextHop, const QString& reason)
{
    auto changed = m_connection->scalar(
        QStringLiteral(
            "SELECT 1 FROM queue WHERE direction = 'out' AND next_hop = ? AND reason != ? LIMIT 1"),
        {nextHop.toUpper(), reason});
    if (!changed)
        return changed.error();
    if (!changed->isValid())
        return {}; // as it was: nothing written
    return m_connection->transaction([&]() -> Status {
        auto r = m_connection->exec(
            QStringLiteral("UPDATE queue SET reason = ? WHERE direction = 'out' AND next_hop = ?"),
            {reason, nextHop.toUpper()});
        return r.status();
    });
}

Status PostofficeStore::removeQueued(qint64 seq, bool returnToSender, const QString& reason)
{
    return m_connection->transaction([&]() -> Status {
        auto q = m_connection->exec(
            QStringLiteral("SELECT seq, %1 FROM queue WHERE seq = ?").arg(MessageRow::Columns), {seq});
        if (!q)
            return q.error();
        QSqlQuery row = std::move(q).value();
        if (!row.next())
            return Error(ErrorCode::NotFound,
                         QStringLiteral("%1 has no queued message %2").arg(name()).arg(seq));
        const Message m = MessageRow::read(row, 1);
        row.finish();
        Status s = returnToSender
                       ? bounce(m, QStringLiteral("Administrator"), reason)
                       : writeSystemLog(QStringLiteral("Administrator"),
                                        QStringLiteral("Deleted message %1 from %2 to %3 from the queue")
                                            .arg(m.id, m.from, m.to));
        if (!s)
            return s;
        auto del = m_connection->exec(QStringLiteral("DELETE FROM queue WHERE seq = ?"), {seq});
        return del.status();
    });
}

int PostofficeStore::undeliverableAfter() const
{
    bool ok = false;
    const int seconds = metaValue(UndeliverableKey).toInt(&ok);
    return ok && seconds > 0 ? seconds : DefaultUndeliverableSeconds;
}

Status PostofficeStore::setUndeliverableAfter(int seconds)
{
    if (seconds <= 0)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("undeliverable-after must be a number of seconds above 0"));
    return m_connection->transaction(
        [&] { return setMetaValue(UndeliverableKey, QString::number(seconds)); });
}

Result<int> PostofficeStore::returnExpired(const std::function<QString(const QString&)>& reasonFor)
{
    const int limit = undeliverableAfter();
    const QString cutoff = MessageRow::stamp(Clock::nowUtc().addSecs(-limit));
    auto q = m_connection->exec(
        QStringLiteral("SELECT seq, %1, next_hop, reason FROM queue WHERE direction = 'out' AND queued_at < ?"
                       " ORDER BY seq LIMIT 500")
            .arg(MessageRow::Columns),
        {cutoff});
    if (!q)
        return q.error();
    struct Expired
    {
        qint64 seq;
        Message message;
        QString reason;
    };
    QList<Expired> work;
    QSqlQuery rows = std::move(q).value();
    while (rows.next()) {
        const QString hop = rows.value(11).toString();
        QString why = rows.value(12).toString();
        if (why.isEmpty() && reasonFor)
            why = reasonFor(hop);
        if (why.isEmpty())
            why = QStringLiteral("%1 did not take it").arg(hop);
        work.append({rows.value(0).toLongLong(), MessageRow::read(rows, 1), why});
    }
    rows.finish();
    if (work.isEmpty())
        return 0;
    Status s = m_connection->transaction([&]() -> Status {
        for (const Expired& e : work) {
            if (Status b =
                    bounce(e.message, QStringLiteral("External"),
                           QStringLiteral("not delivered within %1: %2").arg(duration(limit), e.reason));
                !b)
                return b;
            auto del = m_connection->exec(QStringLiteral("DELETE FROM queue WHERE seq = ?"), {e.seq});
            if (!del)
                return del.error();
        }
        return {};
    });
    if (!s)
        return s.error();
    return int(work.size());
}

} // namespace sa::core
