#pragma once

#include <QStringList>

namespace sa::core {

/// Which children a list shows: View > Mailboxes / Distribution Lists / Custom Recipients / All, and
/// View > Hidden Recipients (recipients hidden from the address book are left out unless asked for).
struct ListFilter
{
    QStringList classes;       ///< class names; empty = every class
    bool includeHidden = true; ///< false leaves out objects with Hide-From-Address-Book TRUE

    bool accepts(const QString& className, bool hidden) const
    {
        return (includeHidden || !hidden) && (classes.isEmpty() || classes.contains(className));
    }
    bool isEverything() const { return classes.isEmpty() && includeHidden; }
    bool operator==(const ListFilter& other) const
    {
        return classes == other.classes && includeHidden == other.includeHidden;
    }
    bool operator!=(const ListFilter& other) const { return !(*this == other); }

    /// The classes the container tree shows.
    static ListFilter containers();
};

} // namespace sa::core
