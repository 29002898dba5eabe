#include "DirsyncLog.h"

#include "core/common/Csv.h"
#include "core/common/SqlText.h"
#include "core/directory/DirectoryLookup.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/Schema.h"

#include <QSqlQuery>
#include <algorithm>

namespace sa::core {

const QString DirsyncRun::StoppedByThreshold = QStringLiteral("stopped: deletion threshold");

void DirsyncRun::countSent(const QList<DirsyncTransaction>& transactions)
{
    for (const DirsyncTransaction& t : transactions)
        countSent(t);
}

void DirsyncRun::countSent(const DirsyncTransaction& t)
{
    adds += t.code == DirsyncTransaction::Code::Add ? 1 : 0;
    modifies += t.code == DirsyncTransaction::Code::Modify ? 1 : 0;
    deletes += t.code == DirsyncTransaction::Code::Delete ? 1 : 0;
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

const Diagnostics& service()
{
    static const Diagnostics diagnostics(
        DirsyncEvent::Source, QStringLiteral("directory-synchronization"),
        {QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Event Handler")),
         QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Startup")),
         QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "MS Mail 3.2"))});
    return diagnostics;
}

const QStringList& categories()
{
    return service().categories();
}

const QStringList& levels()
{
    return Diagnostics::levels();
}

QString categoryOf(int id)
{
    // What the message carried (its format, its addresses, conflicts in it): MS Mail 3.2, as event
    // 247 was; everything about partners, numbers and cycles: Event Handler, as 136 was.
    switch (id) {
    case DirsyncEvent::InvalidAddress:
    case DirsyncEvent::Quarantined:
    case DirsyncEvent::Conflict:
    case DirsyncEvent::SetAside:
        return QStringLiteral("MS Mail 3.2");
    default:
        return QStringLiteral("Event Handler");
    }
}

bool keeps(DirectoryStore& store, const QString& category, const QString& level)
{
    return service().keeps(store, category, level);
}

} // namespace DirsyncDiagnostics

namespace {

/// A row of dirsync_runs: started, finished, requestor, step, status, adds, modifies, deletes,
/// errors, messages_in, messages_out, detail, id, first_usn, last_usn.
DirsyncRun runFrom(const QSqlQuery& rows)
{
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
    r.id = rows.value(12).toLongLong();
    r.firstUsn = rows.value(13).toLongLong();
    r.lastUsn = rows.value(14).toLongLong();
    r.firstEvent = rows.value(15).toLongLong();
    r.lastEvent = rows.value(16).toLongLong();
    return r;
}

} // namespace

namespace DirsyncLog {

Status event(DirectoryWriter& w, const QString& level, int id, const QString& text)
{
    return DirsyncDiagnostics::service().write(w, DirsyncDiagnostics::categoryOf(id), level, id, text);
}

Result<int> forgetRunsBefore(DirectoryWriter& w, const QString& cutoff)
{
    auto r = w.exec(QStringLiteral("DELETE FROM dirsync_runs WHERE finished < ?"), {cutoff});
    if (!r)
        return r.error();
    return r->numRowsAffected();
}

Status begin(DirectoryWriter& w, DirsyncRun& r)
{
    auto lastEvent = EventLog::lastId(w.store().connection());
    if (!lastEvent)
        return lastEvent.error();
    r.firstUsn = w.lastUsn() + 1;
    r.firstEvent = lastEvent.value() + 1;
    return {};
}

Status run(DirectoryWriter& w, const DirsyncRun& r)
{
    // What the run did, as an information event of its own (Event Handler, kept at Medium or more),
    // as the original's service logged each partner's update and reply: at Medium the log shows every
    // cycle (issue 20). A discarded message's event says why already.
    if (r.status != QLatin1String("discarded")) {
        const QString text =
            QStringLiteral("Directory synchronization with %1 (%2): %3; %4 message(s) in, %5 out; %6 "
                           "adds, %7 modifies, %8 deletes, %9 errors.")
                .arg(r.requestor, r.step, r.status.isEmpty() ? r.outcome() : r.status)
                .arg(r.messagesIn)
                .arg(r.messagesOut)
                .arg(r.adds)
                .arg(r.modifies)
                .arg(r.deletes)
                .arg(r.errors);
        if (Status s = event(w, QStringLiteral("Information"), DirsyncEvent::Cycle, text); !s)
            return s;
    }
    // The events written and directory changes made since the run began (its mark, or else the
    // start of the transaction): the run's own.
    auto lastEvent = EventLog::lastId(w.store().connection());
    if (!lastEvent)
        return lastEvent.error();
    const qint64 last = lastEvent.value();
    const qint64 firstUsn = r.firstUsn ? r.firstUsn : w.startUsn() + 1;
    const qint64 firstEvent = r.firstEvent ? r.firstEvent : w.startEventId() + 1;
    const bool logged = last >= firstEvent;
    const bool changed = w.lastUsn() >= firstUsn;
    auto q =
        w.run(QStringLiteral("INSERT INTO dirsync_runs(started, finished, requestor, step, status, adds,"
                             " modifies, deletes, errors, messages_in, messages_out, detail, first_usn,"
                             " last_usn, first_event, last_event)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {r.started.toString(Qt::ISODateWithMs), r.finished.toString(Qt::ISODateWithMs), r.requestor,
               r.step, r.status.isEmpty() ? r.outcome() : r.status, r.adds, r.modifies, r.deletes, r.errors,
               r.messagesIn, r.messagesOut, sqlText(r.detail), changed ? firstUsn : 0,
               changed ? w.lastUsn() : 0, logged ? firstEvent : 0, logged ? last : 0});
    return q.status();
}

namespace {

/// The runs the rest of a SELECT over dirsync_runs picks (`rest`: WHERE ..., ORDER BY ...).
Result<QList<DirsyncRun>> runsWhere(DirectoryStore& store, const QString& rest, const QVariantList& values)
{
    auto q = store.connection().exec(
        QStringLiteral("SELECT started, finished, requestor, step, status, adds, modifies, deletes, errors,"
                       " messages_in, messages_out, detail, id, first_usn, last_usn, first_event, last_event"
                       " FROM dirsync_runs ") +
            rest,
        values);
    if (!q)
        return q.error();
    QList<DirsyncRun> out;
    QSqlQuery rows = std::move(q).value();
    while (rows.next())
        out << runFrom(rows);
    return out;
}

} // namespace

Result<QList<DirsyncRun>> history(DirectoryStore& store, int limit)
{
    return runsWhere(store, QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit});
}

