#include "PoRouteSetCommand.h"

#include "PoOptions.h"

#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoRouteSetCommand::PoRouteSetCommand(const QString& verb)
    : PoCommand(QStringLiteral("route ") + verb,
                verb == QLatin1String("direct")     ? QStringLiteral("Reach a postoffice directly")
                : verb == QLatin1String("indirect") ? QStringLiteral("Reach a postoffice through another")
                                                    : QStringLiteral("Remove the route to a postoffice")),
      m_verb(verb)
{
    addPostofficeArgument();
    addArgument({QStringLiteral("NET2/PO2"), QStringLiteral("The postoffice the route leads to.")});
    if (verb == QLatin1String("indirect"))
        addRequiredOption({OptVia, QStringLiteral("The directly reached postoffice to go through."),
                           QStringLiteral("NET/PO")});
}

int PoRouteSetCommand::execute(PoRun& run)
{
    auto po = run.postoffice(run.arg(0));
    if (!po)
        return run.fail(po.error().message());
    const QString target = run.arg(1);
    const Status s = m_verb == QLatin1String("remove")   ? po.value()->removeRoute(target)
                     : m_verb == QLatin1String("direct") ? po.value()->setRoute(target)
                                                         : po.value()->setRoute(target, run.value(OptVia));
    if (!s)
        return run.fail(s.error().message());
    run.print(
        QJsonObject{{QStringLiteral("postoffice"), target.toUpper()}, {QStringLiteral("done"), m_verb}},
        QStringLiteral("%1: route to %2 %3")
            .arg(po.value()->name(), target.toUpper(),
                 m_verb == QLatin1String("remove") ? QStringLiteral("removed") : QStringLiteral("set")));
    return 0;
}

} // namespace sa::app::po
