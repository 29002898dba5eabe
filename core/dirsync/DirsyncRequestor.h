#pragma once

#include "DirsyncPartner.h"
#include "DirsyncServer.h"

namespace sa::core {

/// The site's directory synchronization service as a requestor of a foreign (MS Mail) dirsync
/// server: the Dir-Sync Requestor object in Connections (reference §4, XOG11003/11006).
///
/// T1, one transaction: what changed in the export containers since the last T1 (everything on
/// the first cycle, with Export on next cycle, or when the export settings changed: R MS:ORG/SITE
/// and an A per entry) is numbered after DXA-Req-Seq and kept until the server echoes it as R=;
/// the ReqTx carries it with everything still unconfirmed, the SrvSync applied (DXA-Svr-Seq) and the
/// import count (raised on the first cycle and by Import on next cycle). "Send updates" off sends
/// no changes, only the numbers.
///
/// T3, one transaction per SrvTx: from the server's $SYSTEM only; an import count below ours is old
/// mail; the echoed R lets our kept transactions go; the transactions above DXA-Svr-Seq (all of an
/// import reply, which replaces everything imported before) go to the import container as custom
/// recipients, unless "Receive updates" is off. A reply saying we applied more than we did leads to
/// an import request with the next T1.
class DirsyncRequestor
{
public:
    explicit DirsyncRequestor(DirectoryStore& store);

    /// This site's own Dir-Sync Requestor object, or NotFound.
    static Result<DirectoryObject> requestorObject(DirectoryStore& store);

    /// Sends the ReqTx; returns how many transactions it carried.
    Result<int> t1();
    Result<T2Report> t3();

private:
    Status applyReply(DirectoryWriter& w, DirsyncPartner& p, const DirsyncMail& in, T2Report& report);

    DirectoryStore& m_store;
    DirectoryObject m_requestor;
};

} // namespace sa::core