Result<qint64> lastRunId(DirectoryStore& store)
{
    auto id = store.connection().scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM dirsync_runs"));
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<QList<DirsyncRun>> runsAfter(DirectoryStore& store, qint64 afterId, const QString& requestor)
{
    return runsWhere(store, QStringLiteral("WHERE id > ? AND requestor = ? ORDER BY id"),
                     {afterId, requestor});
}

Result<int> heldDeletes(DirectoryWriter& w, const QString& requestor)
{
    auto q = w.exec(QStringLiteral("SELECT deletes FROM dirsync_runs WHERE requestor = ? AND status = ?"
                                   " ORDER BY id DESC LIMIT 1"),
                    {requestor, DirsyncRun::StoppedByThreshold});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toInt() : 0;
}

Result<DirsyncRunDetails> details(DirectoryStore& store, qint64 runId)
{
    auto runs = runsWhere(store, QStringLiteral("WHERE id = ?"), {runId});
    if (!runs)
        return runs.error();
    if (runs->isEmpty())
        return Error(ErrorCode::NotFound, Phrase::tr("no dirsync run %1 in the history").arg(runId));
    DirsyncRunDetails d;
    d.run = runs->first();
    if (d.run.firstUsn > 0) {
        // Changed in the run (the change log keeps a row per change of an object that existed) or
        // made in it.
        auto touched = DirectoryLookup(store).touchedBetween(d.run.firstUsn, d.run.lastUsn);
        if (!touched)
            return touched.error();
        for (qint64 id : touched.value()) {
            auto o = store.objectById(id);
            if (!o)
                continue; // gone since (tombstones pruned)
            const QString change = o->deleted                        ? QStringLiteral("deleted")
                                   : o->usnCreated >= d.run.firstUsn ? QStringLiteral("added")
                                                                     : QStringLiteral("changed");
            d.objects << DirsyncRunObject{o->dn.toString(), o->displayName(),
                                          o->cls ? o->cls->label : QString(), change};
        }
    }
    if (d.run.firstEvent > 0) {
        auto events = EventLog::range(store, d.run.firstEvent, d.run.lastEvent);
        if (!events)
            return events.error();
        d.events = events.value();
    }
    return d;
}

QList<DirsyncCycleTotals> cycles(QList<DirsyncRun> runs, int gapMs)
{
    std::sort(runs.begin(), runs.end(),
              [](const DirsyncRun& a, const DirsyncRun& b) { return a.started < b.started; });
    QList<DirsyncCycleTotals> out;
    for (const DirsyncRun& r : runs) {
        if (out.isEmpty() || out.last().finished.msecsTo(r.started) > gapMs)
            out.append(DirsyncCycleTotals{r.started, r.finished});
        DirsyncCycleTotals& c = out.last();
        c.finished = std::max(c.finished, r.finished);
        ++c.runs;
        c.adds += r.adds;
        c.modifies += r.modifies;
        c.deletes += r.deletes;
        c.errors += r.errors;
    }
    return out;
}

QByteArray detailsCsv(const DirsyncRunDetails& d)
{
    QByteArray out =
        Csv::line({QStringLiteral("Kind"), QStringLiteral("Change or type"), QStringLiteral("Name or event"),
                   QStringLiteral("Class or category"), QStringLiteral("Directory name or text")});
    for (const DirsyncRunObject& o : d.objects)
        out += Csv::line({QStringLiteral("object"), o.change, o.name, o.className, o.dn});
    for (const EventRecord& e : d.events)
        out += Csv::line({QStringLiteral("event"), e.level, QString::number(e.eventId), e.category, e.text});
    return out;
}

QByteArray csv(const QList<DirsyncRun>& runs)
{
    QByteArray out =
        Csv::line({QStringLiteral("Started"), QStringLiteral("Finished"), QStringLiteral("Requestor"),
                   QStringLiteral("Step"), QStringLiteral("Status"), QStringLiteral("Adds"),
                   QStringLiteral("Modifies"), QStringLiteral("Deletes"), QStringLiteral("Errors"),
                   QStringLiteral("Messages in"), QStringLiteral("Messages out"), QStringLiteral("Detail")});
    for (const DirsyncRun& r : runs)
        out += Csv::line({r.started.toString(Qt::ISODateWithMs), r.finished.toString(Qt::ISODateWithMs),
                          r.requestor, r.step, r.status, QString::number(r.adds), QString::number(r.modifies),
                          QString::number(r.deletes), QString::number(r.errors),
                          QString::number(r.messagesIn), QString::number(r.messagesOut), r.detail});
    return out;
}

} // namespace DirsyncLog

} // namespace sa::core
