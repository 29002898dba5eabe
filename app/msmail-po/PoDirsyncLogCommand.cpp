#include "PoDirsyncLogCommand.h"

#include "PoOptions.h"
#include "core/msmail/PostofficeDirsync.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoDirsyncLogCommand::PoDirsyncLogCommand()
    : PoCommand(QStringLiteral("dirsync log"), QStringLiteral("The dirsync log"))
{
    addPostofficeArgument();
    addLimitOption();
}

int PoDirsyncLogCommand::execute(PoRun& run)
{
    const auto newest = run.limit();
    if (!newest)
        return 2;
    auto po = run.postoffice(run.arg(0));
    if (!po)
        return run.fail(po.error().message());
    PostofficeDirsync agent(*po.value());
    auto lines = agent.log(*newest);
    if (!lines)
        return run.fail(lines.error().message());
    QJsonArray json;
    QString text;
    for (const PoDirsyncLogLine& l : lines.value()) {
        json.append(QJsonObject{{QStringLiteral("at"), l.at.toString(Qt::ISODate)},
                                {QStringLiteral("task"), l.task},
                                {QStringLiteral("text"), l.text}});
        text += QStringLiteral("%1 %2 %3\n").arg(run.timeText(l.at), l.task.leftJustified(6), l.text);
    }
    run.print(json, text);
    return 0;
}

} // namespace sa::app::po
