#include "PoDirsyncT3Command.h"

#include "core/msmail/PostofficeDirsync.h"

#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoDirsyncT3Command::PoDirsyncT3Command()
    : PoCommand(QStringLiteral("dirsync t3"),
                QStringLiteral("The requestor's T3: apply the server's replies"))
{
    addPostofficeArgument();
}

int PoDirsyncT3Command::execute(PoRun& run)
{
    auto po = run.postoffice(run.arg(0));
    if (!po)
        return run.fail(po.error().message());
    PostofficeDirsync agent(*po.value());
    auto report = agent.t3();
    if (!report)
        return run.fail(report.error().message());
    run.print(QJsonObject{{QStringLiteral("messages"), report->messages},
                          {QStringLiteral("applied"), report->applied},
                          {QStringLiteral("rejected"), report->rejected}},
              QStringLiteral("%1 message(s), %2 transaction(s) applied, %3 set aside")
                  .arg(report->messages)
                  .arg(report->applied)
                  .arg(report->rejected));
    return 0;
}

} // namespace sa::app::po
