#pragma once

// A zsh completion function for a program, made from its command table as the bash one is
// (BashCompletion): the command words with their summaries, then the options the command takes with
// their help, folders after an option whose value is a DIR, files where a command's argument is a
// file. Installed in zsh's site-functions as _program (#compdef), it needs compinit and nothing else.

#include <QString>

namespace sa::app {

class CommandTable;

class ZshCompletion
{
public:
    explicit ZshCompletion(const CommandTable& table) : m_table(table) {}
    QString script() const;

private:
    const CommandTable& m_table;
};

} // namespace sa::app
