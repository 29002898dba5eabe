#include "AddressSyntax.h"

#include "core/common/AsciiFold.h"
#include "core/common/TextRule.h"

#include <QRegularExpression>
#include <QStringList>

namespace sa::core {

namespace {

constexpr int MsMailPartLength = 10;

Error bad(const Phrase& why)
{
    return Error(ErrorCode::InvalidValue, why);
}

bool splitTyped(const QString& address, QString* type, QString* value)
{
    const int colon = int(address.indexOf(QLatin1Char(':')));
    if (colon <= 0)
        return false;
    *type = address.left(colon);
    *value = address.mid(colon + 1);
    static const QRegularExpression typeForm(QStringLiteral("^[A-Za-z0-9]{1,16}$"));
    return typeForm.match(*type).hasMatch();
}

} // namespace

QString AddressSyntax::typeOf(const QString& address)
{
    return address.section(QLatin1Char(':'), 0, 0).toUpper();
}

QString AddressSyntax::valueOf(const QString& address)
{
    return address.section(QLatin1Char(':'), 1);
}

bool AddressSyntax::isPrimary(const QString& address)
{
    const QString type = address.section(QLatin1Char(':'), 0, 0);
    return !type.isEmpty() && type == type.toUpper() && type != type.toLower();
}

Status AddressSyntax::checkMsMailPart(const QString& what, const QString& part)
{
    if (part.isEmpty())
        return bad(Phrase::tr("the %1 name is empty").arg(what));
    if (part.size() > MsMailPartLength)
        return bad(Phrase::tr("the %1 name %2 is longer than %3 characters")
                       .arg(what, TextRule::quoted(part))
                       .arg(MsMailPartLength));
    for (QChar c : part) {
        if (c.unicode() <= 32 || c.unicode() >= 127 || c == QLatin1Char('/'))
            return bad(Phrase::tr("the %1 name %2 contains %3")
                           .arg(what, TextRule::quoted(part),
                                c.unicode() < 32 || c.unicode() >= 127
                                    ? TextRule::quoted(QString(c)).mid(1).chopped(1)
                                    : QStringLiteral("'%1'").arg(c)));
    }
    return {};
}

QString AddressSyntax::msMailName(const QString& text)
{
    QString out;
    for (QChar c : AsciiFold::letters(text).toUpper()) {
        if (c.unicode() > 32 && c.unicode() < 127 && c != QLatin1Char('/'))
            out += c;
    }
    return out.left(MsMailPartLength);
}

Status AddressSyntax::checkMsMail(const QString& value)
{
    const QStringList parts = value.split(QLatin1Char('/'));
    if (parts.size() != 3)
        return bad(Phrase::tr("an MS Mail address is NETWORK/POSTOFFICE/MAILBOX"));
    for (int i = 0; i < 3; ++i) {
        const QString what = i == 0   ? QStringLiteral("network")
                             : i == 1 ? QStringLiteral("postoffice")
                                      : QStringLiteral("mailbox");
        if (Status s = checkMsMailPart(what, parts.at(i)); !s)
            return s;
    }
    return {};
}

Status AddressSyntax::checkSmtp(const QString& value)
{
    const int at = int(value.lastIndexOf(QLatin1Char('@')));
    if (at <= 0 || at == value.size() - 1)
        return bad(Phrase::tr("an Internet address is name@domain"));
    const QString local = value.left(at);
    const QString domain = value.mid(at + 1);
    static const QString forbidden = QStringLiteral(" \t\"(),:;<>@[\\]");
    for (QChar c : local) {
        if (c.unicode() <= 32 || c.unicode() >= 127 || forbidden.contains(c))
            return bad(Phrase::tr("'%1' is not allowed before the @").arg(c));
    }
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    for (const QString& l : domain.split(QLatin1Char('.'))) {
        if (!label.match(l).hasMatch())
            return bad(Phrase::tr("the domain \"%1\" is not valid").arg(domain));
    }
    return {};
}

Status AddressSyntax::checkX400(const QString& value, bool templateOnly)
{
    static const QStringList keys{QStringLiteral("c"),    QStringLiteral("a"),   QStringLiteral("p"),
                                  QStringLiteral("o"),    QStringLiteral("ou"),  QStringLiteral("ou1"),
                                  QStringLiteral("ou2"),  QStringLiteral("ou3"), QStringLiteral("ou4"),
                                  QStringLiteral("s"),    QStringLiteral("g"),   QStringLiteral("i"),
                                  QStringLiteral("q"),    QStringLiteral("cn"),  QStringLiteral("x121"),
                                  QStringLiteral("n-id"), QStringLiteral("t-id")};
    QStringList seen;
    // '/' and ';' both separate X.400 pairs (Q156729). Split by hand: a regular expression made per
    // address cost a tenth of a Directory Import (issue 18).
    QStringList pairs;
    for (qsizetype from = 0; from < value.size();) {
        qsizetype to = from;
        while (to < value.size() && value.at(to) != QLatin1Char(';') && value.at(to) != QLatin1Char('/'))
            ++to;
        if (to > from)
            pairs << value.mid(from, to - from);
        from = to + 1;
    }
    if (pairs.isEmpty())
        return bad(Phrase::tr("an X.400 address is key=value; pairs such as c=US;a= ;p=ORG;o=SITE;s=Name;"));
    for (const QString& pair : pairs) {
        const int eq = int(pair.indexOf(QLatin1Char('=')));
        if (eq <= 0)
            return bad(Phrase::tr("\"%1\" is not key=value").arg(pair));
        const QString key = pair.left(eq).trimmed().toLower();
        if (!keys.contains(key) && !key.startsWith(QLatin1String("dda:")))
            return bad(Phrase::tr("\"%1\" is not an X.400 key").arg(pair.left(eq)));
        if (pair.mid(eq + 1).isEmpty() && key != QLatin1String("a"))
            return bad(Phrase::tr("%1= has no value").arg(key));
        if (seen.contains(key))
            return bad(Phrase::tr("%1= is given twice").arg(key));
        seen << key;
    }
    for (const char* required : {"c", "a"}) {
        if (!seen.contains(QLatin1String(required)))
            return bad(Phrase::tr("an X.400 address needs %1=").arg(QLatin1String(required)));
    }
    if (!templateOnly && !seen.contains(QLatin1String("s")) && !seen.contains(QLatin1String("cn")) &&
        !seen.contains(QLatin1String("g")))
        return bad(Phrase::tr("an X.400 address of a recipient needs s=, g= or cn="));
    return {};
}

Status AddressSyntax::check(const QString& address)
{
    QString type;
    QString value;
    if (!splitTyped(address, &type, &value) || value.isEmpty())
        return bad(Phrase::tr("write it as TYPE:address, e.g. SMTP:name@example.com"));
    const QString t = type.toUpper();
    if (t == QLatin1String("MS"))
        return checkMsMail(value);
    if (t == QLatin1String("SMTP"))
        return checkSmtp(value);
    if (t == QLatin1String("X400"))
        return checkX400(value, false);
    return {};
}

Status AddressSyntax::checkTemplate(const QString& text)
{
    QString type;
    QString value;
    if (!splitTyped(text, &type, &value) || value.isEmpty())
        return bad(Phrase::tr("write it as TYPE:template, e.g. SMTP:@example.com"));
    const QString t = type.toUpper();
    if (value.endsWith(QLatin1Char('*')))
        return {}; // an address space pattern (MS:NET/PO/*, SMTP:*@domain)
    if (t == QLatin1String("MS")) {
        const QStringList parts = value.split(QLatin1Char('/'));
        if (parts.size() != 2)
            return bad(Phrase::tr("an MS Mail template is NETWORK/POSTOFFICE"));
        if (Status s = checkMsMailPart(QStringLiteral("network"), parts.at(0)); !s)
            return s;
        return checkMsMailPart(QStringLiteral("postoffice"), parts.at(1));
    }
    if (t == QLatin1String("SMTP")) {
        const int at = int(value.indexOf(QLatin1Char('@')));
        if (at < 0)
            return bad(Phrase::tr("an Internet template is @domain or %g.%s@domain"));
        // Check the domain with a stand-in local part.
        return checkSmtp(QStringLiteral("x") + value.mid(at));
    }
    if (t == QLatin1String("X400"))
        return checkX400(value, true);
    return {};
}

} // namespace sa::core
