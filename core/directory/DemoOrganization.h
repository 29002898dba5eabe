#pragma once

#include "Organization.h"

namespace sa::core {

/// The demo organization a newcomer sees: NORTHWIND with site SEATTLE (server X1) and site LONDON
/// (server X2), each with a few dozen mailboxes with realistic names and attributes.
class DemoOrganization
{
public:
    static const QString OrganizationName;
    static Result<Organization> build(const QString& dir);
    /// The rest of Q152167, as the procedure leaves it: the "MSMail Recipients" container in SEATTLE,
    /// the custom recipient NWNET/PO2/$SYSTEM, a Directory Synchronization Server on X1, Remote
    /// Dir-Sync Requestors for PO1 (direct) and PO2 (<non msmail requestor>) importing into MSMail
    /// Recipients and exporting both sites' Recipients, both postoffices registered as requestors of
    /// NORTHWIND/SEATTLE, and Directory Synchronization started on X1.
    static Status addDirsync(const Organization& organization);
    static const QString DirsyncPassword;
};

} // namespace sa::core
