#include "ManPage.h"

#include "CommandTable.h"
#include "JsonFields.h"
#include "core/common/Version.h"

namespace sa::app {

namespace {

/// Text safe for roff: backslashes and hyphens escaped, no line starting with a control character.
QString roff(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    text.replace(QLatin1Char('-'), QStringLiteral("\\-"));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\'')))
            line.prepend(QStringLiteral("\\&"));
    }
    return lines.join(QLatin1Char('\n'));
}

QString optionItem(const QCommandLineOption& o)
{
    QStringList names;
    for (const QString& n : o.names())
        names << QStringLiteral("\\fB%1\\fR")
                     .arg(roff((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n));
    QString item = names.join(QStringLiteral(", "));
    if (!o.valueName().isEmpty())
        item += QStringLiteral(" \\fI%1\\fR").arg(roff(o.valueName()));
    return QStringLiteral(".TP\n%1\n%2\n").arg(item, roff(o.description()));
}

/// Paragraphs (split at blank lines) as filled roff text, separated by `separator`.
QString flowed(const QString& text, const QString& separator)
{
    QStringList out;
    for (const QString& p : text.split(QStringLiteral("\n\n")))
        out << roff(QString(p).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    return out.join(QLatin1Char('\n') + separator + QLatin1Char('\n'));
}

} // namespace

QString ManPage::text() const
{
    const QString program = m_table.program();
    QString out = QStringLiteral(".TH %1 1 \"\" \"%2 %3\" \"User Commands\"\n")
                      .arg(program.toUpper(), core::productName(), core::productVersion());
    out += QStringLiteral(".SH NAME\n%1 \\- %2\n").arg(roff(program), roff(m_table.description()));
    out += QStringLiteral(".SH SYNOPSIS\n.B %1\n").arg(roff(program));
    for (const QCommandLineOption& o : m_table.commonOptions())
        out += QStringLiteral("[\\fB\\-\\-%1\\fR%2]\n")
                   .arg(roff(o.names().constLast()),
                        o.valueName().isEmpty() ? QString()
                                                : QStringLiteral(" \\fI%1\\fR").arg(roff(o.valueName())));
    out += QStringLiteral("\\fICOMMAND\\fR [\\fIARGUMENTS\\fR...]\n");
    out += QStringLiteral(".SH DESCRIPTION\n") + roff(m_table.description()) + QStringLiteral(".\n");
    if (!m_table.paragraph().isEmpty())
        out +=
            QStringLiteral(".PP\n") + flowed(m_table.paragraph(), QStringLiteral(".PP")) + QLatin1Char('\n');
    out += QStringLiteral(".SH OPTIONS\n");
    for (const QCommandLineOption& o : m_table.commonOptions())
        out += optionItem(o);
    out += QStringLiteral(".TP\n\\fB\\-h\\fR, \\fB\\-\\-help\\fR\nThe commands, or after a command its "
                          "arguments and options.\n");
    out += QStringLiteral(".TP\n\\fB\\-v\\fR, \\fB\\-\\-version\\fR\nThe version.\n");
    out += QStringLiteral(".SH COMMANDS\n");
    for (const auto& c : m_table.commands()) {
        out += QStringLiteral(".TP\n\\fB%1\\fR\n%2.\n").arg(roff(c->synopsis()), roff(c->summary()));
        if (!c->details().isEmpty())
            out += QStringLiteral(".sp\n") + flowed(c->details(), QStringLiteral(".sp")) + QLatin1Char('\n');
        if (!c->arguments().isEmpty() || !c->options().isEmpty()) {
            out += QStringLiteral(".RS\n");
            for (const CommandArgument& a : c->arguments())
                out += QStringLiteral(".TP\n\\fI%1\\fR\n%2\n").arg(roff(a.name), roff(a.help));
            for (const QCommandLineOption& o : c->options())
                out += optionItem(o);
            out += QStringLiteral(".RE\n");
        }
    }
    // The JSON vocabulary, for a program that prints JSON: one dictionary for both programs.
    bool json = false;
    for (const QCommandLineOption& o : m_table.commonOptions())
        json = json || o.names().contains(QStringLiteral("json"));
    if (json) {
        out += QStringLiteral(".SH \"JSON FIELDS\"\n") +
               roff(QStringLiteral(
                   "With --json, commands print a JSON object or array (serve: one object a line), and "
                   "say a failure on standard error as one object a line. A field has the same type "
                   "and meaning in every command of siteadminctl and msmail-po. A time is a string "
                   "in ISO 8601.")) +
               QLatin1Char('\n');
        for (const JsonField& f : jsonFields())
            out += QStringLiteral(".TP\n\\fB%1\\fR (%2)\n%3\n").arg(roff(f.name), f.type, roff(f.meaning));
    }
    out += QStringLiteral(".SH \"EXIT STATUS\"\n.TP\n0\nDone.\n.TP\n1\nThe command failed, or could not do "
                          "all of its work; standard error says why.\n.TP\n2\nThe command line is "
                          "wrong (a missing argument, an option the command does not take).\n");
    for (const auto& [code, meaning] : m_table.exitCodes())
        out += QStringLiteral(".TP\n%1\n%2\n").arg(code).arg(roff(meaning));
    if (!m_table.seeAlso().isEmpty()) {
        QStringList refs;
        for (const QString& page : m_table.seeAlso())
            refs << QStringLiteral("\\fB%1\\fR(1)").arg(roff(page));
        out += QStringLiteral(".SH \"SEE ALSO\"\n") + refs.join(QStringLiteral(",\n")) + QLatin1Char('\n');
    }
    return out;
}

} // namespace sa::app
