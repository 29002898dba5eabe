#include "DirsyncApproveDeletesCommand.h"

#include "core/dirsync/DirsyncServerAdmin.h"

#include <QJsonObject>

namespace sa::app::ctl {

using namespace sa::core;

DirsyncApproveDeletesCommand::DirsyncApproveDeletesCommand()
    : DirsyncServerCommand(
          QStringLiteral("dirsync approve-deletes"),
          QStringLiteral("Let the deletes held back from a requestor go with the next reply"))
{
    setDetails(QStringLiteral("A reply that would delete more of a requestor's entries than its threshold "
                              "allows is held back (dirsync status says so); this lets it go once."));
    addArgument({QStringLiteral("REQUESTOR"), QStringLiteral("The Remote Dir-Sync Requestor's name.")});
}

int DirsyncApproveDeletesCommand::executeOnServer(CtlRun& run, DirsyncServer&, DirectoryStore& store)
{
    auto held = DirsyncServerAdmin(store).approveDeletes(run.arg(0));
    if (!held)
        return run.fail(held.error().message());
    if (run.json())
        run.printJson(
            QJsonObject{{QStringLiteral("requestor"), run.arg(0)}, {QStringLiteral("held"), held.value()}});
    else if (held.value() > 0)
        run.out() << "Approved: the next reply to " << run.arg(0) << " deletes the " << held.value()
                  << " entries held back" << Qt::endl;
    else
        run.out() << "Approved: nothing is held back now; the next reply to " << run.arg(0)
                  << " may delete past its threshold" << Qt::endl;
    return 0;
}

} // namespace sa::app::ctl
