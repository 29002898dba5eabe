#pragma once

#include "Phrase.h"

#include <QString>

namespace sa::core {

/// The one rule for text that enters the directory or a postoffice, whichever door it comes by
/// (the window, siteadminctl create/modify, Directory Import, msmail-po): what the engine can store
/// and carry to MS Mail and back. Every door calls it, through Schema::normalizeValue for the
/// directory and PostofficeStore for the postoffices, so they refuse the same values with the same
/// words.
namespace TextRule {

enum class Lines
{
    One,  ///< names and most attributes: no line breaks or tabs either
    Many, ///< notes: line feeds, carriage returns and tabs allowed
};

/// Why `value` cannot be stored (empty when it can): a control character (C0 or C1, DEL), a
/// character that stands for undecodable input (U+FFFD: the bytes were not UTF-8), an unpaired
/// surrogate or a non-character; `maxLength` (0: none) characters at most.
Phrase problem(const QString& value, Lines lines = Lines::One, int maxLength = 0);
/// `value` fit for a one-line message: at most ~80 characters, control characters shown as \xNN
/// (\t, \r, \n for those), quoted; longer values say how long they are.
QString quoted(const QString& value);

} // namespace TextRule

} // namespace sa::core
