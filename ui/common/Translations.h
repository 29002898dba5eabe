#pragma once

#include <QLocale>
#include <QStringList>

namespace sa::ui {

/// The window's language (issue 21): our catalogue for the user's locale, built into the program
/// (":/i18n/siteadmin_<lang>.qm"), and Qt's own (qtbase: the standard buttons, the wizard's Back and
/// Next, a line edit's context menu) from the system's Qt translations folder.
///
/// Decided: Qt's catalogue is loaded only for a language we ship, so that a French desktop gets one
/// language throughout (English) rather than French buttons under English pages. The command-line
/// programs, the event log, the run history and the audit trail stay English: they are read by
/// scripts and written by services that have no user's locale (core keeps English, core::Phrase).
namespace Translations {
/// Loads and installs the catalogues for `locale` (its UI languages in order: LANGUAGE, then
/// LC_ALL/LC_MESSAGES/LANG on Unix); the language chosen ("de"), or empty for English.
QString install(const QLocale& locale = QLocale());
/// The languages the program ships besides English ("de").
QStringList shipped();
/// The language install() chose ("de"), or empty while the window speaks English.
QString language();
} // namespace Translations

} // namespace sa::ui
