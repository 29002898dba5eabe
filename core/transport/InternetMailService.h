#pragma once

#include "core/common/Error.h"
#include "core/directory/ConnectorValues.h"
#include "core/directory/DirectoryObject.h"
#include "core/message/Message.h"

#include <QList>
#include <QString>
#include <utility>

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
    /// The own service whose SMTP address spaces hold `address` (an SMTP address, typed or not): the
    /// way out to the Internet. Its Link names no site. NotFound when none does.
    Result<Link> linkToInternet(const QString& address) const;
    /// Whether one of `service`'s SMTP address spaces holds `address`.
    static bool coversInternet(const DirectoryObject& service, const QString& address);
    /// The site whose Internet Mail Service (another site's, known by replication) has an SMTP
    /// address space holding `address`; empty when none has.
    QString siteReachingInternet(const QString& address) const;
    /// The From of Internet mail sent for the typed address `from`: an SMTP address is itself; a
    /// recipient of the directory is its primary SMTP address and display name; anyone else (an MS
    /// Mail user not in the directory, a system mailbox) is encapsulated at the service's Inbound
    /// Domain, so that a reply finds the way back.
    std::pair<QString, QString> internetSender(const Link& link, const QString& from) const;
    /// The typed address of `smtp` (an address of Internet mail that came in): an IMCEA-encapsulated
    /// one (IMCEAMS-NET+2FPO+2FJOHN@domain) is the address it encapsulates, any other is SMTP:smtp.
    static QString deencapsulate(const QString& smtp);
    /// The recipient of this site that Internet mail for `smtp` is delivered to: its typed address
    /// when a mailbox, distribution list or custom recipient of the directory has it (as a proxy
    /// address, or as a custom recipient's target); NotFound when none has. Mail from the Internet
    /// is never taken for the sites' system mailboxes ($SYSTEM, replication), which are not
    /// recipients of the directory.
    Result<QString> internetRecipient(const QString& smtp) const;
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
