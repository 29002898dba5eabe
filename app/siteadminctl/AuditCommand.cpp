#include "AuditCommand.h"

#include "CtlOptions.h"
#include "DirsyncText.h"
#include "core/directory/AuditTrail.h"
#include "core/directory/Dn.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace sa::app::ctl {

using namespace sa::core;

namespace {

constexpr int DefaultLimit = 100;

} // namespace

AuditCommand::AuditCommand()
    : CtlCommand(QStringLiteral("audit"), QStringLiteral("Who changed what in the directory, newest first"))
{
    setDetails(QStringLiteral(
        "Every object created, changed or deleted at a site is kept in its audit trail: when, the user and "
        "the program (window, siteadminctl, import, worker, dirsync), the object and the names of the "
        "attributes written, never their values. Each site keeps the trail of its own objects; the "
        "services let entries older than their days to keep go."));
    addOption({OptSince, QStringLiteral("Only changes at or after T (2026-12-01 or 2026-12-01T08:00, UTC)."),
               QStringLiteral("T")});
    addOption(
        {OptObject, QStringLiteral("Only changes of DN and of the objects below it."), QStringLiteral("DN")});
    addOption(
        {OptLimit, QStringLiteral("The newest N (default %1).").arg(DefaultLimit), QStringLiteral("N")});
}

int AuditCommand::execute(CtlRun& run)
{
    const auto limit = run.number(OptLimit, 1, DefaultLimit, QStringLiteral("a positive number"));
    if (!limit)
        return 2;
    AuditFilter filter;
    if (run.isSet(OptSince)) {
        const QString text = run.value(OptSince);
        QDateTime since = QDateTime::fromString(text, Qt::ISODate);
        if (!since.isValid()) {
            const QDate day = QDate::fromString(text, Qt::ISODate);
            if (day.isValid())
                since = day.startOfDay(Qt::UTC);
        }
        if (!since.isValid())
            return run.usage(
                QStringLiteral("--%1 takes a time like 2026-12-01 or 2026-12-01T08:00, not \"%2\"")
                    .arg(OptSince, text));
        if (since.timeSpec() == Qt::LocalTime)
            since.setTimeSpec(Qt::UTC); // a time without a zone is UTC, as the trail keeps it
        filter.since = since;
    }
    if (run.isSet(OptObject)) {
        auto dn = Dn::parse(run.value(OptObject));
        if (!dn)
            return run.fail(dn.error().message());
        filter.dnPrefix = dn->toString();
    }
    // One more than asked, to say when there were more.
    filter.limit = *limit + 1;
    auto sites = run.readableSites();
    if (!sites)
        return run.fail(sites.error().message());
    QList<std::pair<QString, AuditEntry>> all;
    for (const SiteInfo& s : sites.value()) {
        auto store = DirectoryStore::open(s.path);
        if (!store)
            return run.fail(store.error().message());
        Status read = AuditTrail::read(*store.value(), filter, [&](const AuditEntry& e) {
            all.append({s.name, e});
        });
        if (!read)
            return run.fail(read.error().message());
    }
    std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
        return a.second.at != b.second.at ? a.second.at > b.second.at : a.second.id > b.second.id;
    });
    const bool more = all.size() > *limit;
    all = all.mid(0, *limit);
    QJsonArray json;
    for (const auto& [site, e] : all) {
        if (run.json()) {
            json.append(
                QJsonObject{{QStringLiteral("site"), site},
                            {QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                            {QStringLiteral("user"), e.user},
                            {QStringLiteral("program"), e.program},
                            {QStringLiteral("action"), e.action},
                            {QStringLiteral("dn"), e.dn},
                            {QStringLiteral("guid"), e.objectGuid},
                            {QStringLiteral("class"), e.className},
                            {QStringLiteral("usn"), e.usn},
                            {QStringLiteral("changedAttributes"), QJsonArray::fromStringList(e.attributes)}});
        } else {
            run.out() << timeText(e.at) << "  " << site.leftJustified(10) << ' ' << e.user.leftJustified(10)
                      << ' ' << e.program.leftJustified(12) << ' ' << e.action.leftJustified(6) << ' '
                      << e.dn;
            if (!e.attributes.isEmpty())
                run.out() << "  " << e.attributes.join(QStringLiteral(", "));
            run.out() << '\n';
        }
    }
    if (run.json())
        run.printJson(json);
    if (more)
        run.noteOnSuccess(
            QStringLiteral("the newest %1 changes are shown; there are more (--limit N, --since T)")
                .arg(*limit));
    return 0;
}

} // namespace sa::app::ctl
