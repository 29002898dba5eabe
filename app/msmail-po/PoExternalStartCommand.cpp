#include "PoExternalStartCommand.h"

#include "core/msmail/ExternalStore.h"

#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoExternalStartCommand::PoExternalStartCommand(const QString& verb)
    : PoCommand(QStringLiteral("external ") + verb, verb == QLatin1String("start")
                                                        ? QStringLiteral("Let it carry mail")
                                                        : QStringLiteral("Stop it carrying mail")),
      m_verb(verb)
{
    addArgument({QStringLiteral("NAME"), QStringLiteral("The External instance.")});
}

int PoExternalStartCommand::execute(PoRun& run)
{
    auto e = ExternalStore::open(run.orgDir(), run.arg(0));
    if (!e)
        return run.fail(e.error().message());
    const bool start = m_verb == QLatin1String("start");
    if (Status s = e.value()->setStarted(start); !s)
        return run.fail(s.error().message());
    run.print(QJsonObject{{QStringLiteral("name"), e.value()->name()}, {QStringLiteral("running"), start}},
              QStringLiteral("The External %1 is %2")
                  .arg(e.value()->name(), start ? QStringLiteral("started") : QStringLiteral("stopped")));
    return 0;
}

} // namespace sa::app::po
