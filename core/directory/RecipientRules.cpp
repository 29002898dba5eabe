#include "RecipientRules.h"

#include "AddressGenerator.h"
#include "AddressSyntax.h"
#include "DirectoryLookup.h"
#include "DirectoryStore.h"
#include "DirectoryWriter.h"
#include "Schema.h"
#include "SiteBuilder.h"

namespace sa::core {

Result<QStringList> RecipientRules::siteTemplates()
{
    if (m_templates)
        return *m_templates;
    DirectoryStore& store = m_writer.store();
    const QString org = store.organizationName();
    const QString site = store.siteName();
    auto addressing = store.object(SiteBuilder::siteAddressingDn(org, site));
    QStringList templates;
    if (addressing)
        templates = addressing->valuesOf(attr::GatewayProxy);
    if (templates.isEmpty())
        templates = AddressGenerator::defaultTemplates(org, site);
    m_templates = templates;
    return templates;
}

Result<std::optional<std::pair<QString, QString>>>
RecipientRules::takenBy(const QString& kind, const QStringList& values, qint64 selfId)
{
    ValueQuery query =
        kind == QLatin1String("alias") ? ValueQuery::aliases(values) : ValueQuery::addresses(values);
    query.exceptId = selfId;
    query.limit = 1;
    auto found = DirectoryLookup(m_writer.store()).holders(query);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<std::pair<QString, QString>>();
    return std::optional<std::pair<QString, QString>>(std::pair{found->first().value, found->first().dn});
}

Status RecipientRules::beforeCreate(const ClassDef& cls, const Dn&, AttributeValues& values)
{
    if (Status s = addGeneratedAddresses(cls, values, 0); !s)
        return s;
    return check(cls, 0, values, values.keys());
}

Status RecipientRules::beforeModify(const DirectoryObject& current, const AttributeValues& values,
                                    const QStringList& touched)
{
    if (Status s = check(*current.cls, current.id, values, touched); !s)
        return s;
    if (current.cls->name == QLatin1String("site-addressing"))
        forgetSiteTemplates();
    return {};
}

Status RecipientRules::beforeRemove(const DirectoryObject& object)
{
    // Out of every distribution list, manager field and restriction list (Q181952).
    return dropReferencesTo(object);
}

Status RecipientRules::addGeneratedAddresses(const ClassDef& cls, AttributeValues& values, qint64 selfId)
{
    if (!cls.recipient)
        return {};
    QStringList proxies = values.value(attr::ProxyAddresses);
    auto hasType = [&proxies](const QString& type) {
        return std::any_of(proxies.begin(), proxies.end(),
                           [&](const QString& p) { return AddressSyntax::typeOf(p) == type; });
    };
    // A custom recipient's target address is its address of that type (Exchange: the primary one).
    const QString target = values.value(attr::TargetAddress).value(0);
    if (!target.isEmpty() && !hasType(AddressSyntax::typeOf(target)))
        proxies.prepend(AddressSyntax::typeOf(target) + QLatin1Char(':') + AddressSyntax::valueOf(target));
    auto templates = siteTemplates();
    if (!templates)
        return templates.error();
    for (const QString& t : templates.value()) {
        const QString type = AddressSyntax::typeOf(t);
        if (hasType(type))
            continue;
        const QString base = AddressGenerator::generate(t, values);
        if (base.isEmpty())
            continue;
        QString address = base;
        for (int n = 2;; ++n) {
            auto taken = takenBy(QStringLiteral("address"), {address}, selfId);
            if (!taken)
                return taken.error();
            if (!taken.value() && !proxies.contains(address, Qt::CaseInsensitive))
                break;
            if (n > 999)
                return Error(ErrorCode::AlreadyExists,
                             Phrase::tr("no free address like %1 could be made").arg(base));
            address = AddressGenerator::numbered(base, n);
        }
        proxies << address;
    }
    if (!proxies.isEmpty())
        values[attr::ProxyAddresses] = proxies;
    return {};
}

Status RecipientRules::check(const ClassDef& cls, qint64 selfId, const AttributeValues& values,
                             const QStringList& changed)
{
    DirectoryStore& store = m_writer.store();
    auto describe = [&store](const QString& dn) {
        auto other = store.object(Dn::parse(dn).value());
        return other ? QStringLiteral("%1 (%2)").arg(other->displayName(), dn) : dn;
    };
    if (changed.contains(attr::MailNickname) && values.contains(attr::MailNickname)) {
        auto taken = takenBy(QStringLiteral("alias"), values.value(attr::MailNickname), selfId);
        if (!taken)
            return taken.error();
        if (taken.value())
            return Error(ErrorCode::AlreadyExists,
                         Phrase::tr("the alias \"%1\" is already used by %2")
                             .arg(values.value(attr::MailNickname).first(), describe(taken.value()->second)),
                         attr::MailNickname);
    }
    QStringList addresses;
    if (changed.contains(attr::ProxyAddresses))
        addresses += values.value(attr::ProxyAddresses);
    if (changed.contains(attr::TargetAddress))
        addresses += values.value(attr::TargetAddress);
    // One primary address per type.
    QStringList primaries;
    for (const QString& p : values.value(attr::ProxyAddresses)) {
        if (!AddressSyntax::isPrimary(p))
            continue;
        if (primaries.contains(AddressSyntax::typeOf(p)))
            return Error(
                ErrorCode::InvalidValue,
                Phrase::tr("Proxy-Addresses has two primary %1 addresses; make one of them secondary "
                           "(a lower-case type)")
                    .arg(AddressSyntax::typeOf(p)),
                attr::ProxyAddresses);
        primaries << AddressSyntax::typeOf(p);
    }
    if (!addresses.isEmpty()) {
        auto taken = takenBy(QStringLiteral("address"), addresses, selfId);
        if (!taken)
            return taken.error();
        if (taken.value()) {
            // Name the address as it was given here.
            QString mine = taken.value()->first;
            for (const QString& a : addresses) {
                if (a.compare(mine, Qt::CaseInsensitive) == 0)
                    mine = a;
            }
            return Error(ErrorCode::AlreadyExists,
                         Phrase::tr("the address \"%1\" is already used by %2")
                             .arg(mine, describe(taken.value()->second)),
                         (values.value(attr::ProxyAddresses).contains(mine, Qt::CaseInsensitive)
                              ? attr::ProxyAddresses
                              : attr::TargetAddress));
        }
    }
    for (const QString& ref : Schema::instance().referenceAttributesOf(cls)) {
        if (!changed.contains(ref))
            continue;
        for (const QString& dn : values.value(ref)) {
            auto target = store.object(Dn::parse(dn).value());
            if (!target)
                return Error(ErrorCode::NotFound, Phrase::tr("%1: no object %2").arg(ref, dn), ref);
            if (target->id == selfId && ref == attr::Member)
                return Error(ErrorCode::NotAllowed,
                             Phrase::tr("a distribution list cannot be its own member"), ref);
        }
    }
    return {};
}

Status RecipientRules::dropReferencesTo(const DirectoryObject& object)
{
    auto refs = DirectoryLookup(m_writer.store()).holders(ValueQuery::references({object.dn.toString()}));
    if (!refs)
        return refs.error();
    for (const ValueHolder& ref : refs.value()) {
        if (Status s = m_writer.modify(Dn::parse(ref.dn).value(),
                                       {{ref.attribute, AttributeChange::Op::Remove, {ref.value}}});
            !s)
            return s;
    }
    return {};
}

} // namespace sa::core
