#include "SortKey.h"

#include "core/common/AsciiFold.h"

#include <algorithm>

namespace sa::core::SortKey {

namespace {

constexpr int LongestCountedRun = 48; ///< '0' + 48 is '`', still before every folded letter
constexpr int LongerNumbersTried = 8; ///< a typed number's longer forms looked for

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

/// `digits` without their leading zeros ("007" -> "7", "000" -> "0").
QStringView significant(QStringView digits)
{
    qsizetype first = 0;
    while (first + 1 < digits.size() && digits.at(first) == QLatin1Char('0'))
        ++first;
    return digits.mid(first);
}

/// A number written for the key: its length as one character, then its significant digits, so that
/// a shorter number sorts first ("2" before "10").
QString number(QStringView digits, int length)
{
    QString n(QChar(u'0' + std::min(length, LongestCountedRun)));
    n += significant(digits);
    return n;
}

QString numbered(const QString& plainText)
{
    QString key;
    key.reserve(plainText.size() + 4);
    for (qsizetype i = 0; i < plainText.size();) {
        if (!isDigit(plainText.at(i))) {
            key += plainText.at(i++);
            continue;
        }
        qsizetype end = i;
        while (end < plainText.size() && isDigit(plainText.at(end)))
            ++end;
        const QStringView digits = QStringView(plainText).mid(i, end - i);
        key += number(digits, int(significant(digits).size()));
        i = end;
    }
    return key;
}

} // namespace

QString plain(const QString& name)
{
    // Accents off, ligatures and letters such as 'ß' and 'ø' as their letters (AsciiFold), then any
    // case: "Größ" is found by "gross" and sorts with it.
    return AsciiFold::letters(name).toCaseFolded();
}

QString fromFolded(const QString& folded)
{
    // Folding twice is folding once: an old key made again is the key of the name it came from.
    return of(folded);
}

QString refolded(const QString& key)
{
    // The numbers' length marks and digits are ASCII, which folding leaves as they are.
    return plain(key);
}

QString of(const QString& displayName)
{
    return numbered(plain(displayName));
}

QStringList prefixKeys(const QString& typed)
{
    const QString text = plain(typed);
    qsizetype start = text.size();
    while (start > 0 && isDigit(text.at(start - 1)))
        --start;
    if (start == text.size())
        return {numbered(text)};
    const QString head = numbered(text.left(start));
    const QStringView digits = QStringView(text).mid(start);
    const int shortest = int(significant(digits).size());
    QStringList keys;
    for (int length = shortest; length <= std::min(shortest + LongerNumbersTried, LongestCountedRun);
         ++length)
        keys << head + number(digits, length);
    return keys;
}

} // namespace sa::core::SortKey
