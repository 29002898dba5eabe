#pragma once

#include "Message.h"

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

/// How long a receiver keeps the id of a message handed over to it, to refuse a second copy: a
/// sender that stopped between handing a message over and forgetting it hands it over again when
/// it next runs, which is far sooner than this. Older ids are let go as new messages come
/// (mta_seen at the site, seen at a postoffice), so the tables do not grow without end.
constexpr int SeenRetentionDays = 30;
/// The time (as stored, ISO 8601 UTC) before which seen ids are let go.
QString seenCutoff();

} // namespace MessageRow

} // namespace sa::core
