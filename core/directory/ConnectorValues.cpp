#include "ConnectorValues.h"

#include "AddressSyntax.h"
#include "DirectoryObject.h"
#include "Organization.h"
#include "Schema.h"

#include <QRegularExpression>

namespace sa::core::ConnectorValues {

QString Connection::toString() const
{
    return isDirect() ? postoffice : QStringLiteral("%1 via %2").arg(postoffice, via);
}

Connection Connection::parse(const QString& value)
{
    const QStringList parts = value.simplified().split(QLatin1Char(' '));
    Connection c;
    c.postoffice = parts.value(0).toUpper();
    if (parts.size() >= 3 && parts.at(1).compare(QLatin1String("via"), Qt::CaseInsensitive) == 0)
        c.via = parts.at(2).toUpper();
    return c;
}

QString ConnectorMta::toString() const
{
    return QStringLiteral("%1|%2|%3").arg(name).arg(polling).arg(serviced.join(QLatin1Char(',')));
}

ConnectorMta ConnectorMta::parse(const QString& value)
{
    ConnectorMta m;
    m.name = value.section(QLatin1Char('|'), 0, 0).trimmed();
    m.polling = qMax(1, value.section(QLatin1Char('|'), 1, 1).toInt());
    for (const QString& p : value.section(QLatin1Char('|'), 2).split(QLatin1Char(','), Qt::SkipEmptyParts))
        m.serviced << p.trimmed().toUpper();
    return m;
}

QString ConnectedSite::toString() const
{
    return QStringLiteral("%1|%2|%3").arg(organization, site, routingAddress);
}

ConnectedSite ConnectedSite::parse(const QString& value)
{
    ConnectedSite c;
    c.organization = value.section(QLatin1Char('|'), 0, 0).trimmed();
    c.site = value.section(QLatin1Char('|'), 1, 1).trimmed();
    c.routingAddress = value.section(QLatin1Char('|'), 2).trimmed().toLower();
    return c;
}

Phrase ConnectedSite::problem(const QString& value, const QString& ownOrganization, const QString& ownSite)
{
    if (value.count(QLatin1Char('|')) != 2)
        return Phrase::tr("\"%1\" is not ORGANIZATION|SITE|routing address").arg(value);
    const ConnectedSite c = parse(value);
    if (Status s = Organization::checkName(QStringLiteral("organization"), c.organization, 64); !s)
        return s.error().phrase();
    if (Status s = Organization::checkName(QStringLiteral("site"), c.site, 64); !s)
        return s.error().phrase();
    if (c.organization.compare(ownOrganization, Qt::CaseInsensitive) != 0)
        return Phrase::tr("the site %1 is in the organization %2, not %3: sites of one organization only")
            .arg(c.site, c.organization, ownOrganization);
    if (c.site.compare(ownSite, Qt::CaseInsensitive) == 0)
        return Phrase::tr("the site %1 is this site").arg(c.site);
    if (!isDomainName(c.routingAddress))
        return Phrase::tr("the routing address \"%1\" of site %2 is not a domain name")
            .arg(c.routingAddress, c.site);
    return {};
}

bool isDomainName(const QString& name)
{
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    if (name.isEmpty() || name.size() > 253)
        return false;
    for (const QString& part : name.split(QLatin1Char('.'))) {
        if (!label.match(part).hasMatch())
            return false;
    }
    return true;
}

QString homeServer(const DirectoryObject& connector)
{
    auto home = Dn::parse(connector.value(attr::HomeServer));
    return home && !home->isEmpty() ? home->rdn().value : QString();
}

QString msPostoffice(const QString& address)
{
    if (AddressSyntax::typeOf(address) != QLatin1String("MS"))
        return {};
    const QStringList parts = AddressSyntax::valueOf(address).split(QLatin1Char('/'));
    return parts.size() == 3 ? (parts.at(0) + QLatin1Char('/') + parts.at(1)).toUpper() : QString();
}

bool inAddressSpace(const QString& pattern, const QString& address)
{
    if (AddressSyntax::typeOf(pattern) != AddressSyntax::typeOf(address))
        return false;
    const QRegularExpression re(
        QRegularExpression::anchoredPattern(QRegularExpression::escape(AddressSyntax::valueOf(pattern))
                                                .replace(QStringLiteral("\\*"), QStringLiteral(".*"))),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(AddressSyntax::valueOf(address)).hasMatch();
}

} // namespace sa::core::ConnectorValues
