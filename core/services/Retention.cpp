#include "Retention.h"

#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"

#include <QSqlQuery>

namespace sa::core::Retention {

Result<Pruned> prune(DirectoryStore& store, const QDateTime& before)
{
    // Times are stored as ISO 8601 UTC text, which sorts as time does.
    const QString cutoff = before.toUTC().toString(Qt::ISODate);
    Pruned pruned;
    const Status s = store.write([&](DirectoryWriter& w) -> Status {
        for (const auto& [sql, count] :
             {std::pair{QStringLiteral("DELETE FROM events WHERE at < ?"), &pruned.events},
              std::pair{QStringLiteral("DELETE FROM dirsync_runs WHERE finished < ?"), &pruned.runs}}) {
            auto r = w.exec(sql, {cutoff});
            if (!r)
                return r.error();
            *count = r->numRowsAffected();
        }
        return {};
    });
    if (!s)
        return s.error();
    return pruned;
}

} // namespace sa::core::Retention
