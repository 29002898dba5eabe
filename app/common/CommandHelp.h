#pragma once

// The help text of a program's command table: the program's (--help), a group's ("dirsync --help":
// the commands that start with it) and one command's ("help dirsync cycle", "dirsync cycle --help").

#include <QString>
#include <QStringList>

namespace sa::app {

class Command;
class CommandTable;

class CommandHelp
{
public:
    explicit CommandHelp(const CommandTable& table) : m_table(table) {}

    QString programHelp() const;
    QString groupHelp(const QStringList& group) const;
    QString commandHelp(const Command& command) const;

private:
    /// "Usage: siteadminctl [--org DIR] [--json] " and what follows.
    QString usageLine(const QString& rest) const;
    /// The list of `commands` with their summaries, the names in one column.
    QString commandList(const QStringList& prefix) const;

    const CommandTable& m_table;
};

} // namespace sa::app
