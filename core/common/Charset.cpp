#include "Charset.h"

namespace sa::core {

std::optional<Charset> charsetFrom(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("ansi"))
        return Charset::Ansi;
    if (t == QLatin1String("unicode"))
        return Charset::Unicode;
    if (t == QLatin1String("utf8") || t == QLatin1String("utf-8"))
        return Charset::Utf8;
    return std::nullopt;
}

QString charsetName(Charset charset)
{
    switch (charset) {
    case Charset::Ansi:
        return QStringLiteral("Windows-1252");
    case Charset::Unicode:
        return QStringLiteral("UTF-16");
    case Charset::Detect:
    case Charset::Utf8:
        break;
    }
    return QStringLiteral("UTF-8");
}

} // namespace sa::core
