#include "DirsyncResetCommand.h"

#include "core/dirsync/DirsyncServerAdmin.h"

#include <QJsonObject>

namespace sa::app::ctl {

using namespace sa::core;

DirsyncResetCommand::DirsyncResetCommand()
    : DirsyncServerCommand(QStringLiteral("dirsync reset"),
                           QStringLiteral("Set a requestor's sync numbers to 0 (a full exchange follows)"))
{
    setDetails(QStringLiteral("The administrative reset of a requestor whose numbers and the server's "
                              "disagree (LISTDS's reset): its next message is taken whole and answered "
                              "with a full export."));
    addArgument({QStringLiteral("REQUESTOR"), QStringLiteral("The Remote Dir-Sync Requestor's name.")});
}

int DirsyncResetCommand::executeOnServer(CtlRun& run, DirsyncServer&, DirectoryStore& store)
{
    if (Status s = DirsyncServerAdmin(store).reset(run.arg(0)); !s)
        return run.fail(s.error().message());
    if (run.json())
        run.printJson(QJsonObject{{QStringLiteral("reset"), run.arg(0)}});
    else
        run.out() << "The numbers of " << run.arg(0)
                  << " are 0; its next message is taken whole and answered with a full export" << Qt::endl;
    return 0;
}

} // namespace sa::app::ctl
