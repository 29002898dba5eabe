#include "EventsCommand.h"

#include "CtlOptions.h"
#include "DirsyncText.h"
#include "core/directory/EventLog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace sa::app::ctl {

using namespace sa::core;

EventsCommand::EventsCommand()
    : CtlCommand(QStringLiteral("events"), QStringLiteral("The event log of every site, newest first"))
{
    setDetails(QStringLiteral("What the services logged, as the Windows NT event log held it: time, site, "
                              "type, source, event ID and text. How much is logged is set on the services' "
                              "Diagnostics Logging pages."));
    addOption({OptLimit, QStringLiteral("The newest N (default 20)."), QStringLiteral("N")});
}

int EventsCommand::execute(CtlRun& run)
{
    const auto limit = run.number(OptLimit, 1, 20, QStringLiteral("a positive number"));
    if (!limit)
        return 2;
    const int n = *limit;
    auto sites = run.readableSites();
    if (!sites)
        return run.fail(sites.error().message());
    QList<std::pair<QString, EventRecord>> all;
    for (const SiteInfo& s : sites.value()) {
        auto store = DirectoryStore::open(s.path);
        if (!store)
            return run.fail(store.error().message());
        auto events = EventLog::recent(*store.value(), n);
        if (!events)
            return run.fail(events.error().message());
        for (const EventRecord& e : events.value())
            all.append({s.name, e});
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const auto& a, const auto& b) { return a.second.at > b.second.at; });
    all = all.mid(0, n);
    QJsonArray json;
    for (const auto& [site, e] : all) {
        json.append(QJsonObject{{QStringLiteral("site"), site},
                                {QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                                {QStringLiteral("source"), e.source},
                                {QStringLiteral("type"), e.level},
                                {QStringLiteral("category"), e.category},
                                {QStringLiteral("eventId"), e.eventId},
                                {QStringLiteral("text"), e.text}});
        if (!run.json())
            run.out() << timeText(e.at) << "  " << site.leftJustified(10) << ' ' << e.level.leftJustified(11)
                      << ' ' << e.source << ' ' << e.eventId << "  " << e.text << Qt::endl;
    }
    if (run.json())
        run.printJson(json);
    return 0;
}

} // namespace sa::app::ctl
