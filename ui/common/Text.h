#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace sa::ui {

/// An error from the core ("the alias ... is already used by ...") as a sentence for a dialog:
/// capital first letter, full stop at the end.
QString sentence(const QString& message);
/// A label whose mnemonic (&) moves the focus to `buddy`.
QLabel* buddyLabel(const QString& text, QWidget* buddy);

} // namespace sa::ui
