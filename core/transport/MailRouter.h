#pragma once

#include "core/directory/MsMailConnectorPlan.h"
#include "core/message/Message.h"

#include <QHash>
#include <QStringList>
#include <optional>
#include <vector>

namespace sa::core {

struct DirectoryObject;
class DirectoryStore;

/// Where the site MTA sends a message next.
struct Route
{
    enum class Kind
    {
        Local,
        Postoffice,
        Site,
        Expand,
        Internet, ///< out through this site's Internet Mail Service, whose SMTP address space holds it
        Unroutable
    };
    Kind kind = Kind::Unroutable;
    QString owner;        ///< Local: the recipient's GUID, or $SYSTEM (the directory synchronization service)
    QString postoffice;   ///< Postoffice: the direct postoffice (NET/PO) the connector hands it to
    QString server;       ///< Postoffice: the server the MS Mail Connector runs on; Internet: the IMS's;
                          ///< Local: a mailbox's home server, whose MTA delivers it (none: any)
    QString connectorMta; ///< Postoffice: the connector MTA service that services that postoffice
    QString site;         ///< Site: the site it goes to over a site connector
    QStringList members;  ///< Expand: the addresses of a distribution list's members
    QString reason;       ///< Unroutable: why, for the non-delivery report
};

/// Routing by address space from one site: a recipient the site knows, a postoffice of its MS Mail
/// Connectors, another site over a site connector or an Internet Mail Service, the Internet.
///
/// A router reads the site's connectors, Internet Mail Services and services' states once, when it
/// first needs them, and keeps them: it lives for one batch of the MTA's queue (SiteTransport), so
/// 500 messages cost one reading of the configuration, not 500 (a change made meanwhile is seen by
/// the next batch). Each recipient is looked up in the address index once, too.
class MailRouter
{
public:
    explicit MailRouter(DirectoryStore& store);
    ~MailRouter();

    Route route(const Message& message);
    /// Whether mail moves between the site and a direct postoffice through the connector on
    /// `server`: its Interchange and the connector MTA `connectorMta` both run (as read the first
    /// time this router was asked).
    bool carries(const QString& server, const QString& connectorMta);
    /// Whether the MTA of `server` runs, which delivers to the mailboxes living on it (as read the
    /// first time this router was asked); true for no server.
    bool delivers(const QString& server);

private:
    /// route() for a recipient not looked up yet.
    Route routeTo(const Message& message);
    const QList<DirectoryObject>& objectsOf(std::optional<QList<DirectoryObject>>& kept, const QString& cls);

    DirectoryStore& m_store;
    QString m_systemAddress;
    QString m_requestorAddress;
    std::optional<QList<DirectoryObject>> m_connectors;
    std::optional<std::vector<MsMailConnectorPlan>> m_connectorPlans; ///< m_connectors parsed
    std::optional<QList<DirectoryObject>> m_siteConnectors;
    std::optional<QList<DirectoryObject>> m_internetServices;
    QHash<QString, bool> m_carries; ///< by server and connector MTA
    /// Where each recipient address leads, as found the first time in this batch: a batch of 500
    /// messages goes to a few recipients, each looked up in the address index once (issue 18).
    QHash<QString, Route> m_routes;
};

} // namespace sa::core
