// The postoffice's mail: its queue, dispatch (deliver or forward), mailboxes, and the hand-over
// to and from the MS Mail Connector. The users, routes and address list are in PostofficeStore.cpp.
#include "PostofficeStore.h"
#include "core/directory/AddressSyntax.h"
#include "core/message/MessageRow.h"
#include "core/message/SeenIds.h"

#include <QDateTime>
#include <QSqlQuery>

namespace sa::core {

namespace {

QString now()
{
    return MessageRow::stamp();
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

} // namespace

Status PostofficeStore::enqueue(const Message& m, const QString& direction, const QString& nextHop)
{
    auto r = m_connection->exec(
        QStringLiteral("INSERT INTO queue(direction, next_hop, queued_at, %1)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT(message_id, direction) DO UPDATE SET hops = max(hops, excluded.hops)")
            .arg(MessageRow::Columns),
        QVariantList{direction, nextHop.isEmpty() ? QVariant() : QVariant(nextHop), now()} +
            MessageRow::values(m));
    return r.status();
}

Result<QString> PostofficeStore::send(const QString& fromMailbox, const QString& to, const QString& subject,
                                      const QString& body, const QByteArray& attachment,
                                      const QString& attachmentName)
{
    if (!hasMailbox(fromMailbox))
        return Error(ErrorCode::NotFound,
                     QStringLiteral("%1 has no user %2").arg(name(), fromMailbox.toUpper()));
    QString recipient = to.trimmed();
    if (!recipient.contains(QLatin1Char(':')))
        recipient = QStringLiteral("MS:") + recipient; // MS Mail users address NET/PO/MAILBOX
    if (Status s = AddressSyntax::check(recipient); !s)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("\"%1\" is not an address: %2").arg(to, s.error().message()));
    Message m = Message::create(QStringLiteral("MS:%1/%2").arg(name(), fromMailbox.toUpper()), recipient,
                                subject, body);
    m.attachment = attachment;
    m.attachmentName = attachmentName;
    Status s = m_connection->transaction([&] { return enqueue(m, QStringLiteral("in"), {}); });
    if (!s)
        return s.error();
    return m.id;
}

Status PostofficeStore::deliverLocal(const Message& m, const QString& mailbox)
{
    auto r = m_connection->exec(
        QStringLiteral("INSERT INTO mail(mailbox_key, %1, delivered) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT(mailbox_key, message_id) DO NOTHING")
            .arg(MessageRow::DeliveredColumns),
        QVariantList{mailbox.toUpper()} + MessageRow::deliveredValues(m) + QVariantList{now()});
    return r.status();
}

Result<int> PostofficeStore::dispatch()
{
    auto q = m_connection->exec(
        QStringLiteral("SELECT seq, %1 FROM queue WHERE direction = 'in' ORDER BY seq LIMIT 500")
            .arg(MessageRow::Columns));
    if (!q)
        return q.error();
    QList<std::pair<qint64, Message>> work;
    QSqlQuery rows = std::move(q).value();
    while (rows.next())
        work.append({rows.value(0).toLongLong(), MessageRow::read(rows, 1)});
    rows.finish();
    int done = 0;
    // The batch in one transaction: each message delivered or forwarded, and off the queue, together
    // with the others (one sync to disk for the batch, not one per message).
    Status all = m_connection->transaction([&]() -> Status {
        for (const auto& item : work) {
            // Named, not bound: a lambda may not capture a structured binding before C++20.
            const qint64 seq = item.first;
            const Message& m = item.second;
            Status s = [&]() -> Status {
                const QString target = msMailPart(m.to);
                const QStringList parts = target.split(QLatin1Char('/'));
                auto bounce = [&](const QString& reason) {
                    return this->bounce(m, QStringLiteral("Dispatch"), reason);
                };
                Status handled;
                if (parts.size() != 3) {
                    handled = bounce(QStringLiteral("MS Mail cannot send to this address type"));
                } else if ((parts.at(0) + QLatin1Char('/') + parts.at(1))
                               .compare(name(), Qt::CaseInsensitive) == 0) {
                    handled =
                        hasMailbox(parts.at(2))
                            ? deliverLocal(m, parts.at(2))
                            : bounce(
                                  QStringLiteral("%1 has no mailbox %2").arg(name(), parts.at(2).toUpper()));
                } else if (m.hops >= MaxHops) {
                    handled = bounce(QStringLiteral("[004] Message circular route detected"));
                } else {
                    const QString hop = nextHop(parts.at(0) + QLatin1Char('/') + parts.at(1));
                    if (hop.isEmpty()) {
                        handled = bounce(QStringLiteral("%1 has no route to %2/%3")
                                             .arg(name(), parts.at(0).toUpper(), parts.at(1).toUpper()));
                    } else {
                        Message out = m;
                        out.hops += 1;
                        handled = enqueue(out, QStringLiteral("out"), hop);
                    }
                }
                if (!handled)
                    return handled;
                auto del = m_connection->exec(QStringLiteral("DELETE FROM queue WHERE seq = ?"), {seq});
                return del.status();
            }();
            if (!s)
                return s;
            ++done;
        }
        return {};
    });
    if (!all)
        return all.error();
    return done;
}

Result<QList<PoMail>> PostofficeStore::mailbox(const QString& mailbox) const
{
    if (!hasMailbox(mailbox))
        return Error(ErrorCode::NotFound, QStringLiteral("%1 has no user %2").arg(name(), mailbox.toUpper()));
    // Delivered mail has no hop count any more: 0 stands in its column.
    auto q = m_connection->exec(
        QStringLiteral("SELECT id, message_id, sender, recipient, subject, body, attachment,"
                       " attachment_name, submitted, 0, report, delivered, read FROM mail"
                       " WHERE mailbox_key = ? ORDER BY id"),
        {mailbox.toUpper()});
    if (!q)
        return q.error();
    QList<PoMail> out;
    QSqlQuery rows = std::move(q).value();
    while (rows.next())
        out.append(PoMail{rows.value(0).toLongLong(), MessageRow::read(rows, 1),
                          QDateTime::fromString(rows.value(11).toString(), Qt::ISODate),
                          rows.value(12).toBool()});
    return out;
}

Result<PoMail> PostofficeStore::read(const QString& mailbox, qint64 id)
{
    auto all = this->mailbox(mailbox);
    if (!all)
        return all.error();
    for (const PoMail& m : all.value()) {
        if (m.id == id) {
            if (auto r = m_connection->exec(QStringLiteral("UPDATE mail SET read = 1 WHERE id = ?"), {id});
                !r)
                return r.error();
            PoMail read = m;
            read.read = true;
            return read;
        }
    }
    return Error(ErrorCode::NotFound, QStringLiteral("%1 has no message %2").arg(mailbox.toUpper()).arg(id));
}

Status PostofficeStore::consume(qint64 id)
{
    return m_connection->exec(QStringLiteral("DELETE FROM mail WHERE id = ?"), {id}).status();
}

Status PostofficeStore::removeOutbound(const QList<qint64>& seqs)
{
    return m_connection->transaction([&]() -> Status {
        for (qint64 seq : seqs) {
            auto r = m_connection->exec(
                QStringLiteral("DELETE FROM queue WHERE seq = ? AND direction = 'out'"), {seq});
            if (!r)
                return r.error();
        }
        return {};
    });
}

Result<bool> PostofficeStore::accept(const Message& message)
{
    auto n = accept(QList<Message>{message});
    if (!n)
        return n.error();
    return n.value() == 1;
}

Result<int> PostofficeStore::accept(const QList<Message>& messages)
{
    int fresh = 0;
    SeenIds seen(*m_connection, QStringLiteral("seen"));
    Status s = m_connection->transaction([&]() -> Status {
        for (const Message& message : messages) {
            auto taken = seen.takeIn(message, now());
            if (!taken)
                return taken.error();
            if (!*taken)
                continue; // handed over before: keep one copy
            if (Status q = enqueue(message, QStringLiteral("in"), {}); !q)
                return q;
            ++fresh;
        }
        if (fresh == 0)
            return {};
        return seen.forgetOld();
    });
    if (!s)
        return s.error();
    return fresh;
}

} // namespace sa::core
