#pragma once

#include "Message.h"
#include "core/common/Clock.h"

#include <QDateTime>
#include <QVariantList>

class QSqlQuery;

namespace sa::core {

class SqliteStatement;

/// How a Message is kept in a table row, the same in the site's MTA queue, the site's delivered
/// mail and the postoffices' queues: ten columns in a fixed order.
namespace MessageRow {

/// "message_id, sender, recipient, subject, body, attachment, attachment_name, submitted, hops,
/// report"
extern const QString Columns;
/// The values for Columns, in order (null texts as "", as the columns are NOT NULL). The time of
/// submission keeps its milliseconds: directory synchronization orders a requestor's messages by it.
QVariantList values(const Message& m);
/// Delivered mail keeps no hop count: the same columns without hops (nine).
extern const QString DeliveredColumns;
QVariantList deliveredValues(const Message& m);
/// The message whose Columns start at column `base` of the current row.
Message read(const QSqlQuery& q, int base);
/// The same from a statement on the C API.
Message read(const SqliteStatement& s, int base);

/// Binds values(m) (or deliveredValues(m)) to the parameters of `s` from `first` on: the hot paths
/// that write a message at every hop do it on the sqlite3 C API (issue 18). Null texts bind as "",
/// a null attachment and a null attachment name as NULL, as the Qt driver binds them.
void bind(SqliteStatement& s, int first, const Message& m);
void bindDelivered(SqliteStatement& s, int first, const Message& m);

/// A time of submission as the rows keep it: toString(Qt::ISODateWithMs), UTC
/// ("2026-12-05T08:00:00.000Z"), with its milliseconds (dirsync orders a requestor's messages by them).
QString submittedText(const QDateTime& at);
/// A time written by submittedText or stamp read back (any other ISO 8601 time as
/// QDateTime::fromString reads it).
QDateTime readTime(const QString& text);

/// A time as the queues keep it (ISO 8601 UTC, seconds): when a message was queued or delivered.
QString stamp(const QDateTime& at);
/// Now, as stamp() writes it (made once a second on each thread: every message at every hop is
/// stamped).
QString stamp();

} // namespace MessageRow

} // namespace sa::core
