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
    addOption(
        {OptPassword, QStringLiteral("The postoffice's administrator password."), QStringLiteral("PW")});
}

int PoCreateCommand::execute(PoRun& run)
{
    auto po = PostofficeStore::create(run.orgDir(), run.arg(0), run.value(OptPassword));
    if (!po)
        return run.fail(po.error().message());
    run.print(QJsonObject{{QStringLiteral("postoffice"), po.value()->name()}},
              QStringLiteral("Created postoffice %1").arg(po.value()->name()));
    return 0;
}

} // namespace sa::app::po
