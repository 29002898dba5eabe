#pragma once

#include "WriterRule.h"

#include <optional>

namespace sa::core {

class DirectoryWriter;

/// The directory's rules for mailboxes' home servers (issue 22; Q146304: "Home-Server is required
/// for mailbox objects"), applied by the writer in its transaction:
///  - every mailbox lives on a server of its own site (Home-Server, required);
///  - a mailbox made without one lives on the site's first server (the window and `siteadminctl
///    --server` name their own server instead, as the original's Administrator made a mailbox on the
///    server it was connected to);
///  - a server is named by its DN or by its name ("X1"), kept as its DN;
///  - moving a mailbox to another server of its site is an edit of Home-Server (its queued and
///    delivered mail are the site's and stay with it: we model no store per server).
/// Replicas of other sites' mailboxes carry their own site's servers and are not checked.
class MailboxRules : public WriterRule
{
public:
    explicit MailboxRules(DirectoryWriter& writer) : m_writer(writer) {}

    Status fillIn(const ClassDef& cls, bool creating, QList<AttributeChange>& changes) override;

private:
    /// The site's servers, read once for the writer's transaction (an import of 100,000 mailboxes
    /// reads them once).
    Result<QList<DirectoryObject>> servers();

    DirectoryWriter& m_writer;
    std::optional<QList<DirectoryObject>> m_servers;
};

} // namespace sa::core
