#include "PoLogCommand.h"

#include "PoOptions.h"
#include "core/msmail/PostofficeSystemLog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoLogCommand::PoLogCommand()
    : PoCommand(QStringLiteral("log"), QStringLiteral("The system log: mail returned or dropped"))
{
    addPostofficeArgument();
    addLimitOption();
}

int PoLogCommand::execute(PoRun& run)
{
    const auto newest = run.limit();
    if (!newest)
        return 2;
    auto po = run.postoffice(run.arg(0));
    if (!po)
        return run.fail(po.error().message());
    auto lines = PostofficeSystemLog(*po.value()).lines(*newest);
    if (!lines)
        return run.fail(lines.error().message());
    QJsonArray array;
    QStringList text;
    for (const PoLogLine& l : lines.value()) {
        array.append(QJsonObject{{QStringLiteral("at"), l.at.toString(Qt::ISODate)},
                                 {QStringLiteral("source"), l.source},
                                 {QStringLiteral("text"), l.text}});
        text << QStringLiteral("%1 %2 %3").arg(run.timeText(l.at), l.source.leftJustified(13), l.text);
    }
    run.print(array, text.join(QLatin1Char('\n')));
    return 0;
}

} // namespace sa::app::po
