#include "MessageRow.h"

#include "core/common/SqlText.h"
#include "core/storage/SqliteStatement.h"

#include <QDateTime>
#include <QSqlQuery>
#include <algorithm>

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
            submittedText(m.submitted),
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

void putDigits(QChar*& out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + value % 10);
        value /= 10;
    }
    out += width;
}

int digits(QStringView text, qsizetype from, int width)
{
    int value = 0;
    for (int i = 0; i < width; ++i) {
        const char16_t c = text.at(from + i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QString submittedText(const QDateTime& at)
{
    // What toString(Qt::ISODateWithMs) writes of a UTC time, written here: formatting it was a
    // twentieth of carrying mail, as every hop writes it (issue 18). Other times as Qt writes them.
    const QDate date = at.date();
    if (at.timeSpec() != Qt::UTC || date.year() < 0 || date.year() > 9999)
        return at.toString(Qt::ISODateWithMs);
    const QTime time = at.time();
    QString text(24, Qt::Uninitialized);
    QChar* out = text.data();
    putDigits(out, date.year(), 4);
    *out++ = u'-';
    putDigits(out, date.month(), 2);
    *out++ = u'-';
    putDigits(out, date.day(), 2);
    *out++ = u'T';
    putDigits(out, time.hour(), 2);
    *out++ = u':';
    putDigits(out, time.minute(), 2);
    *out++ = u':';
    putDigits(out, time.second(), 2);
    *out++ = u'.';
    putDigits(out, time.msec(), 3);
    *out = u'Z';
    return text;
}

QDateTime readTime(const QString& text)
{
    // The forms submittedText and stamp write read here (each hop reads a message's two times);
    // any other as Qt reads ISO 8601.
    const bool withMs = text.size() == 24 && text.at(19) == u'.';
    if ((withMs || text.size() == 20) && text.back() == u'Z' && text.at(4) == u'-' && text.at(7) == u'-' &&
        text.at(10) == u'T' && text.at(13) == u':' && text.at(16) == u':') {
        const int y = digits(text, 0, 4), mo = digits(text, 5, 2), d = digits(text, 8, 2);
        const int h = digits(text, 11, 2), mi = digits(text, 14, 2), sec = digits(text, 17, 2);
        const int ms = withMs ? digits(text, 20, 3) : 0;
        const QDate date(y, mo, d);
        const QTime time(h, mi, sec, ms);
        if (std::min({y, mo, d, h, mi, sec, ms}) >= 0 && date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODate);
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
    s.bind(first + 7, submittedText(m.submitted));
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
    m.submitted = readTime(q.value(base + 7).toString());
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
    m.submitted = readTime(s.text(base + 7));
    m.hops = int(s.integer(base + 8));
    m.report = s.integer(base + 9) != 0;
    return m;
}

} // namespace sa::core::MessageRow
