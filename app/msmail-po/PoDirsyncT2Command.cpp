#include "PoDirsyncT2Command.h"

#include "core/msmail/PostofficeDirsyncServer.h"

#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoDirsyncT2Command::PoDirsyncT2Command()
    : PoCommand(QStringLiteral("dirsync t2"),
                QStringLiteral("The server's T2: receive the requestors' updates and answer"))
{
    addPostofficeArgument(QStringLiteral("The dirsync server's postoffice."));
}

int PoDirsyncT2Command::execute(PoRun& run)
{
    auto po = run.postoffice(run.arg(0));
    if (!po)
        return run.fail(po.error().message());
    PostofficeDirsyncServer server(*po.value());
    auto report = server.t2();
    if (!report)
        return run.fail(report.error().message());
    run.print(
        QJsonObject{{QStringLiteral("received"), report->received},
                    {QStringLiteral("rejected"), report->rejected},
                    {QStringLiteral("replies"), report->replies},
                    {QStringLiteral("transactions"), report->transactions}},
        QStringLiteral("%1 message(s) received, %2 set aside, %3 transaction(s) added to the master list, %4 "
                       "repl%5 sent")
            .arg(report->received)
            .arg(report->rejected)
            .arg(report->transactions)
            .arg(report->replies)
            .arg(report->replies == 1 ? QStringLiteral("y") : QStringLiteral("ies")));
    return 0;
}

} // namespace sa::app::po
