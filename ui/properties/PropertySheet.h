#pragma once

#include "PendingObject.h"
#include "core/directory/ChangeSet.h"
#include "core/directory/DirectoryObject.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QTabWidget;

namespace sa::core {
class DirectoryStore;
}

namespace sa::ui {

class PropertyPage;
class UndoHistory;

/// The tabbed property sheet of one object ("Nancy Davolio Properties"): OK writes the edits of
/// every page in one transaction and closes, Apply writes them and stays, Cancel writes nothing.
/// When the store refuses a change the sheet stays open with the reason, and nothing was written.
/// Given a new object (id 0: its class, its container's DN, preset values) the sheet creates it on
/// OK ("New Mailbox"), with every page's values and edits to other objects in one transaction.
class PropertySheet : public QDialog
{
    Q_OBJECT

public:
    PropertySheet(core::DirectoryStore& store, const core::DirectoryObject& object,
                  QWidget* parent = nullptr);

    /// The pages for an object of this class, in tab order. Defined in ui/catalog, above the folders
    /// of pages.
    static QList<PropertyPage*> pagesFor(const core::ClassDef& cls);
    /// What `pages` (loaded with `object`) would write, in one change set: the object created (id 0)
    /// or modified, and the pages' edits to other objects. When a page refuses, `problem` says why,
    /// `failing` is that page, and the set is empty.
    static core::ChangeSet changesOf(const QList<PropertyPage*>& pages, const core::DirectoryObject& object,
                                     QString* problem, PropertyPage** failing);
    /// The same from a sheet's model of the pending object, where the latest edit of an attribute
    /// stands whichever page made it.
    static core::ChangeSet changesOf(const QList<PropertyPage*>& pages, const PendingObject& pending,
                                     QString* problem, PropertyPage** failing);

    void showPage(const QString& title);
    PropertyPage* page(const QString& title) const;
    const core::DirectoryObject& object() const { return m_object; }

    /// Writes the pages' edits; false (and a message) when they are refused.
    bool apply();
    void accept() override;
    bool isNew() const;
    /// Where OK and Apply keep what they write, for Edit > Undo (none: not kept).
    void setHistory(UndoHistory* history) { m_history = history; }

Q_SIGNALS:
    void objectCreated(const core::DirectoryObject& object);

private:
    void loadPages();
    /// Shows `page` what the other pages changed since it last showed the object.
    void showPendingOn(PropertyPage* page);
    /// Asks which value to save where a page still shows an older edit of its own; false = cancelled.
    bool settleConflicts();
    PropertyPage* pageOf(const PropertyPage* page) const;
    void focusFirstField();
    void updateButtons();
    void updateTitle();

    core::DirectoryStore& m_store;
    core::DirectoryObject m_object;
    QTabWidget* m_tabs;
    QDialogButtonBox* m_buttons;
    QList<PropertyPage*> m_pages;
    PendingObject m_pending;
    bool m_dirty = false;
    UndoHistory* m_history = nullptr;
};

} // namespace sa::ui
