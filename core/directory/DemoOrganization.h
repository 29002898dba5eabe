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
    /// The state Q152167 starts from ("lab"): the two sites, PO1 served by X1's MS Mail Connector
    /// and PO2 by X2's, the postoffices' routes as in the article, and no site connector, no
    /// directory replication connector and no dirsync object, so that a person can follow the
    /// article step by step.
    static Result<Organization> buildLab(const QString& dir);
    /// The rest of Q152167, as the procedure leaves it: the "MSMail Recipients" container in SEATTLE,
    /// the custom recipient NWNET/PO2/$SYSTEM, a Directory Synchronization Server on X1, Remote
    /// Dir-Sync Requestors for PO1 (direct) and PO2 (<non msmail requestor>) importing into MSMail
    /// Recipients and exporting both sites' Recipients, both postoffices registered as requestors of
    /// NORTHWIND/SEATTLE, and Directory Synchronization started on X1.
    static Status addDirsync(const Organization& organization);
    static const QString DirsyncPassword;

private:
    /// `linked`: the sites joined by site and directory replication connectors, and replicated.
    static Result<Organization> build(const QString& dir, bool linked);
};

} // namespace sa::core
