#include "AutoNaming.h"

#include "core/common/AsciiFold.h"

#include <QRegularExpression>

namespace sa::core {

QString AutoNaming::expand(const QString& format, const QString& given, const QString& initials,
                           const QString& surname)
{
    static const QRegularExpression token(QStringLiteral("%(\\d*)(First|Last|Initials)"));
    QString out;
    int last = 0;
    for (auto it = token.globalMatch(format); it.hasNext();) {
        const auto m = it.next();
        out += format.mid(last, m.capturedStart() - last);
        const QString which = m.captured(2);
        QString value = which == QLatin1String("First")  ? given
                        : which == QLatin1String("Last") ? surname
                                                         : initials;
        if (!m.captured(1).isEmpty())
            value = value.left(m.captured(1).toInt());
        out += value;
        last = int(m.capturedEnd());
    }
    out += format.mid(last);
    return out.simplified();
}

QString AutoNaming::displayName(const QString& given, const QString& initials, const QString& surname) const
{
    switch (display) {
    case DisplayFormat::FirstLast:
        return expand(QStringLiteral("%First %Last"), given, initials, surname);
    case DisplayFormat::LastCommaFirst:
        if (surname.isEmpty() || given.isEmpty())
            return (surname + given).trimmed();
        return expand(QStringLiteral("%Last, %First"), given, initials, surname);
    case DisplayFormat::Custom:
        return expand(customDisplay, given, initials, surname);
    case DisplayFormat::None:
        return {};
    }
    return {};
}

QString AutoNaming::aliasName(const QString& given, const QString& initials, const QString& surname) const
{
    QString raw;
    switch (alias) {
    case AliasFormat::FirstNameLastInitial:
        raw = expand(QStringLiteral("%First%1Last"), given, initials, surname);
        break;
    case AliasFormat::FirstInitialLastName:
        raw = expand(QStringLiteral("%1First%Last"), given, initials, surname);
        break;
    case AliasFormat::Custom:
        raw = expand(customAlias, given, initials, surname);
        break;
    case AliasFormat::None:
        return {};
    }
    return aliasFrom(raw);
}

QString AutoNaming::aliasFrom(const QString& text)
{
    // Keep what an alias may hold (see Schema: printable ASCII, no spaces or address punctuation).
    static const QString forbidden = QStringLiteral(" \t\"(),:;<>@[\\]/");
    QString out;
    for (QChar c : AsciiFold::letters(text)) {
        if (c.unicode() > 32 && c.unicode() < 127 && !forbidden.contains(c))
            out += c;
    }
    return out.left(64);
}

} // namespace sa::core
