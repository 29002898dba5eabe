#pragma once

#include "Command.h"

namespace sa::app {

class CommandTable;

/// completion: A bash completion script, as installed for bash-completion, made from the program's command
/// table.
class CompletionCommand : public Command
{
public:
    explicit CompletionCommand(const CommandTable& table);
    int run(CommandRun& run) override;

private:
    const CommandTable& m_table;
};

} // namespace sa::app
