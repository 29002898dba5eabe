#include "TextRule.h"

namespace sa::core::TextRule {

namespace {

constexpr int QuotedLength = 80;

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

QString shown(char16_t c)
{
    switch (c) {
    case u'\t':
        return QStringLiteral("\\t");
    case u'\r':
        return QStringLiteral("\\r");
    case u'\n':
        return QStringLiteral("\\n");
    default:
        return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    }
}

} // namespace

Phrase problem(const QString& value, Lines lines, int maxLength)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        const bool lineBreak = c == u'\n' || c == u'\r' || c == u'\t';
        if (isControl(c) && !(lineBreak && lines == Lines::Many))
            return lineBreak ? Phrase::tr("line breaks and tabs are not allowed (%1 at character %2)")
                                   .arg(shown(c))
                                   .arg(i + 1)
                             : Phrase::tr("it holds the control character %1 at character %2")
                                   .arg(shown(c))
                                   .arg(i + 1);
        if (c == 0xFFFD)
            return Phrase::tr("it is not valid UTF-8 (character %1 could not be read)").arg(i + 1);
        if (c == 0xFFFE || c == 0xFFFF)
            return Phrase::tr("it holds the non-character U+%1 at character %2")
                .arg(QString::number(uint(c), 16).toUpper())
                .arg(i + 1);
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < value.size() && QChar::isLowSurrogate(value.at(i + 1).unicode())) {
                ++i;
                continue;
            }
            return Phrase::tr("it is not valid Unicode (a lone surrogate at character %1)").arg(i + 1);
        }
        if (QChar::isLowSurrogate(c))
            return Phrase::tr("it is not valid Unicode (a lone surrogate at character %1)").arg(i + 1);
    }
    if (maxLength > 0 && value.size() > maxLength)
        return Phrase::tr("it is longer than %1 characters").arg(maxLength);
    return {};
}

QString quoted(const QString& value)
{
    QString out;
    int visible = 0;
    qsizetype i = 0;
    for (; i < value.size() && visible < QuotedLength; ++i, ++visible) {
        const char16_t c = value.at(i).unicode();
        out += isControl(c) ? shown(c) : QString(value.at(i));
    }
    return i < value.size() ? QStringLiteral("\"%1...\" (%2 characters)").arg(out).arg(value.size())
                            : QStringLiteral("\"%1\"").arg(out);
}

} // namespace sa::core::TextRule
