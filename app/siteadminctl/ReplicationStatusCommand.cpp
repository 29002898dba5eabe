#include "ReplicationStatusCommand.h"

#include "CtlOptions.h"
#include "core/transport/ReplicationByMail.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sa::app::ctl {

using namespace sa::core;

ReplicationStatusCommand::ReplicationStatusCommand()
    : CtlCommand(QStringLiteral("replication status"),
                 QStringLiteral("Whether the sites on other machines answer directory replication"))
{
    setDetails(QStringLiteral(
        "For each site of the folder, each site it replicates with by mail (a Directory Replication "
        "Connector to a site on another machine, over an Internet Mail Service): when it last answered, "
        "and since when a request has waited for its answer. A request unanswered for 5 minutes is "
        "overdue: it is sent again, event 1402 says so, and the line ends in [overdue]."));
    addOption({OptServer, QStringLiteral("Only the site of this server."), QStringLiteral("SERVER")});
}

int ReplicationStatusCommand::execute(CtlRun& run)
{
    auto chosen = run.sitesOfServerOption();
    if (!chosen)
        return run.fail(chosen.error().message());
    QJsonArray array;
    QStringList lines;
    const auto iso = [](const QDateTime& t) {
        return t.isValid() ? t.toString(Qt::ISODate) : QString();
    };
    for (const SiteInfo& site : chosen.value()) {
        auto store = DirectoryStore::open(site.path);
        if (!store)
            return run.fail(store.error().message());
        auto states = ReplicationByMail(*store.value(), run.orgDir()).states();
        if (!states)
            return run.fail(states.error().message());
        for (const ReplicationMailState& s : states.value()) {
            array.append(QJsonObject{{QStringLiteral("site"), site.name},
                                     {QStringLiteral("remoteSite"), s.site},
                                     {QStringLiteral("lastAnswer"), iso(s.lastAnswer)},
                                     {QStringLiteral("lastAsked"), iso(s.lastAsked)},
                                     {QStringLiteral("askedSince"), iso(s.askedSince)},
                                     {QStringLiteral("overdue"), s.overdue}});
            lines << QStringLiteral("%1: %2%3")
                         .arg(site.name, s.text(), s.overdue ? QStringLiteral(" [overdue]") : QString());
        }
    }
    if (lines.isEmpty())
        lines << QStringLiteral("No site of this folder replicates with a site on another machine.");
    run.print(array, lines.join(QLatin1Char('\n')));
    return run.finish(0);
}

} // namespace sa::app::ctl
