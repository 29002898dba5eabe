#pragma once

#include "core/common/Error.h"
#include "core/message/Message.h"

namespace sa::core {

struct DirectoryObject;
class DirectoryStore;
class DirectoryWriter;

/// A dirsync message delivered to the site's directory synchronization service ($SYSTEM, or
/// SYSTEMn as a requestor), with its place in the site's delivered mail.
struct DirsyncMail
{
    qint64 id = 0;
    Message message;

    /// What waits for the service, in the order it was submitted.
    static Result<QList<DirsyncMail>> waiting(DirectoryStore& store);
    /// Taken off the waiting mail, inside the writer's transaction.
    Status consume(DirectoryWriter& w) const;
    /// Why the Delivery Restrictions of `server`'s Directory Synchronization refuse this message's
    /// sender (Accept messages from a list it is not on, or Reject messages from a list it is on);
    /// empty when they do not.
    QString refusedBy(DirectoryStore& store, const QString& server) const;
    /// The same with that Directory Synchronization object already read.
    QString refusedBy(DirectoryStore& store, const DirectoryObject& dxa, const QString& server) const;
    /// Set aside whole, unapplied (dxa_quarantine, event 1102, a run "stopped: error"): its own
    /// transaction, after the one that tried to apply it was rolled back.
    Status setAside(DirectoryStore& store, const QString& requestor, const QString& reason) const;
};

} // namespace sa::core
