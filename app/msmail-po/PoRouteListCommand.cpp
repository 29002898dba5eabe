#include "PoRouteListCommand.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoRouteListCommand::PoRouteListCommand()
    : PoCommand(QStringLiteral("route list"), QStringLiteral("How a postoffice reaches the others"))
{
    addPostofficeArgument();
}

int PoRouteListCommand::execute(PoRun& run)
{
    auto po = run.postoffice(run.arg(0));
    if (!po)
        return run.fail(po.error().message());
    auto routes = po.value()->routes();
    if (!routes)
        return run.fail(routes.error().message());
    QJsonArray array;
    QStringList lines;
    for (const PoRoute& r : routes.value()) {
        array.append(QJsonObject{
            {QStringLiteral("postoffice"), r.target},
            {QStringLiteral("type"), r.via.isEmpty() ? QStringLiteral("direct") : QStringLiteral("indirect")},
            {QStringLiteral("via"), r.via}});
        lines << (r.via.isEmpty() ? QStringLiteral("%1  direct").arg(r.target, -21)
                                  : QStringLiteral("%1  indirect via %2").arg(r.target, -21).arg(r.via));
    }
    run.print(array, lines.join(QLatin1Char('\n')));
    return 0;
}

} // namespace sa::app::po
