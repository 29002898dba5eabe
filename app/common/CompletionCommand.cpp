#include "CompletionCommand.h"

#include "BashCompletion.h"
#include "CommandRun.h"
#include "ZshCompletion.h"

namespace sa::app {

CompletionCommand::CompletionCommand(const CommandTable& table)
    : Command(QStringLiteral("completion"),
              QStringLiteral("A bash or zsh completion script (source it, or install it for the shell)")),
      m_table(table)
{
    setDetails(QStringLiteral(
        "bash: source the script, or install it in /usr/share/bash-completion/completions/PROGRAM. zsh: "
        "install it as _PROGRAM in a folder of $fpath (the package uses /usr/share/zsh/vendor-completions) "
        "before compinit runs."));
    addArgument({QStringLiteral("SHELL"), QStringLiteral("bash (the default) or zsh."),
                 CommandArgument::Count::Optional});
}

int CompletionCommand::run(CommandRun& run)
{
    const QString shell = run.args().isEmpty() ? QStringLiteral("bash") : run.arg(0);
    if (shell == QLatin1String("bash"))
        run.out() << BashCompletion(m_table).script();
    else if (shell == QLatin1String("zsh"))
        run.out() << ZshCompletion(m_table).script();
    else
        return run.usage(QStringLiteral("completion is made for bash or zsh, not \"%1\"").arg(shell));
    return 0;
}

} // namespace sa::app
