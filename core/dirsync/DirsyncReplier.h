#pragma once

#include "DirsyncPartner.h"
#include "DirsyncTemplateMap.h"
#include "core/common/Error.h"
#include "core/directory/DirectoryObject.h"

#include <QStringList>
#include <atomic>
#include <optional>

namespace sa::core {

class DirectoryStore;
class DirectoryWriter;
struct T2Report;

/// T2 transmit (SRVMAIN -T) of the site's dirsync server: a reply to each requestor that is due.
///
/// Every reply is made in one transaction (one commit whatever the number of requestors). One that
/// cannot be made, or that the deletion threshold holds back, rolls that transaction back, and each
/// reply is then made in a transaction of its own so that it holds up no other.
///
/// One reply: the changes since the last reply (DirsyncExport), numbered after DXA-Svr-Seq and kept
/// in dxa_pending until confirmed, go out together with what was sent before and not yet confirmed,
/// so a lost reply is sent again. A full export goes instead after an import request, after Export
/// on next cycle, when the export containers or trust level changed, or when the numbers cannot be
/// reconciled (the requestor's state asks for it).
class DirsyncReplier
{
public:
    /// `server` is the site's Directory Synchronization Server object; `importContainers` the keys of
    /// every requestor's import container (what a reply never sends back).
    DirsyncReplier(DirectoryStore& store, const DirectoryObject& server, QStringList importContainers,
                   const std::atomic_bool* cancel);

    /// Replies to each requestor in `due`. A reply that fails for a reason of its own is said as an
    /// event and in the report, and the others are made; a storage error or a cancel stops here.
    Status answer(const QList<DirsyncPartner>& due, T2Report& report);

private:
    /// A reply the deletion threshold stopped: what it would have deleted of what the requestor holds.
    struct HeldBack
    {
        int deletes = -1; ///< -1: not stopped
        int entries = 0;
    };
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    /// Replies to one requestor in its own transaction; one the threshold stops is said once.
    Status reply(const DirsyncPartner& p, T2Report& report);
    /// The reply inside a transaction of T2's: an error rolls it back (with `stopped` set when the
    /// deletion threshold did).
    Status replyIn(DirectoryWriter& w, const DirsyncPartner& p, T2Report& report, HeldBack& stopped);
    /// A reply that failed for a reason of its own (not the database's): said as an event and in
    /// the report; the requestor stays due, and T2 goes on to the next one.
    Status replyFailed(const DirsyncPartner& p, const Error& error, T2Report& report);

    DirectoryStore& m_store;
    const DirectoryObject& m_server;
    const QStringList m_importContainers;
    const std::atomic_bool* m_cancel;
    std::optional<DirsyncTemplateMap::Map> m_outgoing; ///< replyIn()'s, read once
};

} // namespace sa::core
