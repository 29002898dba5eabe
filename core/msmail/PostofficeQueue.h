#pragma once

#include "core/common/Error.h"
#include "core/message/Message.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>
#include <functional>

namespace sa::core {

class PostofficeStore;

/// A message in the postoffice's queue.
struct PoQueued
{
    qint64 seq = 0;
    Message message;
    QString nextHop;
    QString direction; ///< "in": to deliver or forward here; "out": waiting for its next hop's carrier
    QDateTime queuedAt;
    QString reason; ///< why it still waits for its next hop, when a carrier has said
};

/// The postoffice's queue (the queue table, whose only reader and writer this is; with the seen
/// message ids, SeenIds): mail submitted here or handed in, dispatched - delivered to a mailbox
/// here, or put "out" for the next postoffice of its route, where whatever serves that next hop
/// (the MS Mail Connector, MS Mail External) picks it up - and returned to its sender when it
/// cannot go on (MS Mail's undeliverable mail), each return in the system log. Also the queue's
/// administration: what waits and why, removed or returned by hand.
class PostofficeQueue
{
public:
    explicit PostofficeQueue(PostofficeStore& po) : m_po(po) {}

    /// Default of undeliverableAfter(): a day, as mail systems give a next hop before they return mail.
    static constexpr int DefaultUndeliverableSeconds = 24 * 3600;

    /// Sends `m` from here, inside the caller's transaction: delivered to its mailbox here, put "out"
    /// for its next hop, or returned (dispatchOne).
    Status submit(const Message& m);
    /// Processes the "in" queue (the non-delivery reports made here, and what an earlier version
    /// queued): local mailboxes get their mail, other postoffices' mail moves to "out" with its
    /// next hop, and what cannot go anywhere comes back as a non-delivery report.
    Result<int> dispatch();
    /// What this queue left for a later dispatch(): the non-delivery reports it put into "in", and
    /// one when dispatch() took a whole batch (more may wait).
    int followUps() const { return m_followUps; }

    // The interface of whatever carries mail to and from this postoffice.
    /// Messages waiting in "out" for `nextHop` (NET/PO), oldest first (by queue time, then order).
    Result<QList<PoQueued>> outboundFor(const QString& nextHop, int limit = 500) const;
    /// Takes handed-over messages off the outbound queue, all in one transaction.
    Status removeOutbound(const QList<qint64>& seqs);
    /// Takes a message in and dispatches it in the same transaction (delivered, forwarded or
    /// returned); a message id seen before is ignored (returns false).
    Result<bool> accept(const Message& message);
    /// Several at once, in one transaction; returns how many were new.
    Result<int> accept(const QList<Message>& messages);
    /// The next hops that outbound mail waits for, in order.
    Result<QStringList> outboundHops() const;
    /// Why the mail for each next hop waits, as a pass of its carrier found it (empty: it is on its
    /// way); a hop left out waits for nothing. Written only when something changed.
    Status setWaitingReasons(const QMap<QString, QString>& byHop);
    /// The reasons kept, by next hop (upper case); a hop without one is not waiting for anything known.
    Result<QMap<QString, QString>> waitingReasons() const;

    // The administrator's.
    /// Everything queued, "in" then "out", each oldest first.
    Result<QList<PoQueued>> queued() const;
    /// Takes message `seq` off the queue (one transaction): returned to its sender with a
    /// non-delivery report naming `reason`, or deleted; the system log says which.
    Status removeQueued(qint64 seq, bool returnToSender, const QString& reason);
    /// Outbound mail that has waited longer than undeliverableAfter() goes back to its senders as
    /// non-delivery reports naming why it waited (its reason, or `reasonFor(nextHop)`), logged;
    /// one transaction. Returns how many.
    Result<int> returnExpired(const std::function<QString(const QString& nextHop)>& reasonFor = {});
    /// returnExpired() of the mail waiting for `hops` (outboundHops() read by the caller, who reads
    /// it anyway: MS Mail External asked twice at every postoffice of every pass, issue 18).
    Result<int> returnExpired(const QStringList& hops,
                              const std::function<QString(const QString& nextHop)>& reasonFor);
    /// Seconds outbound mail may wait for its next hop before it is returned.
    int undeliverableAfter() const;
    Status setUndeliverableAfter(int seconds);

private:
    Status enqueue(const Message& m, const QString& direction, const QString& nextHop);
    /// Returns `m` to its sender from here (unless it is a report) and logs it; in a transaction.
    Status bounce(const Message& m, const QString& source, const QString& reason);
    /// One message of the "in" queue delivered, forwarded or returned; in a transaction.
    Status dispatchOne(const Message& m);
    /// The postoffice's answers for dispatchOne, asked once per instance: a batch sends hundreds of
    /// messages to a few mailboxes and postoffices (a look-up per message was a statement more per
    /// message at every postoffice, issue 18). An instance lives for one batch or one pass.
    bool hasMailbox(const QString& mailbox);
    QString nextHop(const QString& target);

    PostofficeStore& m_po;
    int m_followUps = 0;
    QHash<QString, bool> m_mailboxes; ///< by mailbox, upper case
    QHash<QString, QString> m_hops;   ///< by target postoffice, upper case
};

} // namespace sa::core
