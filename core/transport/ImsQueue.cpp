#include "ImsQueue.h"

#include "ImsEvents.h"
#include "MtaQueue.h"
#include "SiteTransport.h"
#include "core/common/Clock.h"
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
              QVariantList{site.isEmpty() ? QStringLiteral("") : site.toUpper(), MessageRow::stamp()} +
                  MessageRow::values(m))
        .status();
}

Result<QList<ImsQueued>> ImsQueue::all() const
{
    // Kept prepared (asked at every pass of the services, issue 18); eachRow lets go of a statement
    // that read a heavy message.
    QList<ImsQueued> out;
    if (Status s = m_store.connection().eachRow(
            QStringLiteral("SELECT seq, site, attempts, reason, queued_at, %1 FROM ims_queue ORDER BY seq")
                .arg(MessageRow::Columns),
            {},
            [&out](const QSqlQuery& rows) {
                out.append({rows.value(0).toLongLong(), rows.value(1).toString(), MessageRow::read(rows, 5),
                            rows.value(2).toInt(), rows.value(3).toString(),
                            QDateTime::fromString(rows.value(4).toString(), Qt::ISODate)});
            });
        !s)
        return s.error();
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

Status ImsQueue::handedOver(const ImsQueued& item)
{
    const Message& m = item.message;
    const QDateTime now = Clock::nowUtc();
    for (const auto& [sql, values] :
         {std::pair{
              QStringLiteral("INSERT OR IGNORE INTO ims_sent(message_id, site, sender, recipient, subject,"
                             " submitted, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
              QVariantList{m.id, item.site.isEmpty() ? QStringLiteral("") : item.site, m.from, m.to,
                           m.subject, m.submitted.toString(Qt::ISODateWithMs), now.toString(Qt::ISODate)}},
          std::pair{QStringLiteral("DELETE FROM ims_sent WHERE sent_at < ?"),
                    QVariantList{now.addDays(-SentKeptDays).toString(Qt::ISODate)}},
          std::pair{QStringLiteral("DELETE FROM ims_queue WHERE seq = ?"), QVariantList{item.seq}}}) {
        if (Status s = m_store.connection().exec(sql, values).status(); !s)
            return s;
    }
    return {};
}

Result<bool> ImsQueue::bounced(const QString& messageId, const QString& why)
{
    bool found = false;
    const Status s = m_store.write([&](DirectoryWriter& w) -> Status {
        auto row = w.exec(QStringLiteral("SELECT site, sender, recipient, subject, submitted FROM ims_sent"
                                         " WHERE message_id = ?"),
                          {messageId});
        if (!row)
            return row.error();
        QSqlQuery q = std::move(row).value();
        if (!q.next())
            return {};
        found = true;
        Message original;
        original.id = messageId;
        const QString site = q.value(0).toString();
        original.from = q.value(1).toString();
        original.to = q.value(2).toString();
        original.subject = q.value(3).toString();
        original.submitted = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        const QString reason =
            site.isEmpty() ? QStringLiteral("the MTA could not deliver it: %1").arg(why)
                           : QStringLiteral("the MTA could not deliver it to site %1: %2").arg(site, why);
        const Message ndr =
            Message::nonDelivery(original, SiteTransport(m_store, {}).systemAddress(), reason);
        if (Status e = MtaQueue::enqueue(w, ndr); !e)
            return e;
        if (Status e = ImsDiagnostics::event(w, QStringLiteral("Warning"), ImsEvent::NonDelivery,
                                             QStringLiteral("A non-delivery report was sent to %1 for %2: %3")
                                                 .arg(original.from, original.to, reason));
            !e)
            return e;
        return w.exec(QStringLiteral("DELETE FROM ims_sent WHERE message_id = ?"), {messageId}).status();
    });
    if (!s)
        return s.error();
    return found;
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
                 Phrase::tr("no message %1 waits at the Internet Mail Service").arg(seq));
}

} // namespace sa::core
