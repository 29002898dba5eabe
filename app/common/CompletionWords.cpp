#include "CompletionWords.h"

#include "CommandTable.h"

#include <QRegularExpression>

namespace sa::app {

CompletionWords::CompletionWords(const CommandTable& table)
    : m_function(QStringLiteral("_") +
                 QString(table.program())
                     .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_]")), QStringLiteral("_")))
{
    for (const QCommandLineOption& o : table.allOptions()) {
        if (o.valueName().isEmpty())
            continue;
        m_valued << QStringLiteral("--") + o.names().constLast();
        if (o.valueName() == QLatin1String("DIR"))
            m_folders << QStringLiteral("--") + o.names().constLast();
    }
    for (const auto& c : table.commands()) {
        for (int n = 1; n < c->words().size(); ++n) {
            const QString prefix = c->words().mid(0, n).join(QLatin1Char(' '));
            if (!m_prefixes.contains(prefix))
                m_prefixes << prefix;
        }
    }
}

QString CompletionWords::quoted(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
           QLatin1Char('\'');
}

CommandArgument::Completion CompletionWords::argumentsOf(const Command& command)
{
    for (const CommandArgument& a : command.arguments()) {
        if (a.completion != CommandArgument::Completion::Nothing)
            return a.completion;
    }
    return CommandArgument::Completion::Nothing;
}

} // namespace sa::app
