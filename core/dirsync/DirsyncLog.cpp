#include "DirsyncLog.h"

#include "core/common/SqlText.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/Schema.h"
#include "core/transport/SiteTransport.h"

#include <QSqlQuery>

namespace sa::core {

const QString DirsyncRun::StoppedByThreshold = QStringLiteral("stopped: deletion threshold");

void DirsyncRun::countSent(const QList<DirsyncTransaction>& transactions)
{
    for (const DirsyncTransaction& t : transactions) {
        adds += t.code == DirsyncTransaction::Code::Add ? 1 : 0;
        modifies += t.code == DirsyncTransaction::Code::Modify ? 1 : 0;
        deletes += t.code == DirsyncTransaction::Code::Delete ? 1 : 0;
    }
}

QString DirsyncRun::outcome() const
{
    if (errors > 0)
        return QStringLiteral("completed with errors");
    if (warnings > 0)
        return QStringLiteral("completed with warnings");
    return QStringLiteral("success");
}

namespace DirsyncDiagnostics {

const QStringList& categories()
{
    static const QStringList names{QStringLiteral("Event Handler"), QStringLiteral("Startup"),
                                   QStringLiteral("MS Mail 3.2")};
    return names;
}

const QStringList& levels()
{
    static const QStringList names{QStringLiteral("None"), QStringLiteral("Minimum"),
                                   QStringLiteral("Medium"), QStringLiteral("Maximum")};
    return names;
}

QString categoryOf(int id)
{
    // What the message carried (its format, its addresses, conflicts in it): MS Mail 3.2, as event
    // 247 was; everything about partners, numbers and cycles: Event Handler, as 136 was.
    switch (id) {
    case DirsyncEvent::InvalidAddress:
    case DirsyncEvent::Quarantined:
    case DirsyncEvent::Conflict:
        return QStringLiteral("MS Mail 3.2");
    default:
        return QStringLiteral("Event Handler");
    }
}

bool keeps(DirectoryStore& store, const QString& category, const QString& level)
{
    if (level == QLatin1String("Error"))
        return true;
    int configured = -1; // the highest any of the site's Directory Synchronization objects sets
    auto objects = store.objectsOf(ListFilter{{QStringLiteral("directory-synchronization")}, true});
    for (const DirectoryObject& o : objects ? objects.value() : QList<DirectoryObject>()) {
        if (o.isReplica())
            continue;
        for (const QString& value : o.valuesOf(attr::DiagnosticsLogging)) {
            if (value.section(QLatin1Char('|'), 0, 0).compare(category, Qt::CaseInsensitive) == 0)
                configured = std::max<int>(configured, levels().indexOf(value.section(QLatin1Char('|'), 1)));
        }
    }
    if (configured < 0)
        configured = 1; // Minimum
    return level == QLatin1String("Warning") ? configured >= 1 : configured >= 2;
}

} // namespace DirsyncDiagnostics

namespace DirsyncLog {

Status event(DirectoryWriter& w, const QString& level, int id, const QString& text)
{
    const QString category = DirsyncDiagnostics::categoryOf(id);
    if (!DirsyncDiagnostics::keeps(w.store(), category, level))
        return {};
    return SiteTransport::writeEvent(w, DirsyncEvent::Source, level, id, text, category);
}

Status run(DirectoryWriter& w, const DirsyncRun& r)
{
    auto q =
        w.exec(QStringLiteral("INSERT INTO dirsync_runs(started, finished, requestor, step, status, adds,"
                              " modifies, deletes, errors, messages_in, messages_out, detail)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {r.started.toString(Qt::ISODateWithMs), r.finished.toString(Qt::ISODateWithMs), r.requestor,
                r.step, r.status.isEmpty() ? r.outcome() : r.status, r.adds, r.modifies, r.deletes, r.errors,
                r.messagesIn, r.messagesOut, sqlText(r.detail)});
    return q ? Status() : Status(q.error());
}

Result<QList<DirsyncRun>> history(DirectoryStore& store, int limit)
{
    auto q = store.connection().exec(
        QStringLiteral("SELECT started, finished, requestor, step, status, adds, modifies, deletes, errors,"
                       " messages_in, messages_out, detail FROM dirsync_runs ORDER BY id DESC LIMIT ?"),
        {limit});
    if (!q)
        return q.error();
    QList<DirsyncRun> out;
    QSqlQuery rows = std::move(q).value();
    while (rows.next()) {
        DirsyncRun r;
        r.started = QDateTime::fromString(rows.value(0).toString(), Qt::ISODateWithMs);
        r.finished = QDateTime::fromString(rows.value(1).toString(), Qt::ISODateWithMs);
        r.requestor = rows.value(2).toString();
        r.step = rows.value(3).toString();
        r.status = rows.value(4).toString();
        r.adds = rows.value(5).toInt();
        r.modifies = rows.value(6).toInt();
        r.deletes = rows.value(7).toInt();
        r.errors = rows.value(8).toInt();
        r.messagesIn = rows.value(9).toInt();
        r.messagesOut = rows.value(10).toInt();
        r.detail = rows.value(11).toString();
        out << r;
    }
    return out;
}

} // namespace DirsyncLog

} // namespace sa::core
