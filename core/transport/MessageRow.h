#pragma once

#include "Message.h"

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
QString stamp(const QDateTime& at = QDateTime::currentDateTimeUtc());

/// How long a receiver keeps the id of a message handed over to it, to refuse a second copy: a
/// sender that stopped between handing a message over and forgetting it hands it over again when
/// it next runs, which is far sooner than this. Older ids are let go as new messages come
/// (mta_seen at the site, seen at a postoffice), so the tables do not grow without end.
constexpr int SeenRetentionDays = 30;
/// What a receiver keeps of a message to know it again: its id and its hop count. A hand-over
/// repeated after a crash carries both unchanged and is refused; a message coming round again on a
/// loop in the routes has gone further (more hops), is taken in, and is returned once its hops
/// reach MaxHops, instead of vanishing as a copy.
QString seenKey(const Message& m);
/// The time (as stored, ISO 8601 UTC) before which seen ids are let go.
QString seenCutoff();

} // namespace MessageRow

} // namespace sa::core
