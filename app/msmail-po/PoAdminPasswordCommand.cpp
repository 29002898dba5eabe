#include "PoAdminPasswordCommand.h"

#include "PoOptions.h"
#include "core/common/PasswordRule.h"
#include "core/msmail/PostofficeAdmin.h"
#include "core/msmail/PostofficeStore.h"

#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoAdminPasswordCommand::PoAdminPasswordCommand()
    : PoCommand(QStringLiteral("admin-password"),
                QStringLiteral("Change a postoffice's administrator password"))
{
    addPostofficeArgument();
    addPasswordOption(OptPassword,
                      QStringLiteral("The current administrator password (asked for when standard "
                                     "input is a terminal)"));
    addPasswordOption(
        OptNewPassword,
        QStringLiteral("The new administrator password, at least %1 characters (asked for twice "
                       "when standard input is a terminal)")
            .arg(PasswordRule::MinimumLength));
}

int PoAdminPasswordCommand::execute(PoRun& run)
{
    auto po = run.postoffice(run.arg(0));
    if (!po)
        return run.fail(po.error().message());
    PostofficeAdmin admin(*po.value());
    auto has = admin.hasPassword();
    if (!has)
        return run.fail(has.error().message());
    if (has.value()) {
        auto current = run.password(OptPassword, QStringLiteral("Current administrator password: "),
                                    CommandRun::Typed::Once);
        if (!current)
            return run.fail(current.error().message());
        auto right = admin.passwordIs(current.value());
        if (!right)
            return run.fail(right.error().message());
        if (!right.value())
            return run.fail(
                QStringLiteral("the administrator password of %1 is not right; nothing was changed")
                    .arg(po.value()->name()));
    }
    auto fresh = run.requiredPassword(OptNewPassword, QStringLiteral("New administrator password: "),
                                      QStringLiteral("the new administrator password"));
    if (!fresh)
        return run.fail(fresh.error().message());
    if (Status s = admin.setPassword(fresh.value()); !s)
        return run.fail(s.error().message());
    run.print(QJsonObject{{QStringLiteral("postoffice"), po.value()->name()},
                          {QStringLiteral("adminPasswordChanged"), true}},
              QStringLiteral("Changed the administrator password of %1").arg(po.value()->name()));
    return 0;
}

} // namespace sa::app::po
