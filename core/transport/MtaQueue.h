#pragma once

#include "core/common/Error.h"
#include "core/message/Message.h"

#include <QDateTime>
#include <QList>

namespace sa::core {

class DirectoryStore;
class DirectoryWriter;

/// A message waiting in the MTA queue, with its place in it.
struct QueuedMessage
{
    qint64 seq = 0;
    Message message;
    QString state = QStringLiteral("queued"); ///< queued, or held (set aside: it could not be read)
    QString reason;                           ///< why it is held, or why its next hop is unavailable
    int attempts = 0;                         ///< passes of the MTA that found its next hop unavailable
    QDateTime queuedAt;                       ///< when it entered this queue
};

/// A site MTA's queue (the mta_queue table of the site database, whose only reader and writer this
/// is): what waits for its next hop, in order, and what was set aside. Where a message goes is
/// SiteTransport's. Writes made with a writer belong to its transaction; the others are their own,
/// or the one under way on the store.
class MtaQueue
{
public:
    explicit MtaQueue(DirectoryStore& store) : m_store(store) {}

    /// A message the site makes itself (a copy for a list member, a report, a dirsync reply), in the
    /// writer's transaction; made twice after a crash, it is there once.
    static Status enqueue(DirectoryWriter& w, const Message& m);
    /// A message handed in from elsewhere. Still here from before (a loop brought it round while a
    /// hand-over of it waits to be repeated): one copy, with the further count of hops, so that the
    /// loop still ends.
    static Status takeIn(DirectoryWriter& w, const Message& m);
    /// Set aside with `reason`; it stays until the administrator takes it out.
    static Status hold(DirectoryWriter& w, qint64 seq, const QString& reason);

    /// Everything, waiting or held, in its order (the MTA's Queues).
    Result<QList<QueuedMessage>> all() const;
    /// What waits for the postoffice NET/PO (a connection's Queue... window).
    Result<QList<QueuedMessage>> waitingFor(const QString& postoffice) const;
    /// Up to `limit` waiting messages after number `after`, in order (the MTA's pass, by batches),
    /// no more than `budget` characters of bodies and bytes of attachments together unless the
    /// first alone is bigger.
    Result<QList<QueuedMessage>> waitingAfter(qint64 after, int limit, qint64 budget) const;
    /// How many messages wait.
    Result<int> waitingCount() const;
    /// The waiting or held message `seq`; NotFound once it has left.
    Result<Message> message(qint64 seq) const;
    /// The number of the newest message queued (0 when none ever was), to ask later what came after.
    Result<qint64> last() const;
    /// The messages queued after number `seq` for `recipient` (case aside), in order.
    Result<QList<Message>> after(qint64 seq, const QString& recipient) const;

    Status drop(qint64 seq);
    /// Each of `seqs`, by one statement looked up once (in the caller's transaction).
    Status drop(const QList<qint64>& seqs);
    /// One more pass found the next hop of `seqs` unavailable, for `reason`.
    Status countAttempt(const QList<qint64>& seqs, const QString& reason);

private:
    DirectoryStore& m_store;
};

} // namespace sa::core
