// What View > Queues and a connection's Queue... show of the site's MTA, and what the
// administrator does there; the mail kept for the site's own mailboxes.
#include "SiteMail.h"
#include "SiteTransport.h"
#include "core/directory/ConnectorValues.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/EventLog.h"
#include "core/message/MessageRow.h"

#include <QSqlQuery>

namespace sa::core {

Result<QList<QueuedMessage>> SiteTransport::queuedFor(const QString& postoffice) const
{
    auto all = queue();
    if (!all)
        return all.error();
    QList<QueuedMessage> out;
    for (const QueuedMessage& q : all.value()) {
        if (q.state == QLatin1String("queued") &&
            ConnectorValues::msPostoffice(q.message.to).compare(postoffice, Qt::CaseInsensitive) == 0)
            out.append(q);
    }
    return out;
}

Result<QList<QueuedMessage>> SiteTransport::queue() const
{
    auto q = m_store.connection().exec(
        QStringLiteral(
            "SELECT seq, state, coalesce(reason, ''), attempts, %1, queued_at FROM mta_queue ORDER BY seq")
            .arg(MessageRow::Columns));
    if (!q)
        return q.error();
    QList<QueuedMessage> out;
    QSqlQuery rows = std::move(q).value();
    while (rows.next())
        out.append({rows.value(0).toLongLong(), MessageRow::read(rows, 4), rows.value(1).toString(),
                    rows.value(2).toString(), rows.value(3).toInt(),
                    QDateTime::fromString(rows.value(14).toString(), Qt::ISODate)});
    return out;
}

Result<qint64> SiteTransport::lastQueued() const
{
    auto seq = m_store.connection().scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM mta_queue"));
    if (!seq)
        return seq.error();
    return seq->toLongLong();
}

Result<QList<Message>> SiteTransport::queuedAfter(qint64 seq, const QString& recipient) const
{
    auto q = m_store.connection().exec(
        QStringLiteral("SELECT %1 FROM mta_queue WHERE seq > ? AND lower(recipient) = lower(?) ORDER BY seq")
            .arg(MessageRow::Columns),
        {seq, recipient});
    if (!q)
        return q.error();
    QList<Message> out;
    QSqlQuery rows = std::move(q).value();
    while (rows.next())
        out << MessageRow::read(rows, 0);
    return out;
}

Status SiteTransport::removeQueued(qint64 seq, bool nonDeliveryReport)
{
    // Waiting or held: the administrator may take either out.
    auto q = m_store.connection().exec(
        QStringLiteral("SELECT %1 FROM mta_queue WHERE seq = ? AND state IN ('queued', 'held')")
            .arg(MessageRow::Columns),
        {seq});
    if (!q)
        return q.error();
    QSqlQuery row = std::move(q).value();
    if (!row.next())
        return Error(ErrorCode::NotFound, QStringLiteral("the message is no longer in the queue"));
    const Message m = MessageRow::read(row, 0);
    row.finish();
    return m_store.write([&](DirectoryWriter& w) -> Status {
        if (nonDeliveryReport)
            return returnToSender(w, seq, m, QStringLiteral("the administrator returned it from the queue"));
        if (Status e = EventLog::write(
                w, QStringLiteral("MSExchangeMTA"), QStringLiteral("Information"), 1003,
                QStringLiteral("The administrator deleted message %1 from %2 to %3 from the queue")
                    .arg(m.id, m.from, m.to));
            !e)
            return e;
        return dropFromQueue(seq);
    });
}

Result<QList<Message>> SiteTransport::mailOf(const QString& owner) const
{
    auto items = SiteMail(m_store).of(owner);
    if (!items)
        return items.error();
    QList<Message> out;
    for (const SiteMail::Item& item : items.value())
        out << item.message;
    return out;
}

Result<int> SiteTransport::queueLength() const
{
    auto v =
        m_store.connection().scalar(QStringLiteral("SELECT count(*) FROM mta_queue WHERE state = 'queued'"));
    if (!v)
        return v.error();
    return v->toInt();
}

} // namespace sa::core
