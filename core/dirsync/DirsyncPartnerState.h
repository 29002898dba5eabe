#pragma once

#include "core/common/Error.h"

#include <QMap>
#include <QString>

namespace sa::core {

class DirectoryStore;
class DirectoryWriter;

/// What the engine keeps about a requestor besides its numbers, one row per requestor in
/// dxa_state, whose only reader and writer this is. Writes take the writer of the transaction
/// they belong to; reads on a writer's store see that transaction.
struct DirsyncPartnerState
{
    qint64 watermark = 0; ///< the site USN up to which changes were exported to it
    QString exportConfig; ///< DirsyncPartner::exportConfig() when last exported
    bool fullReply = false;
    bool deletesApproved = false;
    bool answerDue = false; ///< the server has received from it and owes it a reply
    QString lastStatus;
    QString lastReceived; ///< submission time (ISO, ms) of the last message processed
    QString lastSent;     ///< when the last message to it was made (ISO, ms)
    int missed = 0;       ///< T2s in a row at which nothing came from it

    /// The requestor's state; a default one when nothing is kept yet.
    static Result<DirsyncPartnerState> of(DirectoryStore& store, const QString& guid);
    /// Every kept requestor's last received time, by GUID.
    static Result<QMap<QString, QString>> lastReceivedOfAll(DirectoryStore& store);

    /// A row for the requestor, if it has none.
    static Status ensure(DirectoryWriter& w, const QString& guid);
    static Status setStatus(DirectoryWriter& w, const QString& guid, const QString& status);
    /// A message from the other side, submitted `at`, was processed with `status`.
    static Status received(DirectoryWriter& w, const QString& guid, const QString& at, const QString& status);
    /// The server took the requestor's update, submitted `at`: it is owed a reply (a full one if asked).
    static Status answerOwed(DirectoryWriter& w, const QString& guid, bool fullReply, const QString& at);
    /// A message to the other side was made `at`, with the changes up to `watermark` under
    /// `exportConfig`. `answered`: the server's reply, which settles what was owed and approved.
    static Status sent(DirectoryWriter& w, const QString& guid, qint64 watermark, const QString& exportConfig,
                       const QString& at, const QString& status, bool answered);
    /// At the end of a T2: whether anything came from the requestor since the last.
    static Status countMissed(DirectoryWriter& w, const QString& guid, bool arrived);
    /// The next reply may delete past the threshold; `guid` empty: for every requestor.
    static Status approveDeletes(DirectoryWriter& w, const QString& guid);
    /// Nothing kept about the requestor any more.
    static Status forget(DirectoryWriter& w, const QString& guid);
};

} // namespace sa::core
