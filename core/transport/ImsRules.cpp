#include "ImsRules.h"

#include "InternetMailService.h"
#include "core/directory/AddressSyntax.h"
#include "core/directory/ConnectorValues.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/Schema.h"

#include <QSet>

namespace sa::core {

namespace {

const QString ImsClass = QStringLiteral("internet-mail-service");

Error refused(const Phrase& why, const QString& attribute)
{
    return Error(ErrorCode::InvalidValue, why, attribute);
}

} // namespace

Status ImsRules::beforeCreate(const ClassDef& cls, const Dn&, AttributeValues& values)
{
    if (cls.name != ImsClass)
        return {};
    return check(values, {});
}

Status ImsRules::beforeModify(const DirectoryObject& current, const AttributeValues& values,
                              const QStringList& touched)
{
    if (current.cls->name != ImsClass || current.isReplica())
        return {};
    if (touched.contains(attr::HomeServer) && !current.value(attr::HomeServer).isEmpty())
        return Error(ErrorCode::NotAllowed,
                     Phrase::tr("the server of %1 is fixed once created").arg(current.displayName()),
                     attr::HomeServer);
    return check(values, current.guid);
}

Status ImsRules::check(const AttributeValues& values, const QString& exceptGuid)
{
    DirectoryStore& store = m_writer.store();
    const QString home = values.value(attr::HomeServer).value(0);
    auto homeDn = Dn::parse(home);
    auto server = homeDn ? store.object(homeDn.value()) : Result<DirectoryObject>(homeDn.error());
    if (!server || server->cls->name != QLatin1String("server") || server->isReplica())
        return refused(
            Phrase::tr("the Home-Server \"%1\" is not a server of site %2").arg(home, store.siteName()),
            attr::HomeServer);
    auto others = InternetMailService(store).services();
    if (!others)
        return others.error();
    for (const DirectoryObject& other : others.value()) {
        if (other.guid != exceptGuid &&
            other.value(attr::HomeServer).compare(server->dn.toString(), Qt::CaseInsensitive) == 0)
            return Error(ErrorCode::AlreadyExists,
                         Phrase::tr("the server %1 already has an Internet Mail Service (%2); one per server")
                             .arg(server->rdn(), other.displayName()),
                         attr::HomeServer);
    }
    QSet<QString> sites;
    for (const QString& value : values.value(attr::ConnectedSites)) {
        const Phrase problem =
            ConnectorValues::ConnectedSite::problem(value, store.organizationName(), store.siteName());
        if (!problem.isEmpty())
            return refused(problem, attr::ConnectedSites);
        const QString site = ConnectorValues::ConnectedSite::parse(value).site.toUpper();
        if (sites.contains(site))
            return refused(Phrase::tr("the site %1 is connected twice").arg(site), attr::ConnectedSites);
        sites.insert(site);
    }
    // Decided: its own address spaces are Internet ones (SMTP:*@domain); other sites are reached by
    // Connected Sites, and MS Mail and X.400 addresses by their connectors.
    for (const QString& space : values.value(attr::AddressSpace)) {
        if (AddressSyntax::typeOf(space) != QLatin1String("SMTP"))
            return refused(Phrase::tr("the address space \"%1\" is not an SMTP one: an Internet Mail "
                                      "Service leads to Internet addresses (SMTP:*@example.com)")
                               .arg(space),
                           attr::AddressSpace);
    }
    for (const QString& name : {attr::InboundDomain, attr::SmartHost}) {
        const QString v = values.value(name).value(0).trimmed();
        if (!v.isEmpty() && !ConnectorValues::isDomainName(v))
            return refused(Phrase::tr("%1: \"%2\" is not a domain name").arg(name, v), name);
    }
    return {};
}

} // namespace sa::core
