#include "FieldBinding.h"

#include "PropertyPage.h"
#include "core/directory/Schema.h"

#include <algorithm>

namespace sa::ui {

QLineEdit* FieldBinding::line(const QString& attribute, const QString& objectName)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    if (const core::AttributeDef* def = core::Schema::instance().findAttribute(attribute);
        def && def->maxLength > 0)
        edit->setMaxLength(def->maxLength);
    m_fields.append({attribute, edit, nullptr});
    PropertyPage::marks(edit, attribute);
    return edit;
}

QPlainTextEdit* FieldBinding::text(const QString& attribute, const QString& objectName)
{
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    m_fields.append({attribute, nullptr, edit});
    PropertyPage::marks(edit, attribute);
    return edit;
}

void FieldBinding::load(const core::DirectoryObject& object)
{
    for (const Field& f : m_fields)
        setValue(f.attribute, object.value(f.attribute));
}

QString FieldBinding::value(const QString& attribute) const
{
    for (const Field& f : m_fields) {
        if (f.attribute == attribute)
            return f.line ? f.line->text().trimmed() : f.text->toPlainText();
    }
    return {};
}

bool FieldBinding::binds(const QString& attribute) const
{
    return std::any_of(m_fields.cbegin(), m_fields.cend(),
                       [&](const Field& f) { return f.attribute == attribute; });
}

void FieldBinding::setValue(const QString& attribute, const QString& value)
{
    for (const Field& f : m_fields) {
        if (f.attribute != attribute)
            continue;
        if (f.line) {
            f.line->setText(value);
            f.line->setCursorPosition(0);
        } else {
            const QSignalBlocker block(f.text); // loading is not editing
            f.text->setPlainText(value);
        }
    }
}

void FieldBinding::collect(const core::DirectoryObject& object, QList<core::AttributeChange>& changes) const
{
    for (const Field& f : m_fields) {
        const QString now = value(f.attribute);
        if (now != object.value(f.attribute))
            changes.append({f.attribute, core::AttributeChange::Op::Replace, {now}});
    }
}

} // namespace sa::ui
