#include "FindCommand.h"

#include "AttributeAssignment.h"
#include "CtlOptions.h"
#include "app/common/JsonArrayStream.h"
#include "core/directory/ObjectFormatter.h"
#include "core/directory/Schema.h"

#include <optional>

namespace sa::app::ctl {

using namespace sa::core;

FindCommand::FindCommand()
    : CtlCommand(QStringLiteral("find"), QStringLiteral("Find recipients by attribute values"))
{
    setDetails(QStringLiteral("As Find Recipients does: the recipient's attribute must contain each text "
                              "given, case aside. Each recipient is listed once, from its own "
                              "site."));
    addArgument({QStringLiteral("ATTR=VALUE"), QStringLiteral("What to look for (Department=Sales)."),
                 CommandArgument::Count::OneOrMore});
    addOption({OptContainer, QStringLiteral("Look only in this recipients container (default: every site)."),
               QStringLiteral("DN")});
}

int FindCommand::execute(CtlRun& run)
{
    QMap<QString, QString> criteria;
    for (const QString& a : run.args()) {
        auto kv = splitAssignment(a);
        if (!kv)
            return run.usage(kv.error().message());
        if (!Schema::instance().findAttribute(kv->first))
            return run.fail(QStringLiteral("unknown attribute \"%1\"").arg(kv->first));
        criteria.insert(kv->first, kv->second);
    }
    // One site (the container's) or every site.
    QList<std::pair<QString, qint64>> where;
    if (run.isSet(OptContainer)) {
        auto named = run.storeOf(run.value(OptContainer));
        if (!named)
            return run.fail(named.error().message());
        auto container = named->store->object(named->dn);
        if (!container)
            return run.fail(container.error().message());
        where.append({named->store->path(), container->id});
    } else {
        auto sites = run.readableSites();
        if (!sites)
            return run.fail(sites.error().message());
        for (const SiteInfo& s : sites.value())
            where.append({s.path, 0});
    }
    // Page by page, each written as it is read: every match, and memory that does not grow with them.
    constexpr int PageSize = 1000;
    std::optional<JsonArrayStream> array;
    if (run.json())
        array.emplace(run.out());
    for (const auto& [path, container] : where) {
        auto store = DirectoryStore::open(path);
        if (!store)
            return run.fail(store.error().message());
        std::optional<SortPosition> after;
        for (;;) {
            auto found = store.value()->findRecipients(container, criteria, PageSize, after);
            if (!found)
                return run.fail(found.error().message());
            for (const DirectoryObject& o : found.value()) {
                if (o.isReplica() && where.size() > 1)
                    continue; // searching every site: each recipient once, from its own site
                if (array)
                    array->append(ObjectFormatter::toJson(o, false));
                else
                    run.out() << o.displayName() << QStringLiteral("  ") << o.dn.toString() << '\n';
            }
            if (found->size() < PageSize)
                break;
            after = SortPosition::of(found->last());
        }
    }
    return 0;
}

} // namespace sa::app::ctl
