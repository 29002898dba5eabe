#pragma once

#include <QStringList>

namespace sa::core {

/// Which children a list shows: View > Mailboxes / Distribution Lists / Custom Recipients / All, and
/// View > Hidden Recipients (recipients hidden from the address book are left out unless asked for).
struct ListFilter
{
    ListFilter() = default;
    ListFilter(QStringList classNames, bool hiddenToo)
        : classes(std::move(classNames)), includeHidden(hiddenToo)
    {
    }

    QStringList classes;       ///< class names; empty = every class
    bool includeHidden = true; ///< false leaves out objects with Hide-From-Address-Book TRUE
    /// Only objects with a value of `valueAttribute` like `valuePattern` (SQL LIKE: % any run, _ one
    /// character, ASCII letters in any case); empty = no such condition. Change notifications carry no
    /// values, so accepts() cannot judge it: a view reads again when an object of its classes changes.
    QString valueAttribute;
    QString valuePattern;

    bool accepts(const QString& className, bool hidden) const
    {
        return (includeHidden || !hidden) && (classes.isEmpty() || classes.contains(className));
    }
    bool judgesValues() const { return !valueAttribute.isEmpty(); }
    bool isEverything() const { return classes.isEmpty() && includeHidden && !judgesValues(); }
    bool operator==(const ListFilter& other) const
    {
        return classes == other.classes && includeHidden == other.includeHidden &&
               valueAttribute == other.valueAttribute && valuePattern == other.valuePattern;
    }
    bool operator!=(const ListFilter& other) const { return !(*this == other); }

    /// The classes the container tree shows.
    static ListFilter containers();
};

} // namespace sa::core
