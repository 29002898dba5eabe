#pragma once

#include "core/directory/ChangeSet.h"
#include "core/directory/DirectoryObject.h"

#include <QHash>
#include <QList>

namespace sa::ui {

class PropertyPage;

/// The one model of the object a property sheet is editing (issue 20): the stored object and every
/// value edited on any page and not saved yet. Each page keeps its own fields, and the sheet records
/// what a page reports after each edit; the latest edit of an attribute, on whichever page, is the
/// pending value, and that value is what a page shows when it is opened again and what OK writes.
/// Before, Raw Properties showed the stored values beside another page's edit, and of two pages that
/// changed the same attribute the one later in tab order won whatever the administrator did last.
class PendingObject
{
public:
    explicit PendingObject(const core::DirectoryObject& stored = {});

    /// Starts again from `stored` (after a save): nothing is pending.
    void reset(const core::DirectoryObject& stored);
    /// `page` now shows `shown` (the stored object, or the pending one when the sheet reloaded it).
    void loaded(const PropertyPage* page, const core::DirectoryObject& shown);
    /// What `page` reports now (its changes() against what it was loaded with). Every attribute whose
    /// value on that page differs from what the page reported before becomes pending with that page as
    /// its latest editor; an edit typed back to the value the page was loaded with counts too.
    void record(const PropertyPage* page, const QList<core::AttributeChange>& changes);

    const core::DirectoryObject& stored() const { return m_stored; }
    /// The stored object with every pending value in place (what a page reloaded now shows).
    core::DirectoryObject current() const;
    /// The pending values edited on other pages that `page` does not show yet.
    core::AttributeValues notShownOn(const PropertyPage* page) const;
    /// `page` now shows these pending values in place of its own (PropertyPage::showPending).
    void showed(const PropertyPage* page, const core::AttributeValues& values);
    /// The page that edited `attribute` last, or none.
    const PropertyPage* editorOf(const QString& attribute) const { return m_editor.value(attribute); }
    /// One Replace for each attribute whose pending value differs from the stored one.
    QList<core::AttributeChange> changes() const;

    struct Conflict
    {
        QString attribute;
        const PropertyPage* stale = nullptr;  ///< still shows an older edit of its own
        const PropertyPage* latest = nullptr; ///< made the edit that is pending
        QStringList staleValues;
        QStringList latestValues;
    };
    /// A page whose own edit of an attribute is not the pending value (it could not show the later
    /// edit made on another page), or none: the sheet asks which one to save.
    QList<Conflict> conflicts() const;
    /// Makes what `page` shows of `attribute` the pending value (the administrator chose it).
    void prefer(const PropertyPage* page, const QString& attribute);

private:
    static core::AttributeValues applied(const core::AttributeValues& base,
                                         const QList<core::AttributeChange>& changes);

    core::DirectoryObject m_stored;
    core::AttributeValues m_pending;
    QHash<QString, const PropertyPage*> m_editor;
    QHash<const PropertyPage*, core::AttributeValues> m_shown;    ///< what each page was loaded with
    QHash<const PropertyPage*, core::AttributeValues> m_reported; ///< what each page reported last
};

} // namespace sa::ui
