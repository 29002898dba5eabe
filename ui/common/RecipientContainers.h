#pragma once

#include "core/directory/DirectoryObject.h"

#include <QList>

class QComboBox;

namespace sa::core {
class DirectoryStore;
}

namespace sa::ui {

/// The recipients containers a list, a picker or a dialog offers, the same way everywhere (issue 20):
/// each named with its site ("Recipients (SEATTLE)"; every site has a Recipients, and replicas of the
/// others' are here too), this site's first, and the one to start on chosen as the administrator
/// expects: the selected container, else this site's Recipients (where the original's Global
/// Address List would have opened) instead of whichever came first by name.
class RecipientContainers
{
public:
    enum class Sites
    {
        All,     ///< replicas of the other sites' containers too (reading, exporting, picking)
        OwnOnly, ///< this site's alone (importing into, writing)
    };
    enum class Data
    {
        Dn, ///< each item's data is the container's DN, as text
        Id, ///< ... its id
    };

    /// This site's containers first, each site's by name.
    static QList<core::DirectoryObject> of(core::DirectoryStore& store, Sites sites);
    /// Adds them to `combo` and makes current the one with id `preferred` (0: none), else this site's
    /// Recipients, else the first added. Returns how many were added.
    static int fill(QComboBox* combo, core::DirectoryStore& store, Sites sites, Data data, qint64 preferred);
};

} // namespace sa::ui
