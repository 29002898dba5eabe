#pragma once

#include "PoRun.h"
#include "app/common/Command.h"

namespace sa::app::po {

/// A command of msmail-po: an emulated MS Mail 3.x postoffice administered from the command line.
class PoCommand : public Command
{
public:
    using Command::Command;
    int run(CommandRun& run) final;

protected:
    virtual int execute(PoRun& run) = 0;
    /// The NET/PO argument most commands start with.
    void addPostofficeArgument(const QString& help = QStringLiteral("The postoffice (NETWORK/POSTOFFICE)."));
    /// --limit N of the commands that print the newest lines of a log (PoRun::limit()).
    void addLimitOption();
};

} // namespace sa::app::po
