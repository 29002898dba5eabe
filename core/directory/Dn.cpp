#include "Dn.h"

namespace sa::core {

bool Rdn::operator==(const Rdn& other) const
{
    return type.compare(other.type, Qt::CaseInsensitive) == 0 &&
           value.compare(other.value, Qt::CaseInsensitive) == 0;
}

namespace {

Error malformed(const QString& text, const QString& why)
{
    return Error(ErrorCode::InvalidArgument, Phrase::tr("malformed DN \"%1\": %2").arg(text, why));
}

} // namespace

Result<Dn> Dn::parse(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return malformed(text, QStringLiteral("it is empty"));
    if (!t.startsWith(QLatin1Char('/')))
        return malformed(text, QStringLiteral("it must start with /o="));

    // Split on unescaped '/', then each part on its first unescaped '='.
    QList<Rdn> rdns;
    QString type;
    QString value;
    bool inValue = false;
    bool escaped = false;
    auto finish = [&]() -> Status {
        if (!inValue)
            return malformed(text, QStringLiteral("component \"%1\" has no '='").arg(type));
        const QString ty = type.trimmed().toLower();
        if (ty != QLatin1String("o") && ty != QLatin1String("ou") && ty != QLatin1String("cn"))
            return malformed(text,
                             QStringLiteral("unknown component type \"%1\" (use o, ou or cn)").arg(type));
        if (value.trimmed().isEmpty())
            return malformed(text, QStringLiteral("component %1= has no value").arg(ty));
        rdns.append(Rdn{ty, value.trimmed()});
        type.clear();
        value.clear();
        inValue = false;
        return {};
    };
    for (int i = 1; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (escaped) {
            (inValue ? value : type).append(c);
            escaped = false;
        } else if (c == QLatin1Char('\\')) {
            escaped = true;
        } else if (c == QLatin1Char('/')) {
            if (Status s = finish(); !s)
                return s.error();
        } else if (c == QLatin1Char('=') && !inValue) {
            inValue = true;
        } else {
            (inValue ? value : type).append(c);
        }
    }
    if (escaped)
        return malformed(text, QStringLiteral("it ends with a lone '\\'"));
    if (Status s = finish(); !s)
        return s.error();

    for (int i = 0; i < rdns.size(); ++i) {
        const QString& ty = rdns.at(i).type;
        if (i == 0 && ty != QLatin1String("o"))
            return malformed(text, QStringLiteral("it must start with /o="));
        if (i > 0 && ty == QLatin1String("o"))
            return malformed(text, QStringLiteral("o= may only come first"));
        if (ty == QLatin1String("ou") && i != 1)
            return malformed(text, QStringLiteral("ou= (the site) may only follow o="));
    }
    return Dn(rdns);
}

QString Dn::escapeValue(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        if (c == QLatin1Char('/') || c == QLatin1Char('=') || c == QLatin1Char('\\'))
            out.append(QLatin1Char('\\'));
        out.append(c);
    }
    return out;
}

QString Dn::toString() const
{
    QString out;
    for (const Rdn& r : m_rdns) {
        out += QLatin1Char('/');
        out += r.type;
        out += QLatin1Char('=');
        out += escapeValue(r.value);
    }
    return out;
}

Dn Dn::parent() const
{
    QList<Rdn> p = m_rdns;
    if (!p.isEmpty())
        p.removeLast();
    return Dn(p);
}

Dn Dn::child(const QString& type, const QString& value) const
{
    QList<Rdn> c = m_rdns;
    c.append(Rdn{type, value});
    return Dn(c);
}

bool Dn::isWithin(const Dn& ancestor) const
{
    if (ancestor.depth() > depth())
        return false;
    for (int i = 0; i < ancestor.depth(); ++i) {
        if (!(m_rdns.at(i) == ancestor.m_rdns.at(i)))
            return false;
    }
    return true;
}

} // namespace sa::core
