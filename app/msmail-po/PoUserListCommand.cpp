#include "PoUserListCommand.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoUserListCommand::PoUserListCommand()
    : PoCommand(QStringLiteral("user list"), QStringLiteral("A postoffice's users"))
{
    addPostofficeArgument();
}

int PoUserListCommand::execute(PoRun& run)
{
    auto po = run.postoffice(run.arg(0));
    if (!po)
        return run.fail(po.error().message());
    auto users = po.value()->users();
    if (!users)
        return run.fail(users.error().message());
    QJsonArray array;
    QStringList lines;
    for (const PoUser& u : users.value()) {
        QJsonObject f;
        for (auto it = u.fields.constBegin(); it != u.fields.constEnd(); ++it)
            f.insert(it.key(), it.value());
        array.append(QJsonObject{{QStringLiteral("mailbox"), u.mailbox},
                                 {QStringLiteral("name"), u.fullName},
                                 {QStringLiteral("fields"), f}});
        lines << QStringLiteral("%1  %2").arg(u.mailbox, -10).arg(u.fullName);
    }
    run.print(array, lines.join(QLatin1Char('\n')));
    return 0;
}

} // namespace sa::app::po
