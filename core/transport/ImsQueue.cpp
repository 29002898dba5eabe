#include "ImsQueue.h"

#include "ImsEvents.h"
#include "MtaQueue.h"
#include "SiteTransport.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/message/MessageRow.h"

#include <QSqlQuery>

namespace sa::core {

Status ImsQueue::enqueue(DirectoryWriter& w, const QString& site, const Message& m)
{
    return w
        .exec(QStringLiteral(
                  "INSERT INTO ims_queue(site, queued_at, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                  " ON CONFLICT(message_id) DO NOTHING")
                  .arg(MessageRow::Columns),
              QVariantList{site.toUpper(), MessageRow::stamp()} + MessageRow::values(m))
        .status();
}

Result<QList<ImsQueued>> ImsQueue::all() const
{
    auto q = m_store.connection().exec(
        QStringLiteral("SELECT seq, site, attempts, reason, queued_at, %1 FROM ims_queue ORDER BY seq")
            .arg(MessageRow::Columns));
    if (!q)
        return q.error();
    QList<ImsQueued> out;
    QSqlQuery rows = std::move(q).value();
    while (rows.next())
        out.append({rows.value(0).toLongLong(), rows.value(1).toString(), MessageRow::read(rows, 5),
                    rows.value(2).toInt(), rows.value(3).toString(),
                    QDateTime::fromString(rows.value(4).toString(), Qt::ISODate)});
    return out;
}

Result<int> ImsQueue::count() const
{
    auto n = m_store.connection().scalar(QStringLiteral("SELECT count(*) FROM ims_queue"));
    if (!n)
        return n.error();
    return n->toInt();
}

Status ImsQueue::drop(qint64 seq)
{
    return m_store.connection().exec(QStringLiteral("DELETE FROM ims_queue WHERE seq = ?"), {seq}).status();
}

Status ImsQueue::countAttempt(qint64 seq, const QString& reason)
{
    return m_store.connection()
        .exec(QStringLiteral("UPDATE ims_queue SET attempts = attempts + 1, reason = ? WHERE seq = ?"),
              {reason, seq})
        .status();
}

Status ImsQueue::giveBack(const ImsQueued& item, const QString& reason)
{
    return m_store.write([&](DirectoryWriter& w) -> Status {
        if (!item.message.report) {
            const Message ndr =
                Message::nonDelivery(item.message, SiteTransport(m_store, {}).systemAddress(), reason);
            if (Status q = MtaQueue::enqueue(w, ndr); !q)
                return q;
        }
        if (Status e = ImsDiagnostics::event(w, QStringLiteral("Warning"), ImsEvent::NonDelivery,
                                             QStringLiteral("A non-delivery report was sent to %1 for %2: %3")
                                                 .arg(item.message.from, item.message.to, reason));
            !e)
            return e;
        return drop(item.seq);
    });
}

Status ImsQueue::remove(qint64 seq, bool nonDeliveryReport)
{
    auto items = all();
    if (!items)
        return items.error();
    for (const ImsQueued& item : items.value()) {
        if (item.seq != seq)
            continue;
        if (nonDeliveryReport)
            return giveBack(item,
                            QStringLiteral("the administrator returned it from the Internet Mail Service's "
                                           "queue"));
        return drop(seq);
    }
    return Error(ErrorCode::NotFound,
                 QStringLiteral("no message %1 waits at the Internet Mail Service").arg(seq));
}

} // namespace sa::core
