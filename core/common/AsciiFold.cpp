#include "AsciiFold.h"

namespace sa::core::AsciiFold {

namespace {

/// The Latin letters NFKD leaves whole, and how they are written without them.
const char* spelled(char16_t c)
{
    switch (c) {
    case u'ß':
        return "ss";
    case u'ẞ':
        return "SS";
    case u'æ':
        return "ae";
    case u'Æ':
        return "AE";
    case u'œ':
        return "oe";
    case u'Œ':
        return "OE";
    case u'ø':
        return "o";
    case u'Ø':
        return "O";
    case u'ł':
        return "l";
    case u'Ł':
        return "L";
    case u'đ':
        return "d";
    case u'Đ':
        return "D";
    case u'ð':
        return "d";
    case u'Ð':
        return "D";
    case u'þ':
        return "th";
    case u'Þ':
        return "TH";
    case u'ı':
        return "i";
    case u'ħ':
        return "h";
    case u'Ħ':
        return "H";
    default:
        return nullptr;
    }
}

} // namespace

QString letters(const QString& text)
{
    const QString s = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.unicode() < 128) {
            out += c;
        } else if (const char* ascii = spelled(c.unicode())) {
            out += QLatin1String(ascii);
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace sa::core::AsciiFold
