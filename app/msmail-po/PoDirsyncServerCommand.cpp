#include "PoDirsyncServerCommand.h"

#include "core/msmail/PostofficeDirsyncServer.h"

#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoDirsyncServerCommand::PoDirsyncServerCommand()
    : PoCommand(QStringLiteral("dirsync server"),
                QStringLiteral("Make the postoffice the dirsync server of its network"))
{
    addPostofficeArgument();
}

int PoDirsyncServerCommand::execute(PoRun& run)
{
    auto po = run.postoffice(run.arg(0));
    if (!po)
        return run.fail(po.error().message());
    PostofficeDirsyncServer server(*po.value());
    if (Status s = server.makeServer(); !s)
        return run.fail(s.error().message());
    run.print(QJsonObject{{QStringLiteral("dirsyncServer"), po.value()->name()}},
              QStringLiteral("%1 is the dirsync server of its network").arg(po.value()->name()));
    return 0;
}

} // namespace sa::app::po
