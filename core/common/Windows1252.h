#pragma once

#include <QChar>

namespace sa::core {

/// Windows-1252, the ANSI code page of the original's Western editions: Latin-1 but for 0x80-0x9F,
/// which hold the euro sign, typographic quotes and dashes, and five bytes that mean nothing.
namespace Windows1252 {

/// The character of `byte`, or a null QChar for the five bytes that have none (0x81, 0x8D, 0x8F,
/// 0x90, 0x9D).
QChar decode(unsigned char byte);
/// The byte of `c`, or -1 when Windows-1252 has no such character.
int encode(QChar c);

} // namespace Windows1252

} // namespace sa::core
