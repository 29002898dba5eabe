#pragma once

#include "DirsyncMessage.h"
#include "DirsyncSubject.h"
#include "core/common/Error.h"
#include "core/message/Message.h"

namespace sa::core {

/// A dirsync message put in its envelope: the mail a requestor or a server sends, the same from a
/// site's Directory Synchronization service and from an MS Mail postoffice.
struct DirsyncEnvelope
{
    /// A requestor's update (ReqTx) or a server's reply (SrvTx) as mail from `from` to `to`: the
    /// [DIRSYNC] section in the body, the transactions attached (REQTRANS.TXT or SRVTRANS.TXT), the
    /// subject from the header's numbers, `was` (the last confirmed R, or the previous S) and the
    /// count.
    static Result<Message> compose(const DirsyncMessage& message, DirsyncSubject::Kind kind, qint64 was,
                                   const QString& from, const QString& to);
    /// The same with the `count` transactions already written (DirsyncPending::keep's text).
    static Message compose(const DirsyncHeader& header, QString transactions, qsizetype count,
                           DirsyncSubject::Kind kind, qint64 was, const QString& from, const QString& to);
};

} // namespace sa::core
