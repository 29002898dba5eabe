#include "Retention.h"

#include "core/directory/AuditTrail.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/EventLog.h"
#include "core/dirsync/DirsyncLog.h"
#include "core/msmail/ExternalStore.h"
#include "core/msmail/PostofficeStore.h"
#include "core/msmail/PostofficeSystemLog.h"

namespace sa::core::Retention {

Result<Pruned> prune(DirectoryStore& store, const QDateTime& before)
{
    // Times are stored as ISO 8601 UTC text, which sorts as time does.
    const QString cutoff = before.toUTC().toString(Qt::ISODate);
    Pruned pruned;
    const Status s = store.write([&](DirectoryWriter& w) -> Status {
        auto events = EventLog::forgetBefore(w, cutoff);
        if (!events)
            return events.error();
        pruned.events = events.value();
        auto runs = DirsyncLog::forgetRunsBefore(w, cutoff);
        if (!runs)
            return runs.error();
        pruned.runs = runs.value();
        auto audits = AuditTrail::forgetBefore(w, cutoff);
        if (!audits)
            return audits.error();
        pruned.audits = audits.value();
        return {};
    });
    if (!s)
        return s.error();
    return pruned;
}

Result<int> pruneMsMailLogs(const QString& orgDir, const QDateTime& before)
{
    const QString cutoff = before.toUTC().toString(Qt::ISODate);
    int gone = 0;
    for (const QString& name : PostofficeStore::list(orgDir)) {
        auto po = PostofficeStore::open(orgDir, name);
        auto n = po ? PostofficeSystemLog(*po.value()).pruneBefore(cutoff) : Result<int>(po.error());
        if (!n)
            return n.error();
        gone += n.value();
    }
    for (const QString& name : ExternalStore::list(orgDir)) {
        auto external = ExternalStore::open(orgDir, name);
        auto n = external ? external.value()->pruneLog(cutoff) : Result<int>(external.error());
        if (!n)
            return n.error();
        gone += n.value();
    }
    return gone;
}

} // namespace sa::core::Retention
