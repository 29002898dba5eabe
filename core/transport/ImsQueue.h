#pragma once

#include "core/common/Error.h"
#include "core/message/Message.h"

#include <QDateTime>
#include <QList>

namespace sa::core {

class DirectoryStore;
class DirectoryWriter;

/// A message waiting at the Internet Mail Service for its MTA to take it.
struct ImsQueued
{
    qint64 seq = 0;
    QString site; ///< the connected site it goes to; empty: the Internet (an SMTP address space)
    Message message;
    int attempts = 0;   ///< hand-overs to the MTA that failed
    QString reason;     ///< why the last one failed
    QDateTime queuedAt; ///< when it came here from the site MTA
};

/// The Internet Mail Service's queue (the ims_queue table of the site database, whose only reader
/// and writer this is): messages the site MTA routed to a connected site on another machine. A
/// message leaves it only once the MTA (Postfix) has said it has it, so a crash repeats a hand-over
/// and the receiving site's ids keep one copy.
class ImsQueue
{
public:
    explicit ImsQueue(DirectoryStore& store) : m_store(store) {}

    /// Takes `m` for `site` in the writer's transaction (the MTA queue drops it in the same one);
    /// there once however often it is taken.
    static Status enqueue(DirectoryWriter& w, const QString& site, const Message& m);

    /// Everything waiting, in order.
    Result<QList<ImsQueued>> all() const;
    Result<int> count() const;
    /// Own statements, or part of the transaction under way on the store.
    Status drop(qint64 seq);
    /// The MTA did not take `seq` this time, for `reason`.
    Status countAttempt(qint64 seq, const QString& reason);
    /// `item` back to its sender with a non-delivery report saying `reason` (none for a report), out
    /// of the queue, and an event, in one transaction.
    Status giveBack(const ImsQueued& item, const QString& reason);
    /// The MTA has `item`: out of the queue, and remembered (with its sender) for SentKeptDays, in
    /// case the MTA bounces it later; older records go in the same transaction.
    Status handedOver(const ImsQueued& item);
    /// A bounce from the MTA for `messageId` (see BounceReport): a non-delivery report saying `why`
    /// to the sender it was remembered with, an event, and the record gone, in one transaction.
    /// False when no message of that id was handed over from here (or it was reported before).
    Result<bool> bounced(const QString& messageId, const QString& why);
    /// How long a hand-over is remembered: longer than Postfix keeps a message (5 days by default).
    static constexpr int SentKeptDays = 7;

    /// What an administrator does from a queue window or `queue delete/return`: message `seq` out of
    /// the queue, with a report to its sender when `nonDeliveryReport`; NotFound when it is not there.
    Status remove(qint64 seq, bool nonDeliveryReport);

private:
    DirectoryStore& m_store;
};

} // namespace sa::core
