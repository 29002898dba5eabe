#pragma once

#include <QString>

namespace sa::core {

/// The Boolean syntax as the directory keeps it: "TRUE" or "FALSE" (Schema::normalizeValue turns
/// the other spellings a person types, true/1/yes and false/0/no, into these). Read an object's
/// flag with DirectoryObject::flag.
namespace BooleanSyntax {

inline QString text(bool on)
{
    return on ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
}

inline bool isTrue(const QString& value)
{
    return value == QLatin1String("TRUE");
}

} // namespace BooleanSyntax

} // namespace sa::core
