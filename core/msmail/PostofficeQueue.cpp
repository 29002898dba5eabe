#include "PostofficeQueue.h"

#include "PostofficeMail.h"
#include "PostofficeStore.h"
#include "PostofficeSystemLog.h"
#include "core/common/Clock.h"
#include "core/directory/AddressSyntax.h"
#include "core/message/MessageRow.h"
#include "core/message/SeenIds.h"

#include <QSqlQuery>

namespace sa::core {

namespace {

const QString UndeliverableKey = QStringLiteral("undeliverable-after");

/// The messages one dispatch() (of "in") or returnExpired() (of "out") takes, in one transaction.
constexpr int Batch = 500;

/// "24 hours", "90 seconds": how long, as a report says it.
QString duration(int seconds)
{
    if (seconds % 3600 == 0)
        return QStringLiteral("%1 hour(s)").arg(seconds / 3600);
    if (seconds % 60 == 0)
        return QStringLiteral("%1 minute(s)").arg(seconds / 60);
    return QStringLiteral("%1 second(s)").arg(seconds);
}

/// The MS Mail address NET/PO/MAILBOX of a typed address (MS:... or without type), or empty.
QString msMailPart(const QString& address)
{
    const QString t =
        address.contains(QLatin1Char(':')) ? AddressSyntax::typeOf(address) : QStringLiteral("MS");
    return t == QLatin1String("MS")
               ? (address.contains(QLatin1Char(':')) ? AddressSyntax::valueOf(address) : address)
               : QString();
}

/// The queue's rows as PoQueued, from a SELECT of queuedColumns().
Result<QList<PoQueued>> readQueued(const SqliteConnection& c, const QString& sql,
                                   const QVariantList& values = {})
{
    QList<PoQueued> out;
    Status s = c.eachRow(sql, values, [&out](const QSqlQuery& rows) {
        out.append(PoQueued{rows.value(0).toLongLong(), MessageRow::read(rows, 1), rows.value(11).toString(),
                            rows.value(12).toString(), MessageRow::readTime(rows.value(13).toString()),
                            rows.value(14).toString()});
    });
    if (!s)
        return s.error();
    return out;
}

/// A queued row's columns, its next hop's waiting reason last (a hop's, kept in hop_waiting).
QString queuedColumns()
{
    return QStringLiteral("seq, %1, coalesce(next_hop, ''), direction, queued_at,"
                          " CASE direction WHEN 'out' THEN coalesce((SELECT reason FROM hop_waiting w"
                          " WHERE w.next_hop = queue.next_hop), '') ELSE '' END")
        .arg(MessageRow::Columns);
}

/// Outbound mail for one hop, oldest first, by queue_by_hop (`condition` on queued_at, or empty).
QString outboundSql(const QString& columns, const QString& condition)
{
    return QStringLiteral("SELECT %1 FROM queue WHERE direction = 'out' AND next_hop = ?%2"
                          " ORDER BY queued_at, seq LIMIT ?")
        .arg(columns, condition);
}

} // namespace

Status PostofficeQueue::enqueue(const Message& m, const QString& direction, const QString& nextHop)
{
    // On the C API: every message passes here at least once (issue 18).
    static const QString sql =
        QStringLiteral("INSERT INTO queue(direction, next_hop, queued_at, %1)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT(message_id, direction) DO UPDATE SET hops = max(hops, excluded.hops)")
            .arg(MessageRow::Columns);
    auto statement = m_po.connection().statement(sql);
    if (!statement)
        return statement.error();
    SqliteStatement& insert = *statement.value();
    insert.bind(1, direction);
    if (nextHop.isEmpty())
        insert.bindNull(2);
    else
        insert.bind(2, nextHop);
    insert.bind(3, MessageRow::stamp());
    MessageRow::bind(insert, 4, m);
    return insert.execAndClear();
}

Status PostofficeQueue::submit(const Message& m)
{
    // Routed as it is submitted, in the caller's transaction: delivered here, or "out" for its next
    // hop (one commit for the sender, not a second one for dispatch).
    return dispatchOne(m);
}

Status PostofficeQueue::bounce(const Message& m, const QString& source, const QString& reason)
{
    PostofficeSystemLog log(m_po);
    if (m.report) // a report that cannot be delivered is dropped, never answered
        return log.write(
            source, QStringLiteral("Dropped the non-delivery report %1 to %2: %3").arg(m.id, m.to, reason));
    if (Status s = log.write(
            source, QStringLiteral("Returned message %1 from %2 to %3: %4").arg(m.id, m.from, m.to, reason));
        !s)
        return s;
    const Message ndr = Message::nonDelivery(
        m, QStringLiteral("MS:%1/%2").arg(m_po.name(), PostofficeStore::SystemMailbox), reason);
    ++m_followUps;
    return enqueue(ndr, QStringLiteral("in"), {});
}

Status PostofficeQueue::dispatchOne(const Message& m)
{
    const QStringList parts = msMailPart(m.to).split(QLatin1Char('/'));
    const auto bounce = [&](const QString& reason) {
        return this->bounce(m, QStringLiteral("Dispatch"), reason);
    };
    if (parts.size() != 3)
        return bounce(QStringLiteral("MS Mail cannot send to this address type"));
    const QString target = parts.at(0) + QLatin1Char('/') + parts.at(1);
    if (target.compare(m_po.name(), Qt::CaseInsensitive) == 0)
        return hasMailbox(parts.at(2))
                   ? PostofficeMail(m_po).deliver(m, parts.at(2))
                   : bounce(QStringLiteral("%1 has no mailbox %2").arg(m_po.name(), parts.at(2).toUpper()));
    if (m.hops >= MaxHops)
        return bounce(QStringLiteral("[004] Message circular route detected"));
    const QString hop = nextHop(target);
    if (hop.isEmpty())
        return bounce(QStringLiteral("%1 has no route to %2").arg(m_po.name(), target.toUpper()));
    Message out = m;
    out.hops += 1;
    return enqueue(out, QStringLiteral("out"), hop);
}

namespace {

/// The answer kept in `memo` for `name` (any case), asked of `ask` the first time.
template <typename T, typename Ask> T remembered(QHash<QString, T>& memo, const QString& name, Ask ask)
{
    const QString key = name.toUpper();
    auto it = memo.constFind(key);
    if (it == memo.constEnd())
        it = memo.insert(key, ask(key));
    return it.value();
}

} // namespace

bool PostofficeQueue::hasMailbox(const QString& mailbox)
{
    return remembered(m_mailboxes, mailbox, [this](const QString& key) { return m_po.hasMailbox(key); });
}

QString PostofficeQueue::nextHop(const QString& target)
{
    return remembered(m_hops, target, [this](const QString& key) { return m_po.nextHop(key); });
}

Result<int> PostofficeQueue::dispatch()
{
    SqliteConnection& c = m_po.connection();
    QList<std::pair<qint64, Message>> work;
    if (Status s =
            c.eachRow(QStringLiteral("SELECT seq, %1 FROM queue WHERE direction = 'in' ORDER BY seq LIMIT %2")
                          .arg(MessageRow::Columns)
                          .arg(Batch),
                      {},
                      [&work](const QSqlQuery& rows) {
                          work.append({rows.value(0).toLongLong(), MessageRow::read(rows, 1)});
                      });
        !s)
        return s.error();
    if (work.isEmpty())
        return 0; // no transaction (and no write lock taken) for nothing
    if (work.size() == Batch)
        ++m_followUps; // more may wait
    int done = 0;
    // The batch in one transaction: each message delivered or forwarded, and off the queue, together
    // with the others (one sync to disk for the batch, not one per message).
    Status all = c.transaction([&]() -> Status {
        for (const auto& [seq, m] : work) {
            if (Status s = dispatchOne(m); !s)
                return s;
            if (Status s = c.run(QStringLiteral("DELETE FROM queue WHERE seq = ?"), {seq}).status(); !s)
                return s;
            ++done;
        }
        return {};
    });
    if (!all)
        return all.error();
    return done;
}

Result<QList<PoQueued>> PostofficeQueue::outboundFor(const QString& nextHop, int limit) const
{
    // On the C API: every message leaves its postoffice through here (issue 18). Taken now, so
    // without a reason to wait.
    static const QString sql =
        outboundSql(QStringLiteral("seq, %1, next_hop, queued_at").arg(MessageRow::Columns), {});
    auto statement = m_po.connection().statement(sql);
    if (!statement)
        return statement.error();
    SqliteStatement& rows = *statement.value();
    rows.bind(1, nextHop.toUpper()).bind(2, qint64(limit));
    QList<PoQueued> out;
    if (Status s = rows.eachRow([&out](const SqliteStatement& row) {
            out.append(PoQueued{row.integer(0),
                                MessageRow::read(row, 1),
                                row.text(11),
                                QStringLiteral("out"),
                                MessageRow::readTime(row.text(12)),
                                {}});
        });
        !s)
        return s.error();
    return out;
}

Status PostofficeQueue::removeOutbound(const QList<qint64>& seqs)
{
    if (seqs.isEmpty())
        return {};
    SqliteConnection& c = m_po.connection();
    return c.transaction([&]() -> Status {
        auto remove = c.statement(QStringLiteral("DELETE FROM queue WHERE seq = ? AND direction = 'out'"));
        if (!remove)
            return remove.error();
        for (qint64 seq : seqs) {
            if (Status s = remove.value()->bind(1, seq).exec(); !s)
                return s;
        }
        return {};
    });
}

Result<bool> PostofficeQueue::accept(const Message& message)
{
    auto n = accept(QList<Message>{message});
    if (!n)
        return n.error();
    return n.value() == 1;
}

Result<int> PostofficeQueue::accept(const QList<Message>& messages)
{
    SqliteConnection& c = m_po.connection();
    int fresh = 0;
    SeenIds seen(c, QStringLiteral("seen"));
    Status s = c.transaction([&]() -> Status {
        // Each new one delivered or forwarded in the same transaction it is taken in: one commit at
        // the postoffice for the batch (a dirsync reply reaches $SYSTEM with its hand-over).
        auto taken = seen.takeInAll(messages, [this](const Message& m) { return dispatchOne(m); });
        if (!taken)
            return taken.error();
        fresh = taken.value();
        return {};
    });
    if (!s)
        return s.error();
    return fresh;
}

Result<QStringList> PostofficeQueue::outboundHops() const
{
    // One seek in queue_by_hop per hop: a DISTINCT read every message waiting, and each pass of
    // the services asks (a twentieth of carrying 10,000 messages, issue 18).
    auto statement = m_po.connection().statement(
        QStringLiteral("SELECT next_hop FROM queue WHERE direction = 'out' AND next_hop > ?"
                       " ORDER BY next_hop LIMIT 1"));
    if (!statement)
        return statement.error();
    SqliteStatement& next = *statement.value();
    QStringList hops;
    QString after = QStringLiteral(""); // every text sorts after the empty one
    for (;;) {
        next.bind(1, after);
        auto row = next.next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        after = next.text(0);
        hops << after;
        next.reset();
    }
    next.reset();
    return hops;
}

Result<QMap<QString, QString>> PostofficeQueue::waitingReasons() const
{
    // On the C API: each pass of the services asks at every postoffice.
    auto statement = m_po.connection().statement(QStringLiteral("SELECT next_hop, reason FROM hop_waiting"));
    if (!statement)
        return statement.error();
    QMap<QString, QString> out;
    if (Status s = statement.value()->eachRow(
            [&out](const SqliteStatement& row) { out.insert(row.text(0), row.text(1)); });
        !s)
        return s.error();
    return out;
}

Status PostofficeQueue::setWaitingReasons(const QMap<QString, QString>& byHop)
{
    // A hop on its way (empty) or no longer waited for keeps no row: written only when it changes.
    QMap<QString, QString> wanted;
    for (auto it = byHop.constBegin(); it != byHop.constEnd(); ++it) {
        if (!it.value().isEmpty())
            wanted.insert(it.key().toUpper(), it.value());
    }
    auto kept = waitingReasons();
    if (!kept)
        return kept.error();
    if (kept.value() == wanted)
        return {};
    SqliteConnection& c = m_po.connection();
    return c.transaction([&]() -> Status {
        if (Status s = c.run(QStringLiteral("DELETE FROM hop_waiting")).status(); !s)
            return s;
        for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it) {
            if (Status s = c.run(QStringLiteral("INSERT INTO hop_waiting(next_hop, reason) VALUES (?, ?)"),
                                 {it.key(), it.value()})
                               .status();
                !s)
                return s;
        }
        return {};
    });
}

