#pragma once

#include "Command.h"

namespace sa::app {

class CommandTable;

/// manual: The manual page (roff), as installed in man1, made from the program's command table.
class ManualCommand : public Command
{
public:
    explicit ManualCommand(const CommandTable& table);
    int run(CommandRun& run) override;

private:
    const CommandTable& m_table;
};

} // namespace sa::app
