#include "DirsyncTemplateMap.h"

#include "core/directory/DirectoryObject.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/dirsyncprotocol/DirsyncTemplates.h"

namespace sa::core {

namespace {

DirsyncTemplateMap::Map mapOf(const DirectoryObject* dxa, const QString& attribute)
{
    DirsyncTemplateMap::Map map;
    for (const QString& value : dxa ? dxa->valuesOf(attribute) : QStringList()) {
        if (auto m = DirsyncTemplateMap::parse(value))
            map.append(*m);
    }
    return map;
}

DirsyncTemplateMap::Map mapOf(DirectoryStore& store, const QString& server, const QString& attribute)
{
    auto object = store.object(
        SiteBuilder::directorySynchronizationDn(store.organizationName(), store.siteName(), server));
    return mapOf(object ? &object.value() : nullptr, attribute);
}

} // namespace

const DirsyncTemplateMap::Map& DirsyncTemplateMap::defaultIncoming()
{
    static const Map map{
        {QStringLiteral("Title"), attr::Title},           {QStringLiteral("Phone"), attr::TelephoneNumber},
        {QStringLiteral("Department"), attr::Department}, {QStringLiteral("Company"), attr::Company},
        {QStringLiteral("Office"), attr::Office},
    };
    return map;
}

std::optional<std::pair<QString, QString>> DirsyncTemplateMap::parse(const QString& value)
{
    QString prompt = value.section(QLatin1Char('|'), 0, 0).trimmed();
    if (prompt.endsWith(QLatin1Char(':')))
        prompt.chop(1);
    const AttributeDef* a = Schema::instance().findAttribute(value.section(QLatin1Char('|'), 1).trimmed());
    if (prompt.trimmed().isEmpty() || !a)
        return std::nullopt;
    return std::pair{prompt.trimmed(), a->name};
}

DirsyncTemplateMap::Map DirsyncTemplateMap::incoming(DirectoryStore& store, const QString& server)
{
    Map map = mapOf(store, server, attr::DxaInTemplateMap);
    return map.isEmpty() ? defaultIncoming() : map;
}

DirsyncTemplateMap::Map DirsyncTemplateMap::outgoing(DirectoryStore& store, const QString& server)
{
    return mapOf(store, server, attr::DxaOutTemplateMap);
}

DirsyncTemplateMap::Map DirsyncTemplateMap::incoming(const DirectoryObject* dxa)
{
    Map map = mapOf(dxa, attr::DxaInTemplateMap);
    return map.isEmpty() ? defaultIncoming() : map;
}

DirsyncTemplateMap::Map DirsyncTemplateMap::outgoing(const DirectoryObject* dxa)
{
    return mapOf(dxa, attr::DxaOutTemplateMap);
}

QList<DirsyncField> DirsyncTemplateMap::fieldsOf(const DirectoryObject& object, const Map& outgoing)
{
    QList<DirsyncField> out;
    for (const auto& [prompt, attribute] : outgoing) {
        // One line per field: a multi-line value (an address) is sent on one.
        QString value = object.valuesOf(attribute).join(QLatin1Char(' '));
        value.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        value = value.simplified().left(DirsyncTemplates::MaxFieldValue);
        if (!value.isEmpty())
            out.append(DirsyncField{prompt, value});
    }
    return out;
}

} // namespace sa::core
