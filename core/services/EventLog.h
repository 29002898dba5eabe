#pragma once

#include "core/common/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sa::core {

class DirectoryStore;

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

namespace EventLog {
/// The newest `limit` events of the site, newest first.
Result<QList<EventRecord>> recent(DirectoryStore& store, int limit);
/// The events after `afterId`, oldest first, at most `limit`.
Result<QList<EventRecord>> since(DirectoryStore& store, qint64 afterId, int limit);
/// The events with ids first..last, oldest first.
Result<QList<EventRecord>> range(DirectoryStore& store, qint64 first, qint64 last);
} // namespace EventLog

} // namespace sa::core
