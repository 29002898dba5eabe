#pragma once

#include "core/directory/ChangeSet.h"
#include "core/directory/DirectoryObject.h"

#include <QList>
#include <QString>

class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace sa::ui {

/// Ties single-valued text attributes to edit fields: a page adds its fields once, then load() fills
/// them and changes() reports the ones the administrator changed. One place for what every text
/// field of every page does.
class FieldBinding
{
public:
    /// A line edit for `attribute`, named `objectName`, limited to the schema's length.
    QLineEdit* line(const QString& attribute, const QString& objectName);
    /// A multi-line edit (notes).
    QPlainTextEdit* text(const QString& attribute, const QString& objectName);

    void load(const core::DirectoryObject& object);
    void collect(const core::DirectoryObject& object, QList<core::AttributeChange>& changes) const;
    /// Connects every field's edits to `slot` of `receiver`.
    template <typename Receiver, typename Slot> void onEdited(Receiver* receiver, Slot slot) const;

    QString value(const QString& attribute) const;
    /// Whether a field shows `attribute`.
    bool binds(const QString& attribute) const;
    void setValue(const QString& attribute, const QString& value);

private:
    struct Field
    {
        QString attribute;
        QLineEdit* line = nullptr;
        QPlainTextEdit* text = nullptr;
    };
    QList<Field> m_fields;
};

} // namespace sa::ui

#include "FieldBinding_impl.h"
