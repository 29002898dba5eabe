#include "Secrets.h"

#include "Schema.h"

namespace sa::core {

const QString Secrets::Mask = QStringLiteral("********");

bool Secrets::isSecret(const QString& attribute)
{
    const AttributeDef* def = Schema::instance().findAttribute(attribute);
    return def && def->secret;
}

QStringList Secrets::shown(const QString& attribute, const QStringList& values, Display display)
{
    if (display == Display::Revealed || !isSecret(attribute))
        return values;
    QStringList out;
    out.reserve(values.size());
    for (const QString& v : values)
        out << (v.isEmpty() ? QString() : Mask);
    return out;
}

AttributeValues Secrets::shown(const AttributeValues& values, Display display)
{
    if (display == Display::Revealed)
        return values;
    AttributeValues out = values;
    for (auto it = out.begin(); it != out.end(); ++it)
        it.value() = shown(it.key(), it.value(), display);
    return out;
}

} // namespace sa::core
