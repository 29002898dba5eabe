#pragma once

#include <QString>

namespace sa::core {

class DirectoryStore;
struct DirectoryObject;

/// What an object's Delivery Restrictions page says of a sender: accept messages from All or a List
/// (Authorized-Sender), reject messages from None or a List (Unauthorized-Sender), both lists of DNs.
/// The sender is matched by its address to the directory object that holds it; a sender the
/// directory does not know is in neither list.
class DeliveryRestrictions
{
public:
    enum class Verdict
    {
        Accepted,
        NotAccepted, ///< an accept list is set and the sender is not on it
        Rejected     ///< the sender is on the reject list
    };

    static Verdict of(DirectoryStore& store, const DirectoryObject& object, const QString& senderAddress);
};

} // namespace sa::core
