#pragma once

#include <QString>
#include <optional>

namespace sa::core {

/// The character sets of Directory Import and Export files: the original's Import and Export
/// dialogs offered ANSI (the Windows code page, Windows-1252 for its Western editions) and Unicode
/// (UTF-16, little-endian, with a byte-order mark); UTF-8 is ours and the default.
enum class Charset
{
    Detect,  ///< import: from the byte-order mark, UTF-8 without one
    Ansi,    ///< Windows-1252
    Unicode, ///< UTF-16 LE with a byte-order mark
    Utf8,
};

/// "ansi", "unicode", "utf8" (or "utf-8"), any case, as `--charset` takes them.
std::optional<Charset> charsetFrom(const QString& text);
/// The name a reader knows a character set by: "Windows-1252", "UTF-16", "UTF-8".
QString charsetName(Charset charset);

} // namespace sa::core
