#pragma once

#include "DirsyncMessage.h"

#include <QString>

namespace sa::core {

/// The one rule both dirsync servers (the site's and an emulated postoffice's) apply to the
/// numbers in a requestor's update before anything of it is applied (issue 15, finding 2): a
/// forged or damaged REQSEQ must neither move the requestor's numbers nor stall it for ever.
namespace DirsyncSequence {

/// What the server knows of the requestor.
struct Known
{
    qint64 reqSeq = 0;  ///< its last transaction applied here
    qint64 svrSeq = 0;  ///< the server's last number it could have been sent
    QString postoffice; ///< NET/PO, for the advice in the refusal
};

/// Why the numbers of a requestor's update cannot be real (empty when they can): transactions
/// that do not follow each other, a REQSEQ beyond what it carries, or a first transaction past
/// the next number without an export. `was` is the confirmed number its subject names (0 when the
/// subject names none).
QString unreachable(const DirsyncMessage& message, qint64 was, const Known& known);

} // namespace DirsyncSequence

} // namespace sa::core
