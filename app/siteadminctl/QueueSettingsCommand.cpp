#include "QueueSettingsCommand.h"

#include "CtlOptions.h"
#include "core/transport/SiteTransport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sa::app::ctl {

using namespace sa::core;

QueueSettingsCommand::QueueSettingsCommand()
    : CtlCommand(QStringLiteral("queue settings"),
                 QStringLiteral("Show or set how long a message may wait for its next hop"))
{
    addOption({OptServer, QStringLiteral("The server whose site's MTA it is (needed to set)."),
               QStringLiteral("SERVER")});
    addOption({OptUndeliverable,
               QStringLiteral("Seconds a message may wait for an unavailable next hop before it is returned "
                              "(default 86400)."),
               QStringLiteral("N")});
}

int QueueSettingsCommand::execute(CtlRun& run)
{
    const auto undeliverable =
        run.number(OptUndeliverable, 1, 0, QStringLiteral("a whole number of seconds above 0"));
    if (!undeliverable)
        return 2;
    auto chosen = run.sitesOfServerOption();
    if (!chosen)
        return run.fail(chosen.error().message());
    if (*undeliverable > 0 && chosen->size() > 1)
        return run.usage(
            QStringLiteral("queue settings needs --server (each of the %1 sites has its own queue)")
                .arg(chosen->size()));
    QJsonArray array;
    QStringList lines;
    for (const SiteInfo& site : chosen.value()) {
        auto store = DirectoryStore::open(site.path);
        if (!store)
            return run.fail(store.error().message());
        SiteTransport mta(*store.value(), run.orgDir());
        if (*undeliverable > 0) {
            if (Status s = mta.setUndeliverableAfter(*undeliverable); !s)
                return run.fail(s.error().message());
        }
        array.append(QJsonObject{{QStringLiteral("site"), site.name},
                                 {QStringLiteral("undeliverableAfter"), mta.undeliverableAfter()}});
        lines << QStringLiteral("Site %1: a message waiting for an unavailable next hop is returned after %2 "
                                "second(s)")
                     .arg(site.name)
                     .arg(mta.undeliverableAfter());
    }
    if (run.json())
        run.printJson(array);
    else
        run.out() << lines.join(QLatin1Char('\n')) << Qt::endl;
    return 0;
}

} // namespace sa::app::ctl