Result<QList<PoQueued>> PostofficeQueue::queued() const
{
    return readQueued(m_po.connection(),
                      QStringLiteral("SELECT %1 FROM queue ORDER BY direction, seq").arg(queuedColumns()));
}

Status PostofficeQueue::removeQueued(qint64 seq, bool returnToSender, const QString& reason)
{
    SqliteConnection& c = m_po.connection();
    return c.transaction([&]() -> Status {
        auto q =
            c.exec(QStringLiteral("SELECT seq, %1 FROM queue WHERE seq = ?").arg(MessageRow::Columns), {seq});
        if (!q)
            return q.error();
        QSqlQuery& row = q.value();
        if (!row.next())
            return Error(ErrorCode::NotFound,
                         Phrase::tr("%1 has no queued message %2").arg(m_po.name()).arg(seq));
        const Message m = MessageRow::read(row, 1);
        row.finish();
        Status s = returnToSender ? bounce(m, QStringLiteral("Administrator"), reason)
                                  : PostofficeSystemLog(m_po).write(
                                        QStringLiteral("Administrator"),
                                        QStringLiteral("Deleted message %1 from %2 to %3 from the queue")
                                            .arg(m.id, m.from, m.to));
        if (!s)
            return s;
        return c.run(QStringLiteral("DELETE FROM queue WHERE seq = ?"), {seq}).status();
    });
}

