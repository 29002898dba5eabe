#include "PoExternalRunCommand.h"

#include "core/msmail/ExternalCarrier.h"

#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoExternalRunCommand::PoExternalRunCommand()
    : PoCommand(QStringLiteral("external run"),
                QStringLiteral("Carry what waits between its postoffices now"))
{
    addArgument({QStringLiteral("NAME"), QStringLiteral("The External instance.")});
}

int PoExternalRunCommand::execute(PoRun& run)
{
    const QString dir = run.orgDir();
    const QString name = run.arg(0);
    auto report = ExternalCarrier(dir).runInstance(name);
    if (!report)
        return run.fail(report.error().message());
    run.print(
        QJsonObject{{QStringLiteral("name"), name.toUpper()}, {QStringLiteral("carried"), report->carried}},
        QStringLiteral("The External %1 carried %2 message(s)").arg(name.toUpper()).arg(report->carried));
    return 0;
}

} // namespace sa::app::po
