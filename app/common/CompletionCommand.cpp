#include "CompletionCommand.h"

#include "BashCompletion.h"
#include "CommandRun.h"

namespace sa::app {

CompletionCommand::CompletionCommand(const CommandTable& table)
    : Command(QStringLiteral("completion"),
              QStringLiteral("A bash completion script (source it, or install it for bash-completion)")),
      m_table(table)
{
}

int CompletionCommand::run(CommandRun& run)
{
    run.out() << BashCompletion(m_table).script();
    return 0;
}

} // namespace sa::app
