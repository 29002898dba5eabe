#pragma once

#include "Command.h"

namespace sa::app {

class CommandTable;

/// help: the commands, or what one command takes, made from the program's command table.
class HelpCommand : public Command
{
public:
    explicit HelpCommand(const CommandTable& table);
    int run(CommandRun& run) override;

private:
    const CommandTable& m_table;
};

} // namespace sa::app
