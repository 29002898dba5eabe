#pragma once

#include "core/common/Error.h"
#include "core/message/Message.h"

#include <QList>

namespace sa::core {
class Organization;
}

namespace sa::test {

/// Grows the linked demo into an MS Mail network of the shape most real ones had: NWNET/PO3 (users
/// CARL, CORA) direct to PO1 and reaching everything else through it, NWNET/PO4 (user DORA) direct
/// to PO3 only, so PO4 -> PO3 -> PO1 -> X1 -> X2 -> PO2 is a chain; PO1 knows PO3 direct and PO4
/// through it; PO2 reaches both through its server; X1's MS Mail Connector reaches PO3 and PO4
/// through PO1.
sa::core::Status addChainedPostoffices(const sa::core::Organization& organization);

/// The mail delivered to the mailbox `cn` of the Recipients container of `site` (empty when
/// there is none, or it cannot be read).
QList<sa::core::Message> siteMailOf(const sa::core::Organization& organization, const QString& site,
                                    const QString& cn);

} // namespace sa::test
