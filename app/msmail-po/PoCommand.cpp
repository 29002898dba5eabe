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

void PoCommand::addLimitOption()
{
    addOption({OptLimit, QStringLiteral("The newest N lines (default %1).").arg(PoRun::DefaultLimit),
               QStringLiteral("N")});
}

} // namespace sa::app::po
