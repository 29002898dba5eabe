#pragma once

#include "core/directory/Organization.h"

namespace sa::core {

/// How far along Q152167 the demo organization is built.
enum class DemoStage
{
    /// The state the article starts from ("lab"): the two sites, PO1 served by X1's MS Mail
    /// Connector and PO2 by X2's, the postoffices' routes as in the article, and no site connector,
    /// no directory replication connector and no dirsync object, so that a person can follow the
    /// article step by step (`siteadminctl demo --lab`).
    Lab,
    /// Steps 1 and 2 done: the sites joined by site and directory replication connectors, and
    /// replicated once; no dirsync object yet (`siteadminctl demo --linked`).
    Linked,
    /// The whole procedure done (addDirsync), Directory Synchronization started on X1: what a
    /// newcomer sees, cycles running as soon as the window's services start (`siteadminctl demo`,
    /// `siteadmin --demo`).
    Configured,
};

/// The demo organization: NORTHWIND with site SEATTLE (server X1) and site LONDON (server X2), each
/// with a few dozen mailboxes with realistic names and attributes, and the MS Mail postoffices
/// NWNET/PO1 and NWNET/PO2 with their users, at one of the stages of Q152167.
class DemoOrganization
{
public:
    static const QString OrganizationName;
    static Result<Organization> build(const QString& dir, DemoStage stage);
    /// The rest of Q152167, as the procedure leaves it: the "MSMail Recipients" container in SEATTLE,
    /// the custom recipient NWNET/PO2/$SYSTEM, a Directory Synchronization Server on X1, Remote
    /// Dir-Sync Requestors for PO1 (direct) and PO2 (<non msmail requestor>) importing into MSMail
    /// Recipients and exporting both sites' Recipients, both postoffices registered as requestors of
    /// NORTHWIND/SEATTLE, and Directory Synchronization started on X1.
    static Status addDirsync(const Organization& organization);
    static const QString DirsyncPassword;
};

} // namespace sa::core
