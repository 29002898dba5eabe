#include "MessageRow.h"

#include "core/common/SqlText.h"
#include "core/storage/SqliteStatement.h"

#include <QDateTime>
#include <QSqlQuery>

namespace sa::core::MessageRow {

QString stamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QString stamp()
{
    thread_local qint64 second = -1;
    thread_local QString text;
    const QDateTime now = Clock::nowUtc();
    if (const qint64 s = now.toSecsSinceEpoch(); s != second) {
        second = s;
        text = stamp(now);
    }
    return text;
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

namespace {

/// Binds Columns up to `submitted` (the first eight) from `first` on; returns the next parameter.
int bindHead(SqliteStatement& s, int first, const Message& m)
{
    s.bind(first, m.id)
        .bind(first + 1, m.from)
        .bind(first + 2, m.to)
        .bind(first + 3, m.subject)
        .bind(first + 4, m.body)
        .bindBlob(first + 5, m.attachment);
    if (m.attachmentName.isNull())
        s.bindNull(first + 6);
    else
        s.bind(first + 6, m.attachmentName);
    s.bind(first + 7, m.submitted.toString(Qt::ISODateWithMs));
    return first + 8;
}

} // namespace

void bind(SqliteStatement& s, int first, const Message& m)
{
    const int next = bindHead(s, first, m);
    s.bind(next, qint64(m.hops)).bind(next + 1, qint64(m.report ? 1 : 0));
}

void bindDelivered(SqliteStatement& s, int first, const Message& m)
{
    const int next = bindHead(s, first, m);
    s.bind(next, qint64(m.report ? 1 : 0));
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

Message read(const SqliteStatement& s, int base)
{
    Message m;
    m.id = s.text(base);
    m.from = s.text(base + 1);
    m.to = s.text(base + 2);
    m.subject = s.text(base + 3);
    m.body = s.text(base + 4);
    m.attachment = s.blob(base + 5);
    m.attachmentName = s.text(base + 6);
    m.submitted = QDateTime::fromString(s.text(base + 7), Qt::ISODate);
    m.hops = int(s.integer(base + 8));
    m.report = s.integer(base + 9) != 0;
    return m;
}

} // namespace sa::core::MessageRow
