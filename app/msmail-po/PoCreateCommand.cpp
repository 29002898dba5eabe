#include "PoCreateCommand.h"

#include "PoOptions.h"

#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoCreateCommand::PoCreateCommand()
    : PoCommand(QStringLiteral("create"), QStringLiteral("Create a postoffice"))
{
    addPostofficeArgument(
        QStringLiteral("The new postoffice (NETWORK/POSTOFFICE, each at most 10 characters)."));
    addPasswordOption(OptPassword, QStringLiteral("The postoffice's administrator password"));
}

int PoCreateCommand::execute(PoRun& run)
{
    auto password = run.password(OptPassword);
    if (!password)
        return run.fail(password.error().message());
    auto po = PostofficeStore::create(run.orgDir(), run.arg(0), password.value());
    if (!po)
        return run.fail(po.error().message());
    run.print(QJsonObject{{QStringLiteral("postoffice"), po.value()->name()}},
              QStringLiteral("Created postoffice %1").arg(po.value()->name()));
    return 0;
}

} // namespace sa::app::po
