#include "ManualCommand.h"

#include "CommandRun.h"
#include "ManPage.h"

namespace sa::app {

ManualCommand::ManualCommand(const CommandTable& table)
    : Command(QStringLiteral("manual"), QStringLiteral("The manual page in roff (man -l - reads it)")),
      m_table(table)
{
}

int ManualCommand::run(CommandRun& run)
{
    run.out() << ManPage(m_table).text();
    return 0;
}

} // namespace sa::app
