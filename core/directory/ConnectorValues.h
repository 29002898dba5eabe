#pragma once

#include "core/common/Phrase.h"

#include <QString>
#include <QStringList>

namespace sa::core {

struct DirectoryObject;

/// What the values of a connector's attributes mean, in one place for the transport, the services
/// and the property pages.
namespace ConnectorValues {

/// An MS-Mail-Connection: "NET/PO" (direct) or "NET/PO via NET2/PO2" (indirect).
struct Connection
{
    QString postoffice; ///< NET/PO, upper case
    QString via;        ///< the direct postoffice it is reached through; empty when direct

    bool isDirect() const { return via.isEmpty(); }
    /// Where the connector hands its mail: the postoffice itself, or the one it is reached via.
    QString directPostoffice() const { return isDirect() ? postoffice : via; }
    QString toString() const;
    static Connection parse(const QString& value);
};

/// A Connector-MTA: "service name|polling seconds|NET/PO,NET/PO" (the postoffices it services).
struct ConnectorMta
{
    QString name;
    int polling = 60;
    QStringList serviced; ///< NET/PO, upper case

    QString toString() const;
    static ConnectorMta parse(const QString& value);
};

/// A Connected-Sites value of an Internet Mail Service: "ORG|SITE|routing address", the site reached
/// through it and the mail domain of that site's own Internet Mail Service (Q163777's Connected Sites
/// page: Organization, Site, Routing Address).
struct ConnectedSite
{
    QString organization;
    QString site;
    QString routingAddress; ///< a domain name, lower case

    QString toString() const;
    static ConnectedSite parse(const QString& value);
    /// What is wrong with a value typed for `ownOrganization`'s site `ownSite`, or empty: names
    /// that are not names, another organization (replication is within one), the site itself, a
    /// routing address that is not a domain name.
    static Phrase problem(const QString& value, const QString& ownOrganization, const QString& ownSite);
};

/// Whether `name` is a domain name (letters, digits, '-' in dot-separated labels, at most 253).
bool isDomainName(const QString& name);

/// The server an MS Mail Connector runs on (its home server's name), or empty.
QString homeServer(const DirectoryObject& connector);
/// NET/PO of an MS address (MS:NET/PO/MAILBOX), upper case; empty for other types.
QString msPostoffice(const QString& address);
/// Whether `address` lies in the address space `pattern` (TYPE:pattern, * for anything).
bool inAddressSpace(const QString& pattern, const QString& address);

} // namespace ConnectorValues

} // namespace sa::core
