#pragma once

#include "core/directory/ChangeSet.h"
#include "core/directory/DirectoryObject.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QLineEdit;

namespace sa::core {
class DirectoryStore;
}

namespace sa::ui {

class UndoHistory;

/// File > Properties with several recipients selected ("Properties of 50 Objects"): the address
/// and organization fields of the recipients' General page, each with a check box that says it
/// is to change; OK gives every checked field its value (empty: cleared) on every selected recipient
/// in one transaction, one step of Edit > Undo. Ours (issue 20): the original opened one object's
/// sheet at a time; a modern directory tool edits many at once. Only the fields every selected
/// object's class has are offered; when the directory refuses, the dialog stays with the reason and
/// nothing was written.
class BulkPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    BulkPropertiesDialog(core::DirectoryStore& store, const QList<core::DirectoryObject>& objects,
                         UndoHistory* history, QWidget* parent = nullptr);

    /// What OK writes: one modification per object that a checked field changes.
    core::ChangeSet changes() const;
    void accept() override;

private:
    struct Field
    {
        QString attribute;
        QCheckBox* change;
        QLineEdit* value;
    };

    core::DirectoryStore& m_store;
    QList<core::DirectoryObject> m_objects;
    UndoHistory* m_history;
    QList<Field> m_fields;
};

} // namespace sa::ui
