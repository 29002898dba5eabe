#pragma once

// A program's manual page (roff, man(7) macros) made from its command table: NAME, SYNOPSIS,
// DESCRIPTION, OPTIONS, COMMANDS (each with its arguments and options), JSON FIELDS (JsonFields),
// EXIT STATUS, FILES.
// The build writes it into the build tree and installs it (app/CMakeLists.txt).

#include <QString>

namespace sa::app {

class CommandTable;

class ManPage
{
public:
    explicit ManPage(const CommandTable& table) : m_table(table) {}
    QString text() const;

private:
    const CommandTable& m_table;
};

} // namespace sa::app
