#include "PoCommand.h"

namespace sa::app::po {

int PoCommand::run(CommandRun& run)
{
    PoRun po(run);
    return execute(po);
}

void PoCommand::addPostofficeArgument(const QString& help)
{
    addArgument({QStringLiteral("NET/PO"), help});
}

} // namespace sa::app::po
