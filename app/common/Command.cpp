#include "Command.h"

namespace sa::app {

Command::Command(const QString& name, QString summary)
    : m_name(name), m_words(name.split(QLatin1Char(' '), Qt::SkipEmptyParts)), m_summary(std::move(summary))
{
}

Command::~Command() = default;

int Command::minimumArguments() const
{
    int n = 0;
    for (const CommandArgument& a : m_arguments)
        n += a.count == CommandArgument::Count::One || a.count == CommandArgument::Count::OneOrMore ? 1 : 0;
    return n;
}

int Command::maximumArguments() const
{
    int n = 0;
    for (const CommandArgument& a : m_arguments) {
        if (a.count == CommandArgument::Count::Many || a.count == CommandArgument::Count::OneOrMore)
            return -1;
        ++n;
    }
    return n;
}

QString Command::synopsis() const
{
    QStringList parts{m_name};
    for (const CommandArgument& a : m_arguments) {
        switch (a.count) {
        case CommandArgument::Count::One:
            parts << a.name;
            break;
        case CommandArgument::Count::Optional:
            parts << QStringLiteral("[%1]").arg(a.name);
            break;
        case CommandArgument::Count::Many:
            parts << QStringLiteral("[%1...]").arg(a.name);
            break;
        case CommandArgument::Count::OneOrMore:
            parts << QStringLiteral("%1...").arg(a.name);
            break;
        }
    }
    for (const QCommandLineOption& o : m_options) {
        const QString flag = QStringLiteral("--") + o.names().constLast();
        const QString text = o.valueName().isEmpty() ? flag : flag + QLatin1Char(' ') + o.valueName();
        parts << (m_required.contains(o.names().constLast()) ? text : QStringLiteral("[%1]").arg(text));
    }
    return parts.join(QLatin1Char(' '));
}

void Command::addRequiredOption(const QCommandLineOption& option)
{
    m_options.append(option);
    m_required.append(option.names().constLast());
}

bool Command::takesOption(const QString& name) const
{
    for (const QCommandLineOption& o : m_options) {
        if (o.names().contains(name))
            return true;
    }
    return false;
}

void Command::addPasswordOption(const QString& name, const QString& what)
{
    addOption({name,
               QStringLiteral("%1 (seen by every user in the process list: prefer --%2-file or --%2-stdin).")
                   .arg(what, name),
               QStringLiteral("PW")});
    addOption({name + QStringLiteral("-file"),
               QStringLiteral("Read it from the first line of FILE, which only its owner may read."),
               QStringLiteral("FILE")});
    addOption(
        {name + QStringLiteral("-stdin"), QStringLiteral("Read it from the first line of standard input.")});
}

} // namespace sa::app
