#pragma once

#include <QString>

namespace sa::core::SortKey {

/// The key contents lists sort by, as the site database keeps it (objects.sort_key): the
/// case-folded display name (or directory name). The store, its migrations and the window's
/// models compare by it alike.
inline QString of(const QString& displayName)
{
    return displayName.toCaseFolded();
}

} // namespace sa::core::SortKey
