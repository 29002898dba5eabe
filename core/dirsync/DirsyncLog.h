#pragma once

#include "core/common/Error.h"
#include "core/directory/Diagnostics.h"
#include "core/directory/EventLog.h"
#include "core/dirsyncprotocol/DirsyncMessage.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sa::core {

class DirectoryStore;
class DirectoryWriter;

/// The directory synchronization service's events (source MSExchangeDX). The numbers below 1000
/// are the original's, with its texts where known (reference §5); ours are above 1000.
namespace DirsyncEvent {
inline const QString Source = QStringLiteral("MSExchangeDX");
constexpr int UnknownRequestor = 136; ///< "Message received from unknown DirSync requestor - ..."
constexpr int MessagesLost =
    220; ///< "Multiple dirsync messages to and from <req> have been lost or delayed."
constexpr int FullExportNext =
    221; ///< "An Import Reply (full export) will be done to <req> on the next reply."
constexpr int InvalidAddress =
    247; ///< "The e-mail address of the following transaction is not a valid format..."
constexpr int WrongPassword = 1101; ///< MS Mail's [156]; the DXA's own text is not known
constexpr int Quarantined = 1102;   ///< a message that could not be read or applied, set aside
constexpr int Conflict = 1103;      ///< one address or display name from two sources
constexpr int StaleMessage = 1104;  ///< a requestor's message older than one already processed
constexpr int RequestorStartedOver = 1105;
constexpr int TransactionsMissing = 1106; ///< a requestor's numbers jump: it must export
constexpr int DeletionThreshold = 1108;   ///< a reply held back: it would delete too much
constexpr int DeletesApproved = 1109;     ///< an administrator let it go
constexpr int NumbersReset = 1110;        ///< an administrator set a requestor's numbers to 0
constexpr int Restricted = 1111;  ///< a sender refused by Directory Synchronization's Delivery Restrictions
constexpr int Cycle = 1107;       ///< what a step did, per requestor
constexpr int SetAside = 1112;    ///< an entry a reply could not carry, left out until corrected
constexpr int ReplyFailed = 1113; ///< one requestor's reply failed; the others were answered
constexpr int StepFailed = 1114;  ///< a step of a cycle failed at one place; the rest went on
constexpr int SequenceRefused = 1115; ///< a message's numbers are out of what the protocol can reach
constexpr int WrongSender = 1116;     ///< a message names another requestor than its sender
} // namespace DirsyncEvent

/// One step of a cycle for one requestor, as the run history keeps it.
struct DirsyncRun
{
    qint64 id = 0; ///< in the history (0 before it is written)
    QDateTime started;
    QDateTime finished;
    QString requestor; ///< its name
    QString step;      ///< received, sent
    QString status;    ///< success, completed with warnings, completed with errors, stopped: ...
    int adds = 0;
    int modifies = 0;
    int deletes = 0;
    int errors = 0;
    int warnings = 0;
    int messagesIn = 0;
    int messagesOut = 0;
    QString detail;
    qint64 firstUsn = 0; ///< the directory changes it made: (firstUsn - 1, lastUsn]; 0 when none
    qint64 lastUsn = 0;
    qint64 firstEvent = 0; ///< the events it logged: firstEvent..lastEvent; 0 when none
    qint64 lastEvent = 0;

    /// success / completed with warnings / completed with errors, from the counts.
    QString outcome() const;
    static const QString StoppedByThreshold; ///< "stopped: deletion threshold"
    /// Counts the adds, modifies and deletes among `transactions`.
    void countSent(const QList<DirsyncTransaction>& transactions);
    void countSent(const DirsyncTransaction& transaction);
};

/// Diagnostics Logging of the directory synchronization service (reference §4: categories seen in
/// MSExchangeDX events are Event Handler, Startup and MS Mail 3.2), by the rules of Diagnostics.
namespace DirsyncDiagnostics {
const Diagnostics& service();
const QStringList& categories();
const QStringList& levels(); ///< None, Minimum, Medium, Maximum
/// The category an event of `id` belongs to.
QString categoryOf(int id);
/// Whether an event of `level` in `category` is kept, given the site's settings.
bool keeps(DirectoryStore& store, const QString& category, const QString& level);
} // namespace DirsyncDiagnostics

/// An object a run changed, as the run history's details show it.
struct DirsyncRunObject
{
    QString dn;
    QString name;
    QString className;
    QString change; ///< added, changed, deleted
};

/// What opening a run in the history shows: the objects it changed and the events it logged.
struct DirsyncRunDetails
{
    DirsyncRun run;
    QList<DirsyncRunObject> objects;
    QList<EventRecord> events;
};

/// The runs of one cycle added up (the chart of the Synchronization Status panel).
struct DirsyncCycleTotals
{
    QDateTime started;
    QDateTime finished;
    int runs = 0;
    int adds = 0;
    int modifies = 0;
    int deletes = 0;
    int errors = 0;
};

namespace DirsyncLog {
/// Writes the event when Diagnostics Logging keeps it.
Status event(DirectoryWriter& w, const QString& level, int id, const QString& text);
/// Marks where a run begins inside a transaction that holds more than one (T2 takes in all its
/// messages in one): its changes and events are those after the mark. Unmarked, a run owns all of
/// its transaction's.
Status begin(DirectoryWriter& w, DirsyncRun& run);
Status run(DirectoryWriter& w, const DirsyncRun& run);
/// Lets go of the runs that finished before `cutoff` (ISO 8601 UTC); how many went.
Result<int> forgetRunsBefore(DirectoryWriter& w, const QString& cutoff);
/// The newest `limit` runs, newest first.
Result<QList<DirsyncRun>> history(DirectoryStore& store, int limit);
/// The id of the newest run (0 when there is none), to ask later what ran after it.
Result<qint64> lastRunId(DirectoryStore& store);
/// The runs for `requestor` written after run `afterId`, oldest first.
Result<QList<DirsyncRun>> runsAfter(DirectoryStore& store, qint64 afterId, const QString& requestor);
/// The deletes of the newest run for `requestor` that its deletion threshold stopped (0 when none).
Result<int> heldDeletes(DirectoryWriter& w, const QString& requestor);
/// One run of the history with the objects it changed and the directory synchronization events
/// logged while it ran.
Result<DirsyncRunDetails> details(DirectoryStore& store, qint64 runId);
/// `runs` (any order) grouped into cycles, oldest first: a run that starts within `gapMs` of the end
/// of the one before belongs to the same cycle (the runs of one T2 follow each other at once, each
/// starting as the one before commits; cycles are at least the time of T3, T1 and the mail apart).
QList<DirsyncCycleTotals> cycles(QList<DirsyncRun> runs, int gapMs = 500);
/// One run's details as CSV: a line per object it changed and per event it logged.
QByteArray detailsCsv(const DirsyncRunDetails& details);
/// The runs as CSV (a header line, then one line per run), as the history's Export writes them.
QByteArray csv(const QList<DirsyncRun>& runs);
} // namespace DirsyncLog

} // namespace sa::core
