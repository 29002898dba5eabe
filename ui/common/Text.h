#pragma once

#include <QString>
#include <initializer_list>

class QDateTime;
class QLabel;
class QWidget;

namespace sa::core {
struct ClassDef;
struct DirectoryObject;
} // namespace sa::core

namespace sa::ui {

/// An object as "name (SITE)": what tells two sites' containers of one name apart (every site has
/// its Recipients). The site is the DN's; an object outside any site is its name alone.
QString nameWithSite(const core::DirectoryObject& object);
/// The same with the name and site given.
QString nameWithSite(const QString& name, const QString& site);

/// What the window calls one object of `cls` ("Mailbox"), in the window's language; empty for none.
QString classLabel(const core::ClassDef* cls);
/// A keyword the core keeps in English (a run's status, an event's type) as the window says it:
/// translated in `context` when it is one of `keywords` (each marked there with QT_TRANSLATE_NOOP, so
/// that lupdate finds it), otherwise as it is stored.
QString keywordText(const char* context, const QString& keyword, std::initializer_list<const char*> keywords);
/// A level the core keeps in English, as the window says it: an event's type (Error, Warning,
/// Information) or a Diagnostics Logging level (None, Minimum, Medium, Maximum); others as they are.
QString levelText(const QString& level);
/// An error from the core ("the alias ... is already used by ...") as a sentence for a dialog:
/// capital first letter, full stop at the end.
QString sentence(const QString& message);
/// A moment as every list, panel and page shows it (issue 21: a panel mixed "7 Dec 2026 09:19:55" and
/// "2026-12-07 09:19:55"): in local time, the locale's short date and its short time with seconds
/// (cycles come every 30 seconds in the demo); "-" for none. Files keep ISO 8601.
QString when(const QDateTime& moment);
/// A label whose mnemonic (&) moves the focus to `buddy`, and whose words name `buddy` to assistive
/// technology when it has no name of its own: Qt names a line edit by its buddy label, but not a list
/// or a table (issue 21).
QLabel* buddyLabel(const QString& text, QWidget* buddy);
/// A label's text as a name: without its mnemonic's "&" and its closing colon ("Object &attributes:"
/// -> "Object attributes").
QString labelName(const QString& text);
/// A dialog's inline error line (dark red, wrapped, hidden while empty).
QLabel* errorLabel(const QString& objectName);
/// Shows `message` as a sentence in `label` and lets its window grow to show all of it.
void showError(QLabel* label, const QString& message);

} // namespace sa::ui
