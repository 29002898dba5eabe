#pragma once

#include "core/common/Error.h"
#include "core/dirsyncprotocol/DirsyncMessage.h"

namespace sa::core {

class DirectoryStore;
class DirectoryWriter;

/// What was sent to the other side and not yet confirmed (the server's replies to a requestor, or
/// the site's own updates as a requestor): kept in dxa_pending, one row per message, until the other
/// side's number says it has it; everything above that number goes again with the next message.
namespace DirsyncPending {
/// Numbers `transactions` after `last` and keeps them; returns them numbered.
Result<QList<DirsyncTransaction>> keep(DirectoryWriter& w, const QString& partner, qint64 last,
                                       QList<DirsyncTransaction> transactions);
/// Keeps transactions `first` to `last` already numbered and written (DirsyncCodec::transactionsHead
/// and appendTransaction): a full reply, never held as a list.
Status keepWritten(DirectoryWriter& w, const QString& partner, qint64 first, qint64 last,
                   const QString& text);
/// Everything kept with a number above `confirmed`, in order.
Result<QList<DirsyncTransaction>> unconfirmed(DirectoryWriter& w, const QString& partner, qint64 confirmed);
/// The other side has everything up to `confirmed`: those are let go.
Status confirm(DirectoryWriter& w, const QString& partner, qint64 confirmed);
/// How many kept transactions wait above `confirmed` (the status panel's "pending").
Result<int> waiting(DirectoryStore& store, const QString& partner, qint64 confirmed);
/// Nothing kept any more (a full export replaces it all).
Status forget(DirectoryWriter& w, const QString& partner);
} // namespace DirsyncPending

} // namespace sa::core
