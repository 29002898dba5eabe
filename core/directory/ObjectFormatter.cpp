#include "ObjectFormatter.h"

#include "Schema.h"

namespace sa::core {

QJsonObject ObjectFormatter::toJson(const DirectoryObject& o, bool attributes, Secrets::Display secrets)
{
    QJsonObject j{
        // "class" is the name --class and create take ("mailbox"); the schema's Obj-Class is among
        // the attributes (show), not said twice.
        {QStringLiteral("dn"), o.dn.toString()},
        {QStringLiteral("class"), o.cls->name},
        {QStringLiteral("guid"), o.guid},
        {QStringLiteral("displayName"), o.displayName()},
        {QStringLiteral("usnCreated"), o.usnCreated},
        {QStringLiteral("usnChanged"), o.usnChanged},
    };
    if (attributes) {
        QJsonObject attrs;
        const AttributeValues all = Secrets::shown(o.allAttributes(), secrets);
        for (auto it = all.constBegin(); it != all.constEnd(); ++it)
            attrs.insert(it.key(), QJsonArray::fromStringList(it.value()));
        j.insert(QStringLiteral("attributes"), attrs);
    }
    return j;
}

QString ObjectFormatter::attributesText(const DirectoryObject& o, Secrets::Display secrets)
{
    QString out;
    const AttributeValues all = Secrets::shown(o.allAttributes(), secrets);
    int width = 0;
    for (auto it = all.constBegin(); it != all.constEnd(); ++it)
        width = std::max(width, int(it.key().size()));
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        for (const QString& v : it.value())
            out += QStringLiteral("%1  %2\n").arg(it.key() + QLatin1Char(':'), -(width + 1)).arg(v);
    }
    return out;
}

QString ObjectFormatter::listLine(const DirectoryObject& o)
{
    return QStringLiteral("%1  [%2]").arg(o.dn.toString(), o.cls->label);
}

QJsonObject ObjectFormatter::schemaJson()
{
    const Schema& schema = Schema::instance();
    QJsonArray classes;
    for (const ClassDef& c : schema.classes()) {
        classes.append(QJsonObject{
            {QStringLiteral("name"), c.name},
            {QStringLiteral("objClass"), c.objClass},
            {QStringLiteral("label"), c.label},
            {QStringLiteral("rdnType"), c.rdnType},
            {QStringLiteral("container"), c.container},
            {QStringLiteral("creatable"), c.userCreatable},
            {QStringLiteral("possibleSuperiors"), QJsonArray::fromStringList(c.possibleSuperiors)},
            {QStringLiteral("required"), QJsonArray::fromStringList(c.required)},
            {QStringLiteral("optional"), QJsonArray::fromStringList(c.optional)},
        });
    }
    QJsonArray attributes;
    for (const AttributeDef& a : schema.attributes()) {
        QJsonObject j{
            {QStringLiteral("name"), a.name},
            {QStringLiteral("syntax"), syntaxName(a.syntax)},
            {QStringLiteral("multiValued"), a.multiValued},
            {QStringLiteral("system"), a.system},
            {QStringLiteral("description"), a.description},
        };
        if (a.maxLength > 0)
            j.insert(QStringLiteral("maxLength"), a.maxLength);
        if (a.minValue != 0 || a.maxValue != 0) {
            j.insert(QStringLiteral("minValue"), a.minValue);
            j.insert(QStringLiteral("maxValue"), a.maxValue);
        }
        attributes.append(j);
    }
    return QJsonObject{{QStringLiteral("classes"), classes}, {QStringLiteral("attributeTypes"), attributes}};
}

QString ObjectFormatter::schemaText()
{
    const Schema& schema = Schema::instance();
    QString out = QStringLiteral("Classes\n");
    for (const ClassDef& c : schema.classes()) {
        out += QStringLiteral("  %1 (%2, %3=)%4\n")
                   .arg(c.name, c.objClass, c.rdnType,
                        c.userCreatable ? QString() : QStringLiteral("  [made by the system]"));
        if (!c.possibleSuperiors.isEmpty())
            out += QStringLiteral("      in: %1\n").arg(c.possibleSuperiors.join(QStringLiteral(", ")));
        if (!c.required.isEmpty())
            out += QStringLiteral("      required: %1\n").arg(c.required.join(QStringLiteral(", ")));
        if (!c.optional.isEmpty())
            out += QStringLiteral("      optional: %1\n").arg(c.optional.join(QStringLiteral(", ")));
    }
    out += QStringLiteral("\nAttributes\n");
    for (const AttributeDef& a : schema.attributes()) {
        QString limits;
        if (a.maxLength > 0)
            limits += QStringLiteral(", at most %1 characters").arg(a.maxLength);
        if (a.minValue != 0 || a.maxValue != 0)
            limits += QStringLiteral(", %1-%2").arg(a.minValue).arg(a.maxValue);
        out += QStringLiteral("  %1: %2%3%4%5\n")
                   .arg(a.name, syntaxName(a.syntax),
                        a.multiValued ? QStringLiteral(", multi-valued") : QString(), limits,
                        a.system ? QStringLiteral(", kept by the directory") : QString());
    }
    return out;
}

} // namespace sa::core
