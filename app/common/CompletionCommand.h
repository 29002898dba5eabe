#pragma once

#include "Command.h"

namespace sa::app {

class CommandTable;

/// completion [bash|zsh]: a completion script for the shell, as installed for bash-completion or zsh's
/// compinit, made from the program's command table.
class CompletionCommand : public Command
{
public:
    explicit CompletionCommand(const CommandTable& table);
    int run(CommandRun& run) override;

private:
    const CommandTable& m_table;
};

} // namespace sa::app
