#pragma once

#include "Message.h"
#include "core/common/Clock.h"

#include <QDateTime>
#include <QVariantList>

class QSqlQuery;

namespace sa::core {

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

/// A time as the queues keep it (ISO 8601 UTC, seconds): when a message was queued or delivered.
QString stamp(const QDateTime& at = Clock::nowUtc());

} // namespace MessageRow

} // namespace sa::core
