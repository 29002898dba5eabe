#pragma once

// A bash completion script for a program, made from its command table: the command words, then
// the options the command takes, folders after an option whose value is a DIR, files where a
// command's argument is a file. Installed for bash-completion (app/CMakeLists.txt); it needs bash 4.3
// and nothing else.

#include <QString>

namespace sa::app {

class CommandTable;

class BashCompletion
{
public:
    explicit BashCompletion(const CommandTable& table) : m_table(table) {}
    QString script() const;

private:
    const CommandTable& m_table;
};

} // namespace sa::app
