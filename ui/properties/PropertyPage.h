#pragma once

#include "core/directory/ChangeSet.h"
#include "core/directory/DirectoryObject.h"

#include <QPointer>
#include <QWidget>

namespace sa::core {
class DirectoryStore;
}

namespace sa::ui {

/// One tab of a property sheet. A page shows an object, collects the administrator's edits and
/// hands them over as attribute changes; it never writes. The sheet writes every page's changes
/// in one transaction on OK or Apply. The wizards reuse the same page classes.
class PropertyPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// The site's store, for pages that show or pick other objects. Set before load().
    void attach(core::DirectoryStore& store) { m_store = &store; }

    /// Marks `field` as the one that shows `attribute`: a wizard's summary then names the attribute
    /// by the field's label and its value as the field shows it (issue 20: it showed schema names
    /// and codes, "DXA-Recipient-CP 437").
    /// `label`: what to call it when the field has no label of its own (a group of choices).
    static void marks(QWidget* field, const QString& attribute, const QString& label = {});
    /// The label of the field marked for `attribute` on this page ("Requestor language") and what it
    /// shows ("English (US)"; a password as the mask); false when no field of this page is marked.
    bool describe(const QString& attribute, QString* label, QString* shown) const;
    /// The field marked for `attribute` on this page, or none.
    QWidget* markedField(const QString& attribute) const;
    /// The field the last refusal of validate() is about, where the sheet puts the focus (issue 20:
    /// it went to the page's first field); none when the refusal named none.
    QWidget* problemField() const { return m_problemField; }
    void forgetProblem() { m_problemField = nullptr; }

    virtual QString title() const = 0;
    /// Shows `object` and forgets earlier edits.
    virtual void load(const core::DirectoryObject& object) = 0;
    /// The edits since load(); empty when nothing changed.
    virtual QList<core::AttributeChange> changes() const = 0;
    /// Shows values edited on other pages of the sheet and not saved yet, keeping this page's own
    /// edits of other attributes; returns the attributes it now shows. The default shows none: the
    /// sheet then loads a page that has no edits of its own again with the pending object, and asks
    /// on OK when a page's own edit and a later one elsewhere disagree (PendingObject).
    virtual QStringList showPending(const core::AttributeValues& values)
    {
        Q_UNUSED(values);
        return {};
    }
    /// A problem the administrator must fix before anything is written, in words; empty if none.
    virtual QString validate() const { return {}; }
    /// Edits this page makes to other objects (the lists the object is a member of, direct reports),
    /// written in the same transaction. `self` is the object's DN (for a new one, the DN it gets).
    virtual void collectOtherChanges(const core::Dn& self, core::ChangeSet& changes) const
    {
        Q_UNUSED(self);
        Q_UNUSED(changes);
    }

protected:
    core::DirectoryStore* store() const { return m_store; }
    /// For validate(): `text`, a refusal about `field` (an empty text refuses nothing).
    QString problemIn(QWidget* field, const QString& text) const
    {
        m_problemField = text.isEmpty() ? nullptr : field;
        return text;
    }
    QString problemIn(const QString& attribute, const QString& text) const
    {
        return problemIn(markedField(attribute), text);
    }
    /// A new object is shown with id 0: its parent's DN as dn, its class, and any preset values.
    static bool isNew(const core::DirectoryObject& object) { return object.id == 0; }

Q_SIGNALS:
    /// Something was edited (the sheet enables Apply).
    void edited();

private:
    core::DirectoryStore* m_store = nullptr;
    mutable QPointer<QWidget> m_problemField;
};

} // namespace sa::ui