int PostofficeQueue::undeliverableAfter() const
{
    bool ok = false;
    const int seconds = m_po.metaValue(UndeliverableKey).toInt(&ok);
    return ok && seconds > 0 ? seconds : DefaultUndeliverableSeconds;
}

Status PostofficeQueue::setUndeliverableAfter(int seconds)
{
    if (seconds <= 0)
        return Error(ErrorCode::InvalidArgument,
                     Phrase::tr("undeliverable-after must be a number of seconds above 0"));
    return m_po.connection().transaction(
        [&] { return m_po.setMetaValue(UndeliverableKey, QString::number(seconds)); });
}

Result<int> PostofficeQueue::returnExpired(const std::function<QString(const QString&)>& reasonFor)
{
    auto hops = outboundHops();
    if (!hops)
        return hops.error();
    return returnExpired(hops.value(), reasonFor);
}

Result<int> PostofficeQueue::returnExpired(const QStringList& hops,
                                           const std::function<QString(const QString&)>& reasonFor)
{
    SqliteConnection& c = m_po.connection();
    if (hops.isEmpty())
        return 0; // nothing waits: the time allowed is not even read
    const int limit = undeliverableAfter();
    const QString cutoff = MessageRow::stamp(Clock::nowUtc().addSecs(-limit));
    struct Expired
    {
        qint64 seq;
        Message message;
        QString reason; ///< its next hop, until the reasons are read
    };
    QList<Expired> work;
    // Each hop's oldest, by queue_by_hop: a seek per hop, whatever waits (each pass asks).
    static const QString sql = outboundSql(QStringLiteral("seq, %1, next_hop").arg(MessageRow::Columns),
                                           QStringLiteral(" AND queued_at < ?"));
    auto statement = c.statement(sql);
    if (!statement)
        return statement.error();
    SqliteStatement& expired = *statement.value();
    for (const QString& hop : hops) {
        if (work.size() >= Batch)
            break;
        expired.bind(1, hop).bind(2, cutoff).bind(3, qint64(Batch - work.size()));
        if (Status s = expired.eachRow([&](const SqliteStatement& row) {
                work.append({row.integer(0), MessageRow::read(row, 1), row.text(11)});
            });
            !s)
            return s.error();
    }
    if (work.isEmpty())
        return 0;
    // Why each waited: its hop's reason, or what the caller says of the hop.
    auto reasons = waitingReasons();
    if (!reasons)
        return reasons.error();
    for (Expired& e : work) {
        const QString hop = e.reason;
        e.reason = reasons->value(hop);
        if (e.reason.isEmpty() && reasonFor)
            e.reason = reasonFor(hop);
        if (e.reason.isEmpty())
            e.reason = QStringLiteral("%1 did not take it").arg(hop);
    }
    Status s = c.transaction([&]() -> Status {
        for (const Expired& e : work) {
            if (Status b =
                    bounce(e.message, QStringLiteral("External"),
                           QStringLiteral("not delivered within %1: %2").arg(duration(limit), e.reason));
                !b)
                return b;
            if (Status d = c.exec(QStringLiteral("DELETE FROM queue WHERE seq = ?"), {e.seq}).status(); !d)
                return d;
        }
        return {};
    });
    if (!s)
        return s.error();
    return int(work.size());
}

} // namespace sa::core
