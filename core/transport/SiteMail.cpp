#include "SiteMail.h"

#include "core/common/Clock.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/message/MessageRow.h"

#include <QDateTime>
#include <QSqlQuery>

namespace sa::core {

Status SiteMail::deliver(const Message& message, const QString& owner)
{
    // On the C API, and the values let go once written: a requestor's full export is megabytes.
    static const QString sql =
        QStringLiteral("INSERT INTO site_mail(owner, %1, delivered) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT(owner, message_id) DO NOTHING")
            .arg(MessageRow::DeliveredColumns);
    auto statement = m_store.connection().statement(sql);
    if (!statement)
        return statement.error();
    SqliteStatement& insert = *statement.value();
    insert.bind(1, owner);
    MessageRow::bindDelivered(insert, 2, message);
    insert.bind(11, MessageRow::stamp());
    return insert.execAndClear();
}

Result<QList<SiteMail::Item>> SiteMail::of(const QString& owner, Order order) const
{
    // Kept prepared (asked at every pass, issue 18); eachRow lets go of a statement that read a heavy
    // message.
    QList<Item> items;
    if (Status s = m_store.connection().eachRow(
            QStringLiteral(
                "SELECT id, message_id, sender, recipient, subject, body, attachment, attachment_name,"
                " submitted, 0, report FROM site_mail WHERE owner = ? ORDER BY %1")
                .arg(order == Order::Submitted ? QStringLiteral("submitted, id") : QStringLiteral("id")),
            {owner},
            [&items](const QSqlQuery& rows) {
                items.append(Item{rows.value(0).toLongLong(), MessageRow::read(rows, 1)});
            });
        !s)
        return s.error();
    return items;
}

Result<int> SiteMail::count(const QString& owner) const
{
    auto n = m_store.connection().scalar(QStringLiteral("SELECT count(*) FROM site_mail WHERE owner = ?"),
                                         {owner});
    if (!n)
        return n.error();
    return n->toInt();
}

Status SiteMail::remove(DirectoryWriter& w, qint64 id)
{
    return w.run(QStringLiteral("DELETE FROM site_mail WHERE id = ?"), {id}).status();
}

} // namespace sa::core
