#include "PoSettingsCommand.h"

#include "PoOptions.h"
#include "core/msmail/PostofficeQueue.h"

#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoSettingsCommand::PoSettingsCommand()
    : PoCommand(QStringLiteral("settings"),
                QStringLiteral("Show or set how long mail may wait for its next hop"))
{
    addPostofficeArgument();
    addOption(
        {OptUndeliverable,
         QStringLiteral("Seconds outbound mail may wait for its next hop before it is returned (default "
                        "86400)."),
         QStringLiteral("N")});
}

int PoSettingsCommand::execute(PoRun& run)
{
    const auto undeliverable =
        run.number(OptUndeliverable, 1, 0, QStringLiteral("a whole number of seconds above 0"));
    if (!undeliverable)
        return 2;
    auto po = run.postoffice(run.arg(0));
    if (!po)
        return run.fail(po.error().message());
    if (*undeliverable > 0) {
        if (Status s = PostofficeQueue(*po.value()).setUndeliverableAfter(*undeliverable); !s)
            return run.fail(s.error().message());
    }
    run.print(QJsonObject{{QStringLiteral("postoffice"), po.value()->name()},
                          {QStringLiteral("undeliverableAfter"),
                           PostofficeQueue(*po.value()).undeliverableAfter()}},
              QStringLiteral("%1: outbound mail is returned after %2 second(s) waiting for its next hop")
                  .arg(po.value()->name())
                  .arg(PostofficeQueue(*po.value()).undeliverableAfter()));
    return 0;
}

} // namespace sa::app::po
