#pragma once

#include "core/common/Error.h"
#include "core/directory/ConnectorValues.h"
#include "core/directory/DirectoryObject.h"
#include "core/message/Message.h"

#include <QList>
#include <QString>

namespace sa::core {

class DirectoryStore;

/// What this site's Internet Mail Services say (reference/internet-mail-service.md): which one
/// connects a site on another machine, whether it runs and may carry mail in a direction, where it
/// hands its mail (the smart host: the MTA), and the SMTP form of an address it carries.
class InternetMailService
{
public:
    /// Transfer Mode of the Connections page.
    enum class Transfer
    {
        InboundAndOutbound = 0,
        InboundOnly = 1,
        OutboundOnly = 2,
        None = 3 ///< "Flush Queues": nothing in, nothing out
    };

    /// An Internet Mail Service of this site and a site it is connected to.
    struct Link
    {
        DirectoryObject service;
        ConnectorValues::ConnectedSite site;
        QString server; ///< the server it runs on
    };

    explicit InternetMailService(DirectoryStore& store) : m_store(store) {}

    /// This site's own Internet Mail Services (not other sites' replicas).
    Result<QList<DirectoryObject>> services() const;
    /// The one connected to `site` (case aside); NotFound when none is.
    Result<Link> linkTo(const QString& site) const;
    /// Whether the Internet Mail Service service runs on the link's server.
    bool runs(const Link& link) const;
    static Transfer transfer(const DirectoryObject& service);
    static bool sends(const DirectoryObject& service);
    static bool receives(const DirectoryObject& service);
    /// Why the link's service does not carry `m` by its Delivery Restrictions, or an empty string.
    /// They restrict the directory's senders; the sites' own system mail (replication, directory
    /// synchronization: $-mailboxes) and reports always go, or the sites could not keep in step.
    QString refusal(const Link& link, const Message& m) const;
    /// The smart host and port (127.0.0.1:25 unless set).
    static QString smartHost(const DirectoryObject& service);
    static int smartHostPort(const DirectoryObject& service);
    /// The configuration folder of the MTA whose queue its Queues page shows (empty: the system's).
    static QString mtaConfiguration(const DirectoryObject& service);
    /// The envelope sender of what it sends: postmaster@ its Inbound Domain (postmaster@localhost
    /// without one).
    static QString envelopeSender(const DirectoryObject& service);
    /// The SMTP address a typed address gets on its way to `domain`, as the original's IMS
    /// encapsulated it: IMCEA<TYPE>-<address, +XX for each character that is not a letter, digit,
    /// '.', '-' or '_'>@domain.
    static QString encapsulate(const QString& typedAddress, const QString& domain);

private:
    DirectoryStore& m_store;
};

} // namespace sa::core
