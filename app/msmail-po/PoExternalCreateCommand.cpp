#include "PoExternalCreateCommand.h"

#include "PoOptions.h"
#include "core/msmail/ExternalStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoExternalCreateCommand::PoExternalCreateCommand()
    : PoCommand(QStringLiteral("external create"),
                QStringLiteral("An MS Mail External carrying mail between postoffices"))
{
    addArgument({QStringLiteral("NAME"), QStringLiteral("The External instance.")});
    addRequiredOption({OptServe, QStringLiteral("A postoffice it serves (repeatable, or NET/PO,NET/PO)."),
                       QStringLiteral("NET/PO")});
    addOption({OptEvery, QStringLiteral("Run every N seconds (default 0: whenever the services work)."),
               QStringLiteral("N")});
}

int PoExternalCreateCommand::execute(PoRun& run)
{
    const QString dir = run.orgDir();
    QStringList served;
    for (const QString& v : run.values(OptServe))
        served << v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (served.isEmpty())
        return run.usage(
            QStringLiteral("external create needs --serve NET/PO for each postoffice it serves"));
    const auto every = run.number(OptEvery, 0, 0, QStringLiteral("a whole number of seconds"));
    if (!every)
        return 2;
    auto e = ExternalStore::create(dir, run.arg(0), served, *every);
    if (!e)
        return run.fail(e.error().message());
    run.print(
        QJsonObject{{QStringLiteral("name"), e.value()->name()},
                    {QStringLiteral("postoffices"), QJsonArray::fromStringList(e.value()->postoffices())}},
        QStringLiteral("Created the External %1 serving %2")
            .arg(e.value()->name(), e.value()->postoffices().join(QStringLiteral(", "))));
    return 0;
}

} // namespace sa::app::po
