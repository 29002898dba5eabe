#pragma once

#include "core/common/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sa::core {

class DirectoryStore;
class DirectoryWriter;
class SqliteConnection;

/// One line of a site's event log (the Windows NT application log the original wrote to).
struct EventRecord
{
    qint64 id = 0;
    QDateTime at;
    QString source; ///< MSExchangeMTA, MSExchangeDX, ...
    QString level;  ///< Information, Warning, Error
    int eventId = 0;
    QString text;
    QString category; ///< Event Handler, MS Mail 3.2, ... (empty for the services without categories)
};

/// The site's event log, kept in its database (table events); the one place that reads or writes it.
namespace EventLog {
/// Writes one event in the writer's transaction, stamped now.
Status write(DirectoryWriter& w, const QString& source, const QString& level, int id, const QString& text,
             const QString& category = {});
/// The id of the newest event (0 when there is none).
Result<qint64> lastId(const SqliteConnection& connection);
/// Lets go of the events written before `cutoff` (ISO 8601 UTC); how many went.
Result<int> forgetBefore(DirectoryWriter& w, const QString& cutoff);
/// The newest `limit` events of the site, newest first.
Result<QList<EventRecord>> recent(DirectoryStore& store, int limit);
/// The events after `afterId`, oldest first, at most `limit`.
Result<QList<EventRecord>> since(DirectoryStore& store, qint64 afterId, int limit);
/// The events with ids first..last, oldest first.
Result<QList<EventRecord>> range(DirectoryStore& store, qint64 first, qint64 last);
} // namespace EventLog

} // namespace sa::core
