#pragma once

#include <QLineEdit>
#include <QPlainTextEdit>

namespace sa::ui {

template <typename Receiver, typename Slot> void FieldBinding::onEdited(Receiver* receiver, Slot slot) const
{
    for (const Field& f : m_fields) {
        if (f.line)
            QObject::connect(f.line, &QLineEdit::textEdited, receiver, slot);
        else
            QObject::connect(f.text, &QPlainTextEdit::textChanged, receiver, slot);
    }
}

} // namespace sa::ui
