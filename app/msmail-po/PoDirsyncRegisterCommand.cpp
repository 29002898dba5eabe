#include "PoDirsyncRegisterCommand.h"

#include "PoOptions.h"
#include "core/msmail/PostofficeDirsyncServer.h"

#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoDirsyncRegisterCommand::PoDirsyncRegisterCommand()
    : PoCommand(QStringLiteral("dirsync register"),
                QStringLiteral("Register a requestor with the dirsync server"))
{
    addPostofficeArgument(QStringLiteral("The dirsync server's postoffice."));
    addArgument(
        {QStringLiteral("REQUESTOR"), QStringLiteral("The requestor's postoffice (NETWORK/POSTOFFICE).")});
    addPasswordOption(OptDirsyncPassword, QStringLiteral("The password the requestor sends"));
}

int PoDirsyncRegisterCommand::execute(PoRun& run)
{
    auto po = run.postoffice(run.arg(0));
    if (!po)
        return run.fail(po.error().message());
    PostofficeDirsyncServer server(*po.value());
    auto password = run.password(OptDirsyncPassword,
                                 QStringLiteral("Dirsync password of %1: ").arg(run.arg(1).toUpper()));
    if (!password)
        return run.fail(password.error().message());
    if (Status s = server.registerRequestor(run.arg(1), password.value()); !s)
        return run.fail(s.error().message());
    run.print(QJsonObject{{QStringLiteral("registered"), run.arg(1).toUpper()}},
              QStringLiteral("%1 is a requestor of %2").arg(run.arg(1).toUpper(), po.value()->name()));
    return 0;
}

} // namespace sa::app::po
