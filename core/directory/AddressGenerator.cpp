#include "AddressGenerator.h"

#include "AddressSyntax.h"
#include "Schema.h"
#include "core/common/AsciiFold.h"

#include <QRegularExpression>

namespace sa::core {

namespace {

QString first(const AttributeValues& v, const QString& name)
{
    return v.value(name).value(0).trimmed();
}

/// Keeps only what may stand in the local part of an Internet address.
QString smtpSafe(const QString& text)
{
    QString out;
    static const QString forbidden = QStringLiteral(" \t\"(),:;<>@[\\]");
    for (QChar c : AsciiFold::letters(text)) {
        if (c.unicode() > 32 && c.unicode() < 127 && !forbidden.contains(c))
            out += c;
    }
    return out;
}

QString x400Safe(const QString& text)
{
    QString out;
    for (QChar c : AsciiFold::letters(text)) {
        if (c.unicode() >= 32 && c.unicode() < 127 && c != QLatin1Char(';') && c != QLatin1Char('/') &&
            c != QLatin1Char('='))
            out += c;
    }
    return out.trimmed();
}

} // namespace

QStringList AddressGenerator::defaultTemplates(const QString& organization, const QString& site)
{
    // Exchange's defaults: alias@site.organization.com, ORG/SITE, c=US;a= ;p=ORG;o=SITE;
    const QString domain =
        QStringLiteral("%1.%2.com").arg(smtpSafe(site).toLower(), smtpSafe(organization).toLower());
    return {QStringLiteral("SMTP:@") + domain,
            QStringLiteral("MS:%1/%2")
                .arg(AddressSyntax::msMailName(organization), AddressSyntax::msMailName(site)),
            QStringLiteral("X400:c=US;a= ;p=%1;o=%2;")
                .arg(x400Safe(organization).left(16), x400Safe(site).left(64))};
}

QString AddressGenerator::generate(const QString& addressTemplate, const AttributeValues& r)
{
    const QString type = AddressSyntax::typeOf(addressTemplate);
    const QString pattern = AddressSyntax::valueOf(addressTemplate);
    const QString alias = first(r, attr::MailNickname);
    const QString given = first(r, attr::GivenName);
    const QString surname = first(r, attr::Surname);
    const QString initials = first(r, attr::Initials);
    QString address;
    if (type == QLatin1String("SMTP")) {
        const int at = int(pattern.indexOf(QLatin1Char('@')));
        QString local = pattern.left(at);
        if (local.isEmpty()) {
            local = alias;
        } else {
            static const QRegularExpression token(QStringLiteral("%(\\d*)([gsim])"));
            QString expanded;
            int last = 0;
            for (auto it = token.globalMatch(local); it.hasNext();) {
                const auto m = it.next();
                expanded += local.mid(last, m.capturedStart() - last);
                const QChar which = m.captured(2).at(0);
                QString value = which == QLatin1Char('g')   ? given
                                : which == QLatin1Char('s') ? surname
                                : which == QLatin1Char('i') ? initials
                                                            : alias;
                if (!m.captured(1).isEmpty())
                    value = value.left(m.captured(1).toInt());
                expanded += value;
                last = int(m.capturedEnd());
            }
            local = expanded + local.mid(last);
            // Dots left over from empty parts (no given name, say).
            local.replace(QRegularExpression(QStringLiteral("\\.{2,}")), QStringLiteral("."));
            while (local.startsWith(QLatin1Char('.')))
                local.remove(0, 1);
            while (local.endsWith(QLatin1Char('.')))
                local.chop(1);
        }
        local = smtpSafe(local);
        if (local.isEmpty())
            local = smtpSafe(alias);
        address = QStringLiteral("SMTP:") + local + pattern.mid(at);
    } else if (type == QLatin1String("MS")) {
        const QString mailbox = AddressSyntax::msMailName(alias);
        address = QStringLiteral("MS:%1/%2").arg(pattern, mailbox);
    } else if (type == QLatin1String("X400")) {
        QString x = pattern;
        if (!x.endsWith(QLatin1Char(';')))
            x += QLatin1Char(';');
        const QString s = x400Safe(surname.isEmpty() ? alias : surname).left(40);
        x += QStringLiteral("s=%1;").arg(s);
        if (!given.isEmpty())
            x += QStringLiteral("g=%1;").arg(x400Safe(given).left(16));
        if (!initials.isEmpty())
            x += QStringLiteral("i=%1;").arg(x400Safe(initials).left(5));
        address = QStringLiteral("X400:") + x;
    } else {
        return {};
    }
    return AddressSyntax::check(address) ? address : QString();
}

QString AddressGenerator::numbered(const QString& address, int number)
{
    const QString type = AddressSyntax::typeOf(address);
    const QString value = AddressSyntax::valueOf(address);
    const QString prefix = address.section(QLatin1Char(':'), 0, 0) + QLatin1Char(':');
    const QString n = QString::number(number);
    if (type == QLatin1String("SMTP")) {
        const int at = int(value.lastIndexOf(QLatin1Char('@')));
        return prefix + value.left(at) + n + value.mid(at);
    }
    if (type == QLatin1String("MS")) {
        const int slash = int(value.lastIndexOf(QLatin1Char('/')));
        return prefix + value.left(slash + 1) + value.mid(slash + 1).left(10 - int(n.size())) + n;
    }
    if (type == QLatin1String("X400")) {
        // s=Surname; -> s=Surname2;
        QString v = value;
        v.replace(QRegularExpression(QStringLiteral("(^|;)s=([^;]*);")),
                  QStringLiteral("\\1s=\\2") + n + QLatin1Char(';'));
        return prefix + v;
    }
    return address;
}

} // namespace sa::core
