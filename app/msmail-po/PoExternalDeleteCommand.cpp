#include "PoExternalDeleteCommand.h"

#include "core/msmail/ExternalStore.h"

#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoExternalDeleteCommand::PoExternalDeleteCommand()
    : PoCommand(QStringLiteral("external delete"), QStringLiteral("Delete an External instance"))
{
    addArgument({QStringLiteral("NAME"), QStringLiteral("The External instance.")});
}

int PoExternalDeleteCommand::execute(PoRun& run)
{
    const QString dir = run.orgDir();
    const QString name = run.arg(0);
    const QString verb = QStringLiteral("delete");
    if (Status s = ExternalStore::remove(dir, name); !s)
        return run.fail(s.error().message());
    run.print(QJsonObject{{QStringLiteral("name"), name.toUpper()}, {QStringLiteral("done"), verb}},
              QStringLiteral("Deleted the External %1").arg(name.toUpper()));
    return 0;
}

} // namespace sa::app::po
