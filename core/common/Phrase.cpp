#include "Phrase.h"

#include <QCoreApplication>
#include <QStringList>

namespace sa::core {

Phrase Phrase::tr(const char* source)
{
    Phrase p;
    p.m_source = source;
    return p;
}

Phrase Phrase::plain(const QString& text)
{
    Phrase p;
    p.m_plain = text;
    return p;
}

Phrase Phrase::known(const QString& text)
{
    Phrase p;
    p.m_plain = text;
    p.m_known = true;
    return p;
}

Phrase Phrase::joined(const std::vector<Phrase>& parts, const QString& separator)
{
    Phrase p;
    p.m_plain = separator;
    p.m_joined = true;
    p.m_args = parts;
    return p;
}

Phrase Phrase::arg(const QString& a) const
{
    return arg(plain(a));
}

Phrase Phrase::arg(const Phrase& a) const
{
    Phrase p = *this;
    p.m_args.push_back(a);
    return p;
}

QString Phrase::said(bool translate) const
{
    if (m_joined) {
        QStringList parts;
        for (const Phrase& a : m_args)
            parts << a.said(translate);
        return parts.join(m_plain);
    }
    QString text;
    if (m_source == nullptr)
        text = translate && m_known
                   ? QCoreApplication::translate("sa::core::Phrase", m_plain.toUtf8().constData())
                   : m_plain;
    else
        text = translate ? QCoreApplication::translate("sa::core::Phrase", m_source)
                         : QString::fromUtf8(m_source);
    // One %n at a time, in order, as the chained QString::arg calls this replaces did.
    for (const Phrase& a : m_args)
        text = text.arg(a.said(translate));
    return text;
}

QString Phrase::english() const
{
    return said(false);
}

QString Phrase::translated() const
{
    return said(true);
}

QStringList englishOf(const Phrases& phrases)
{
    QStringList out;
    for (const Phrase& p : phrases)
        out << p.english();
    return out;
}

QStringList translatedOf(const Phrases& phrases)
{
    QStringList out;
    for (const Phrase& p : phrases)
        out << p.translated();
    return out;
}

} // namespace sa::core
