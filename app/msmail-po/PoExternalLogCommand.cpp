#include "PoExternalLogCommand.h"

#include "PoOptions.h"
#include "core/msmail/ExternalStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoExternalLogCommand::PoExternalLogCommand()
    : PoCommand(QStringLiteral("external log"), QStringLiteral("Its session log"))
{
    addArgument({QStringLiteral("NAME"), QStringLiteral("The External instance.")});
    addLimitOption();
}

int PoExternalLogCommand::execute(PoRun& run)
{
    const auto newest = run.limit();
    if (!newest)
        return 2;
    auto e = ExternalStore::open(run.orgDir(), run.arg(0));
    if (!e)
        return run.fail(e.error().message());
    auto lines = e.value()->sessionLog(*newest);
    if (!lines)
        return run.fail(lines.error().message());
    QJsonArray array;
    QStringList text;
    for (const ExternalLogLine& l : lines.value()) {
        array.append(QJsonObject{{QStringLiteral("at"), l.at.toString(Qt::ISODate)},
                                 {QStringLiteral("text"), l.text}});
        text << QStringLiteral("%1 %2").arg(run.timeText(l.at), l.text);
    }
    run.print(array, text.join(QLatin1Char('\n')));
    return 0;
}

} // namespace sa::app::po
