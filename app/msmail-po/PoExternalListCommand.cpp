#include "PoExternalListCommand.h"

#include "core/msmail/ExternalCarrier.h"
#include "core/msmail/ExternalStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoExternalListCommand::PoExternalListCommand()
    : PoCommand(QStringLiteral("external list"),
                QStringLiteral("The External instances and what waits for them"))
{
}

int PoExternalListCommand::execute(PoRun& run)
{
    const QString dir = run.orgDir();
    QJsonArray array;
    QStringList lines;
    for (const QString& name : ExternalStore::list(dir)) {
        auto e = ExternalStore::open(dir, name);
        if (!e)
            return run.fail(e.error().message());
        auto waiting = ExternalCarrier(dir).queueOf(name);
        if (!waiting)
            return run.fail(waiting.error().message());
        const ExternalStore& x = *e.value();
        array.append(QJsonObject{{QStringLiteral("name"), x.name()},
                                 {QStringLiteral("postoffices"), QJsonArray::fromStringList(x.postoffices())},
                                 {QStringLiteral("every"), x.interval()},
                                 {QStringLiteral("running"), x.isStarted()},
                                 {QStringLiteral("lastRun"), x.lastRun().toString(Qt::ISODate)},
                                 {QStringLiteral("waiting"), int(waiting->size())}});
        lines << QStringLiteral("%1  %2  %3  %4  last run %5  %6 waiting")
                     .arg(x.name(), -10)
                     .arg(x.isStarted() ? QStringLiteral("started") : QStringLiteral("stopped"), -7)
                     .arg(x.interval() == 0 ? QStringLiteral("whenever the services work")
                                            : QStringLiteral("every %1 s").arg(x.interval()))
                     .arg(x.postoffices().join(QStringLiteral(", ")), run.timeText(x.lastRun()))
                     .arg(waiting->size());
    }
    run.print(array, lines.isEmpty() ? QStringLiteral("No External instances: mail between postoffices is "
                                                      "carried by the default External.")
                                     : lines.join(QLatin1Char('\n')));
    return 0;
}

} // namespace sa::app::po
