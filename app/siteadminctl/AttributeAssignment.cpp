#include "AttributeAssignment.h"

#include "core/directory/Schema.h"

namespace sa::app::ctl {

using namespace sa::core;

Result<std::pair<QString, QString>> splitAssignment(const QString& text)
{
    const int eq = int(text.indexOf(QLatin1Char('=')));
    if (eq <= 0)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("expected ATTRIBUTE=VALUE, got \"%1\"").arg(text));
    QString name = text.left(eq).trimmed();
    if (const AttributeDef* def = Schema::instance().findAttribute(name))
        name = def->name;
    return std::pair{name, text.mid(eq + 1)};
}

} // namespace sa::app::ctl
