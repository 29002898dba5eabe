#pragma once

#include <QString>

namespace sa::core {

/// Qt binds a null QString as SQL NULL; the NOT NULL text columns hold "" instead.
inline QString sqlText(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace sa::core
