#include "DeleteCommand.h"

#include <QJsonObject>

namespace sa::app::ctl {

using namespace sa::core;

DeleteCommand::DeleteCommand()
    : CtlCommand(QStringLiteral("delete"), QStringLiteral("Delete an object (leaves a tombstone)"))
{
    setDetails(QStringLiteral("A container is deleted only when it is empty. The tombstone tells the "
                              "other sites and directory synchronization that the object is gone."));
    addArgument({QStringLiteral("DN"), QStringLiteral("The object.")});
}

int DeleteCommand::execute(CtlRun& run)
{
    auto named = run.storeOf(run.arg(0));
    if (!named)
        return run.fail(named.error().message());
    const Dn& dn = named->dn;
    ChangeSet set;
    set.remove(dn);
    auto done = named->store->commit(set);
    if (!done)
        return run.fail(done.error().message());
    if (run.json())
        run.printJson(
            QJsonObject{{QStringLiteral("dn"), dn.toString()}, {QStringLiteral("usn"), done->lastUsn}});
    else
        run.out() << "Deleted " << dn.toString() << Qt::endl;
    return 0;
}

} // namespace sa::app::ctl
