#pragma once

#include "DirsyncServer.h"

namespace sa::core {

/// What the next T2 would do for one requestor (DirsyncServerAdmin::preview).
struct DirsyncPreview
{
    QString requestor;
    QString status;       ///< "reply", "nothing received", or the reason nothing would be sent
    int incomingAdds = 0; ///< from its waiting messages, to the directory
    int incomingModifies = 0;
    int incomingDeletes = 0;
    int incomingErrors = 0;
    QList<DirsyncTransaction> outgoing; ///< what its reply would carry
};

/// The administrator's side of the site's dirsync server: where each requestor stands (as
/// siteadminctl dirsync status and the Synchronization Status panel show it), what the next T2 would
/// do, approving deletions the threshold held back, and resetting a requestor's numbers. T2 itself is
/// DirsyncServer's.
class DirsyncServerAdmin
{
public:
    explicit DirsyncServerAdmin(DirectoryStore& store) : m_store(store) {}

    /// Where each Remote Dir-Sync Requestor stands, by name.
    Result<QList<DirsyncPartnerStatus>> status() const;
    /// Where one requestor (or the site's own Dir-Sync Requestor) stands.
    static Result<DirsyncPartnerStatus> statusOf(DirectoryStore& store, const DirsyncPartner& partner);

    /// What the next T2 would receive and send, per requestor, worked out on a copy of the site
    /// database: nothing is sent or changed. With `approveDeletes`, as if every held deletion were
    /// approved (what approve-deletes would let go).
    Result<QList<DirsyncPreview>> preview(bool approveDeletes = false) const;
    /// siteadminctl dirsync approve-deletes: the next reply to the requestor may delete what the
    /// deletion threshold held back. Returns how many deletions were held (0: none was).
    Result<int> approveDeletes(const QString& requestor);
    /// siteadminctl dirsync reset: the requestor's numbers to 0 and what the server kept about it
    /// forgotten (its imported entries stay); its next message is taken whole and answered with a
    /// full export (Q152231).
    Status reset(const QString& requestor);

private:
    Result<DirsyncPartner> partnerNamed(const QString& name) const;

    DirectoryStore& m_store;
};

} // namespace sa::core
