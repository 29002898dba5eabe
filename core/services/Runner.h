#pragma once

#include "core/common/Error.h"
#include "core/directory/Organization.h"

namespace sa::core {

/// What one pass of the services did.
struct RunReport
{
    int dispatched = 0; ///< messages the postoffices delivered or forwarded
    int pickedUp = 0;   ///< messages MS Mail Connectors took from their postoffices
    int routed = 0;     ///< messages site MTAs moved one hop
    int replicated = 0; ///< objects directory replication wrote
    int total() const { return dispatched + pickedUp + routed + replicated; }
    RunReport& operator+=(const RunReport& other);
};

/// Does the pending work of the organization's running services, as `siteadminctl run` and (later)
/// the background worker do: the emulated postoffices' delivery, the MS Mail Connectors' pick-up,
/// the site MTAs' routing (into postoffices, other sites and mailboxes), and directory replication
/// over Directory Replication Connectors. Every step is its own transaction, so the work can stop
/// (or be killed) at any instant and go on from there.
class Runner
{
public:
    explicit Runner(Organization organization) : m_organization(std::move(organization)) {}

    Result<RunReport> runOnce();
    /// Passes until one does nothing, or `maxSeconds` (0 = no limit) have gone by.
    Result<RunReport> runUntilIdle(int maxSeconds = 0);

private:
    Organization m_organization;
};

} // namespace sa::core
