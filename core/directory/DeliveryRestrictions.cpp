#include "DeliveryRestrictions.h"

#include "DirectoryLookup.h"
#include "DirectoryObject.h"
#include "DirectoryStore.h"
#include "Schema.h"

#include <algorithm>

namespace sa::core {

DeliveryRestrictions::Verdict DeliveryRestrictions::of(DirectoryStore& store, const DirectoryObject& object,
                                                       const QString& senderAddress)
{
    const QStringList accept = object.valuesOf(attr::AuthorizedSender);
    const QStringList reject = object.valuesOf(attr::UnauthorizedSender);
    if (accept.isEmpty() && reject.isEmpty())
        return Verdict::Accepted;
    // The sender as the directory knows it: the object with its address.
    ValueQuery query = ValueQuery::addresses({senderAddress});
    query.limit = 1;
    auto holders = DirectoryLookup(store).holders(query);
    const QString sender = holders && !holders->isEmpty() ? holders->first().dn : QString();
    const auto listed = [&sender](const QStringList& list) {
        return !sender.isEmpty() && std::any_of(list.begin(), list.end(), [&](const QString& dn) {
            return dn.compare(sender, Qt::CaseInsensitive) == 0;
        });
    };
    if (!accept.isEmpty() && !listed(accept))
        return Verdict::NotAccepted;
    if (listed(reject))
        return Verdict::Rejected;
    return Verdict::Accepted;
}

} // namespace sa::core
