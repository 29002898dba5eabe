#include "PoDirsyncRequestorCommand.h"

#include "PoOptions.h"
#include "core/host/DirsyncCycle.h"
#include "core/msmail/PostofficeDirsync.h"

#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoDirsyncRequestorCommand::PoDirsyncRequestorCommand()
    : PoCommand(QStringLiteral("dirsync requestor"),
                QStringLiteral("Register the postoffice as a dirsync requestor"))
{
    setDetails(QStringLiteral("The server may be an MS Mail postoffice or the organization's Exchange site "
                              "(ORG/SITE), whose Directory Synchronization Server then needs a Remote "
                              "Dir-Sync Requestor for this postoffice."));
    addPostofficeArgument();
    addRequiredOption({OptDirsyncServer, QStringLiteral("The dirsync server: a postoffice, or ORG/SITE."),
                       QStringLiteral("NET/PO")});
    addPasswordOption(OptDirsyncPassword, QStringLiteral("The dirsync password the server expects"));
    addOption({OptTypes, QStringLiteral("Address types to ask for (default PCM)."),
               QStringLiteral("PCM,SMTP,...")});
}

int PoDirsyncRequestorCommand::execute(PoRun& run)
{
    auto po = run.postoffice(run.arg(0));
    if (!po)
        return run.fail(po.error().message());
    PostofficeDirsync agent(*po.value());
    if (Status s = DirsyncCycle::checkServerName(run.orgDir(), run.value(OptDirsyncServer)); !s)
        return run.fail(s.error().message());
    const QStringList types =
        run.isSet(OptTypes) ? run.value(OptTypes).split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList();
    auto password =
        run.password(OptDirsyncPassword, QStringLiteral("Dirsync password of %1: ").arg(po.value()->name()));
    if (!password)
        return run.fail(password.error().message());
    if (Status s = agent.makeRequestor(run.value(OptDirsyncServer), password.value(), types); !s)
        return run.fail(s.error().message());
    run.print(QJsonObject{{QStringLiteral("postoffice"), po.value()->name()},
                          {QStringLiteral("dirsyncServer"), run.value(OptDirsyncServer).toUpper()}},
              QStringLiteral("%1 is a dirsync requestor of %2")
                  .arg(po.value()->name(), run.value(OptDirsyncServer).toUpper()));
    return 0;
}

} // namespace sa::app::po
