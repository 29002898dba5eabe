#include "HelpCommand.h"

#include "CommandHelp.h"
#include "CommandRun.h"
#include "CommandTable.h"

namespace sa::app {

HelpCommand::HelpCommand(const CommandTable& table)
    : Command(QStringLiteral("help"), QStringLiteral("The commands, or what one command takes")),
      m_table(table)
{
    addArgument({QStringLiteral("COMMAND"),
                 QStringLiteral("A command, or the first word of several (\"dirsync\")."),
                 CommandArgument::Count::Many});
}

int HelpCommand::run(CommandRun& run)
{
    const CommandHelp help(m_table);
    if (run.args().isEmpty()) {
        run.out() << help.programHelp();
        return 0;
    }
    int consumed = 0;
    const Command* command = m_table.find(run.args(), &consumed);
    if (command && consumed == run.args().size()) {
        run.out() << help.commandHelp(*command);
        return 0;
    }
    if (!command && !m_table.nextWords(run.args()).isEmpty()) {
        run.out() << help.groupHelp(run.args());
        return 0;
    }
    return run.usage(QStringLiteral("unknown command \"%1\" (see %2 --help)")
                         .arg(run.args().join(QLatin1Char(' ')), run.program()));
}

} // namespace sa::app
