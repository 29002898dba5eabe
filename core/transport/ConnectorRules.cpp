#include "ConnectorRules.h"

#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/ListFilter.h"
#include "core/directory/Schema.h"

namespace sa::core {

namespace {

struct Kind
{
    QString className;
    QString siteAttribute;
    QString label;
};

/// The connector classes this rule is about, with the attribute naming the other site.
const Kind* kindOf(const ClassDef& cls)
{
    static const Kind kinds[] = {
        {QStringLiteral("site-connector"), attr::TargetSite, QStringLiteral("Site Connector")},
        {QStringLiteral("directory-replication-connector"), attr::RemoteSite,
         QStringLiteral("Directory Replication Connector")},
    };
    for (const Kind& k : kinds) {
        if (k.className == cls.name)
            return &k;
    }
    return nullptr;
}

} // namespace

Status ConnectorRules::beforeCreate(const ClassDef& cls, const Dn&, AttributeValues& values)
{
    return check(cls, values, {});
}

Status ConnectorRules::beforeModify(const DirectoryObject& current, const AttributeValues& values,
                                    const QStringList& touched)
{
    const Kind* kind = kindOf(*current.cls);
    if (!kind || current.isReplica() || !touched.contains(kind->siteAttribute))
        return {};
    return check(*current.cls, values, current.guid);
}

Status ConnectorRules::check(const ClassDef& cls, const AttributeValues& values, const QString& exceptGuid)
{
    const Kind* kind = kindOf(cls);
    if (!kind)
        return {};
    DirectoryStore& store = m_writer.store();
    const QString target = values.value(kind->siteAttribute).value(0).trimmed();
    if (target.compare(store.siteName(), Qt::CaseInsensitive) == 0)
        return Error(ErrorCode::InvalidValue,
                     Phrase::tr("a %1 leads to another site, not to %2 itself")
                         .arg(Phrase::known(kind->label), target),
                     kind->siteAttribute);
    auto connectors = store.objectsOf(ListFilter{{kind->className}, true});
    if (!connectors)
        return connectors.error();
    for (const DirectoryObject& other : connectors.value()) {
        if (other.isReplica() || other.guid == exceptGuid ||
            other.value(kind->siteAttribute).compare(target, Qt::CaseInsensitive) != 0)
            continue;
        return Error(
            ErrorCode::AlreadyExists,
            Phrase::tr("site %1 already has a %2 to %3 (%4); there is one between two sites")
                .arg(store.siteName(), Phrase::known(kind->label), target.toUpper(), other.displayName()),
            kind->siteAttribute);
    }
    return {};
}

} // namespace sa::core
