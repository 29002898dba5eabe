#include "DirsyncTemplates.h"

#include "core/common/SqlText.h"
#include "core/directory/DirectoryObject.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"

#include <algorithm>

namespace sa::core {

namespace {

/// MS Mail's template fields hold at most 64 characters [U]; decided here.
constexpr int MaxFieldValue = 64;

DirsyncTemplates::Map mapOf(DirectoryStore& store, const QString& server, const QString& attribute)
{
    const Dn dxa = SiteBuilder::serverDn(store.organizationName(), store.siteName(), server)
                       .child(QStringLiteral("cn"), QStringLiteral("Microsoft DXA"));
    auto object = store.object(dxa);
    DirsyncTemplates::Map map;
    for (const QString& value : object ? object->valuesOf(attribute) : QStringList()) {
        if (auto m = DirsyncTemplates::parse(value))
            map.append(*m);
    }
    return map;
}

} // namespace

const DirsyncTemplates::Map& DirsyncTemplates::defaultIncoming()
{
    static const Map map{
        {QStringLiteral("Title"), attr::Title},           {QStringLiteral("Phone"), attr::TelephoneNumber},
        {QStringLiteral("Department"), attr::Department}, {QStringLiteral("Company"), attr::Company},
        {QStringLiteral("Office"), attr::Office},
    };
    return map;
}

std::optional<std::pair<QString, QString>> DirsyncTemplates::parse(const QString& value)
{
    QString prompt = value.section(QLatin1Char('|'), 0, 0).trimmed();
    if (prompt.endsWith(QLatin1Char(':')))
        prompt.chop(1);
    const AttributeDef* a = Schema::instance().findAttribute(value.section(QLatin1Char('|'), 1).trimmed());
    if (prompt.trimmed().isEmpty() || !a)
        return std::nullopt;
    return std::pair{prompt.trimmed(), a->name};
}

DirsyncTemplates::Map DirsyncTemplates::incoming(DirectoryStore& store, const QString& server)
{
    Map map = mapOf(store, server, attr::DxaInTemplateMap);
    return map.isEmpty() ? defaultIncoming() : map;
}

DirsyncTemplates::Map DirsyncTemplates::outgoing(DirectoryStore& store, const QString& server)
{
    return mapOf(store, server, attr::DxaOutTemplateMap);
}

QList<DirsyncField> DirsyncTemplates::fieldsOf(const DirectoryObject& object, const Map& outgoing)
{
    QList<DirsyncField> out;
    for (const auto& [prompt, attribute] : outgoing) {
        // One line per field: a multi-line value (an address) is sent on one.
        QString value = object.valuesOf(attribute).join(QLatin1Char(' '));
        value.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        value = value.simplified().left(MaxFieldValue);
        if (!value.isEmpty())
            out.append(DirsyncField{prompt, value});
    }
    return out;
}

QList<DirsyncField> DirsyncTemplates::merged(QList<DirsyncField> kept, const QList<DirsyncField>& changes)
{
    for (const DirsyncField& change : changes) {
        const auto same = [&](const DirsyncField& f) {
            return f.prompt.compare(change.prompt, Qt::CaseInsensitive) == 0;
        };
        kept.erase(std::remove_if(kept.begin(), kept.end(), same), kept.end());
        if (!change.value.isEmpty())
            kept.append(change);
    }
    return kept;
}

QString DirsyncTemplates::encode(const QList<DirsyncField>& fields)
{
    QStringList lines;
    for (const DirsyncField& f : fields)
        lines << f.prompt + QStringLiteral(":/") + f.value;
    return sqlText(lines.join(QLatin1Char('\n')));
}

QList<DirsyncField> DirsyncTemplates::decode(const QString& text)
{
    QList<DirsyncField> out;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const int at = int(line.indexOf(QStringLiteral(":/")));
        if (at > 0)
            out.append(DirsyncField{line.left(at), line.mid(at + 2)});
    }
    return out;
}

} // namespace sa::core
