#include "DirsyncLate.h"

#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/msmail/PostofficeQueue.h"
#include "core/msmail/PostofficeStore.h"
#include "core/transport/SiteTransport.h"

#include <QStringList>

namespace sa::core::DirsyncLate {

namespace {

bool isFrom(const Message& m, const QString& address)
{
    const auto plain = [](QString a) {
        return a.startsWith(QLatin1String("MS:"), Qt::CaseInsensitive) ? a.mid(3) : a;
    };
    return plain(m.from).compare(plain(address), Qt::CaseInsensitive) == 0;
}

} // namespace

QString whereWaiting(const Organization& organization, const QString& address)
{
    QStringList found;
    for (const QString& name : PostofficeStore::list(organization.dir())) {
        auto po = PostofficeStore::open(organization.dir(), name);
        if (!po)
            continue;
        auto queued = PostofficeQueue(*po.value()).queued();
        if (!queued)
            continue;
        int n = 0;
        PoQueued first;
        for (const PoQueued& q : queued.value()) {
            if (isFrom(q.message, address) && n++ == 0)
                first = q;
        }
        if (n == 0)
            continue;
        found << (first.direction == QLatin1String("out")
                      ? QStringLiteral("%1 message(s) from it wait at %2 for %3 since %4%5")
                            .arg(n)
                            .arg(name, first.nextHop,
                                 first.queuedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                 first.reason.isEmpty() ? QString() : QStringLiteral(": ") + first.reason)
                      : QStringLiteral("%1 message(s) from it wait at %2 to be dispatched").arg(n).arg(name));
    }
    auto sites = organization.sites();
    for (const SiteInfo& site : sites ? sites.value() : QList<SiteInfo>()) {
        auto store = DirectoryStore::open(site.path);
        if (!store)
            continue;
        auto queued = MtaQueue(*store.value()).all();
        if (!queued)
            continue;
        int n = 0;
        QueuedMessage first;
        for (const QueuedMessage& q : queued.value()) {
            if (isFrom(q.message, address) && n++ == 0)
                first = q;
        }
        if (n == 0)
            continue;
        found << (first.state == QLatin1String("held")
                      ? QStringLiteral("%1 message(s) from it are held in site %2's MTA queue: %3")
                            .arg(n)
                            .arg(site.name, first.reason)
                      : QStringLiteral("%1 message(s) from it wait in site %2's MTA queue (%3 attempt(s))")
                            .arg(n)
                            .arg(site.name)
                            .arg(first.attempts));
    }
    return found.join(QStringLiteral("; "));
}

} // namespace sa::core::DirsyncLate
