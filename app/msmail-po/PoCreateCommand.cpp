#include "PoCreateCommand.h"

#include "PoOptions.h"
#include "core/common/PasswordRule.h"

#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoCreateCommand::PoCreateCommand()
    : PoCommand(QStringLiteral("create"), QStringLiteral("Create a postoffice"))
{
    addPostofficeArgument(
        QStringLiteral("The new postoffice (NETWORK/POSTOFFICE, each at most 10 characters)."));
    addPasswordOption(OptPassword,
                      QStringLiteral("The postoffice's administrator password (at least %1 characters; "
                                     "asked for when standard input is a terminal)")
                          .arg(PasswordRule::MinimumLength));
}

int PoCreateCommand::execute(PoRun& run)
{
    // The name first: nobody types a password to learn that the name is wrong.
    auto name = PostofficeStore::parseName(run.arg(0));
    if (!name)
        return run.fail(name.error().message());
    if (PostofficeStore::exists(run.orgDir(), run.arg(0)))
        return run.fail(QStringLiteral("the postoffice %1/%2 already exists").arg(name->first, name->second));
    // MS Mail made the administrator account with the postoffice; a postoffice nobody may sign in
    // to administer is not made.
    auto password = run.requiredPassword(OptPassword, QStringLiteral("Administrator password: "),
                                         QStringLiteral("the postoffice's administrator password"));
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
