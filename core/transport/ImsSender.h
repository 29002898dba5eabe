#pragma once

#include "core/common/Error.h"

namespace sa::core {

class DirectoryStore;

/// The Internet Mail Service's outbound work at one site: each message its queue holds is signed for
/// the connected site it goes to (CrossingMessage, with the pair's secret), addressed to that site's
/// routing address, and handed to the smart host (the MTA) over SMTP. It leaves the queue only once the
/// MTA has it. What waits (the service stopped, Transfer Mode, no secret, the MTA unreachable) waits
/// with its reason, and goes back to its sender with a non-delivery report once it has waited longer
/// than the MTA's undeliverable-after; what the MTA refuses for good goes back at once.
class ImsSender
{
public:
    explicit ImsSender(DirectoryStore& store) : m_store(store) {}

    /// One pass over the queue; how many messages left it (handed over or returned).
    Result<int> run();

private:
    DirectoryStore& m_store;
};

} // namespace sa::core
