#include "MessageRow.h"

#include "core/common/SqlText.h"

#include <QDateTime>
#include <QSqlQuery>

namespace sa::core::MessageRow {

QString stamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

const QString Columns = QStringLiteral(
    "message_id, sender, recipient, subject, body, attachment, attachment_name, submitted, hops, report");

const QString DeliveredColumns = QStringLiteral(
    "message_id, sender, recipient, subject, body, attachment, attachment_name, submitted, report");

QVariantList values(const Message& m)
{
    return {m.id,
            sqlText(m.from),
            sqlText(m.to),
            sqlText(m.subject),
            sqlText(m.body),
            m.attachment,
            m.attachmentName,
            m.submitted.toString(Qt::ISODateWithMs),
            m.hops,
            m.report ? 1 : 0};
}

QVariantList deliveredValues(const Message& m)
{
    QVariantList v = values(m);
    v.removeAt(8); // hops
    return v;
}

Message read(const QSqlQuery& q, int base)
{
    Message m;
    m.id = q.value(base).toString();
    m.from = q.value(base + 1).toString();
    m.to = q.value(base + 2).toString();
    m.subject = q.value(base + 3).toString();
    m.body = q.value(base + 4).toString();
    m.attachment = q.value(base + 5).toByteArray();
    m.attachmentName = q.value(base + 6).toString();
    m.submitted = QDateTime::fromString(q.value(base + 7).toString(), Qt::ISODate);
    m.hops = q.value(base + 8).toInt();
    m.report = q.value(base + 9).toBool();
    return m;
}

} // namespace sa::core::MessageRow
