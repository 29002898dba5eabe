#pragma once

#include "DirsyncServer.h"
#include "core/directory/Organization.h"
#include "core/msmail/PostofficeDirsync.h"
#include "core/services/Runner.h"

namespace sa::core {

/// What one whole cycle across the organization did.
struct DirsyncCycleReport
{
    QStringList requestors; ///< postoffices that ran T1 and T3
    T2Report t2;
    PoT3Report t3;       ///< summed over the postoffices
    RunReport transport; ///< the mail, connectors, MTAs and replication in between
};

/// One dirsync cycle as the original's schedule would run it (reference §1), for the emulated
/// postoffices: T1 at each requestor postoffice, the mail carried (postoffices, connectors, MTAs,
/// replication), T2 at the dirsync server, the replies carried, T3 at each requestor postoffice.
class DirsyncCycle
{
public:
    explicit DirsyncCycle(Organization organization) : m_organization(std::move(organization)) {}

    /// The database of the site that holds the organization's Directory Synchronization Server.
    static Result<QString> serverSite(const Organization& organization);

    Result<DirsyncCycleReport> run();
    /// T2 alone, now ("pause kicks DXA", Q146738).
    Result<T2Report> t2Now();

private:
    Organization m_organization;
};

} // namespace sa::core
