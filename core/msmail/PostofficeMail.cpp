#include "PostofficeMail.h"

#include "PostofficeQueue.h"
#include "PostofficeStore.h"
#include "core/directory/AddressSyntax.h"
#include "core/message/MessageRow.h"

#include <QSqlQuery>

namespace sa::core {

Result<QString> PostofficeMail::send(const QString& fromMailbox, const QString& to, const QString& subject,
                                     const QString& body, const QByteArray& attachment,
                                     const QString& attachmentName)
{
    auto m = compose({fromMailbox, to, subject, body, attachment, attachmentName});
    if (!m)
        return m.error();
    if (Status s = submit({m.value()}); !s)
        return s.error();
    return m->id;
}

Result<Message> PostofficeMail::compose(const OutgoingMail& mail) const
{
    const QString sender = mail.from.toUpper();
    if (!m_senders.contains(sender)) {
        if (!m_po.hasMailbox(sender))
            return Error(ErrorCode::NotFound, Phrase::tr("%1 has no user %2").arg(m_po.name(), sender));
        m_senders.insert(sender);
    }
    QString recipient = mail.to.trimmed();
    if (!recipient.contains(QLatin1Char(':')))
        recipient = QStringLiteral("MS:") + recipient; // MS Mail users address NET/PO/MAILBOX
    if (Status s = AddressSyntax::check(recipient); !s)
        return Error(ErrorCode::InvalidArgument,
                     Phrase::tr("\"%1\" is not an address: %2").arg(mail.to, s.error().phrase()));
    Message m = Message::create(QStringLiteral("MS:%1/%2").arg(m_po.name(), sender), recipient, mail.subject,
                                mail.body);
    m.attachment = mail.attachment;
    m.attachmentName = mail.attachmentName;
    return m;
}

Status PostofficeMail::submit(const QList<Message>& messages)
{
    if (messages.isEmpty())
        return {};
    return m_po.connection().transaction([&]() -> Status {
        PostofficeQueue queue(m_po);
        for (const Message& m : messages) {
            if (Status s = queue.submit(m); !s)
                return s;
        }
        return {};
    });
}

Status PostofficeMail::deliver(const Message& m, const QString& mailbox)
{
    // On the C API: every message delivered passes here (issue 18).
    static const QString sql =
        QStringLiteral("INSERT INTO mail(mailbox_key, %1, delivered) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT(mailbox_key, message_id) DO NOTHING")
            .arg(MessageRow::DeliveredColumns);
    auto statement = m_po.connection().statement(sql);
    if (!statement)
        return statement.error();
    SqliteStatement& insert = *statement.value();
    insert.bind(1, mailbox.toUpper());
    MessageRow::bindDelivered(insert, 2, m);
    insert.bind(11, MessageRow::stamp());
    return insert.execAndClear();
}

Result<QList<PoMail>> PostofficeMail::mailbox(const QString& mailbox) const
{
    if (!m_po.hasMailbox(mailbox))
        return Error(ErrorCode::NotFound,
                     Phrase::tr("%1 has no user %2").arg(m_po.name(), mailbox.toUpper()));
    // Delivered mail has no hop count any more: 0 stands in its column.
    QList<PoMail> out;
    if (Status s = m_po.connection().eachRow(
            QStringLiteral("SELECT id, message_id, sender, recipient, subject, body, attachment,"
                           " attachment_name, submitted, 0, report, delivered, read FROM mail"
                           " WHERE mailbox_key = ? ORDER BY id"),
            {mailbox.toUpper()},
            [&out](const QSqlQuery& rows) {
                out.append(PoMail{rows.value(0).toLongLong(), MessageRow::read(rows, 1),
                                  QDateTime::fromString(rows.value(11).toString(), Qt::ISODate),
                                  rows.value(12).toBool()});
            });
        !s)
        return s.error();
    return out;
}

Result<PoMail> PostofficeMail::read(const QString& mailbox, qint64 id)
{
    auto all = this->mailbox(mailbox);
    if (!all)
        return all.error();
    for (const PoMail& m : all.value()) {
        if (m.id == id) {
            if (auto r =
                    m_po.connection().exec(QStringLiteral("UPDATE mail SET read = 1 WHERE id = ?"), {id});
                !r)
                return r.error();
            PoMail read = m;
            read.read = true;
            return read;
        }
    }
    return Error(ErrorCode::NotFound, Phrase::tr("%1 has no message %2").arg(mailbox.toUpper()).arg(id));
}

Status PostofficeMail::consume(qint64 id)
{
    return m_po.connection().run(QStringLiteral("DELETE FROM mail WHERE id = ?"), {id}).status();
}

} // namespace sa::core
