#include "DirsyncLate.h"

#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/msmail/PostofficeQueue.h"
#include "core/msmail/PostofficeStore.h"
#include "core/transport/ImsQueue.h"
#include "core/transport/SiteTransport.h"

#include <QStringList>

namespace sa::core::DirsyncLate {

namespace {

QString plain(const QString& a)
{
    return a.startsWith(QLatin1String("MS:"), Qt::CaseInsensitive) ? a.mid(3) : a;
}

bool isFrom(const Message& m, const QString& address)
{
    return plain(m.from).compare(plain(address), Qt::CaseInsensitive) == 0;
}

/// The postoffice (NET/PO) of an MS Mail address.
QString postofficeOf(const QString& address)
{
    return plain(address).section(QLatin1Char('/'), 0, 1);
}

} // namespace

Phrases waiting(const Organization& organization, const QString& address)
{
    Phrases found;
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
                      ? Phrase::tr("%1 message(s) from it wait at %2 for %3 since %4%5")
                            .arg(n)
                            .arg(name, first.nextHop,
                                 first.queuedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                 first.reason.isEmpty() ? QString() : QStringLiteral(": ") + first.reason)
                      : Phrase::tr("%1 message(s) from it wait at %2 to be dispatched").arg(n).arg(name));
    }
    auto sites = organization.sites();
    for (const SiteInfo& site : sites ? sites.value() : QList<SiteInfo>()) {
        auto store = DirectoryStore::open(site.path);
        if (!store)
            continue;
        // Between machines: what waits at an Internet Mail Service, to the requestor or from it.
        if (auto ims = ImsQueue(*store.value()).all()) {
            int n = 0;
            ImsQueued first;
            for (const ImsQueued& q : ims.value()) {
                if ((isFrom(q.message, address) ||
                     plain(q.message.to).compare(plain(address), Qt::CaseInsensitive) == 0) &&
                    n++ == 0)
                    first = q;
            }
            if (n > 0)
                found << Phrase::tr("%1 message(s) to or from it wait at site %2's Internet Mail Service "
                                    "for site %3%4")
                             .arg(n)
                             .arg(site.name, first.site,
                                  first.reason.isEmpty() ? QString() : QStringLiteral(": ") + first.reason);
        }
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
                      ? Phrase::tr("%1 message(s) from it are held in site %2's MTA queue: %3")
                            .arg(n)
                            .arg(site.name, first.reason)
                      : Phrase::tr("%1 message(s) from it wait in site %2's MTA queue (%3 attempt(s))")
                            .arg(n)
                            .arg(site.name)
                            .arg(first.attempts));
    }
    // Its postoffice on another machine: its mail comes through the Internet Mail Service, and the
    // other machine's queues are not seen from here.
    const QString po = postofficeOf(address);
    bool siteHere = false; // a site requestor of this folder (its shadow postoffice)
    for (const SiteInfo& site : sites ? sites.value() : QList<SiteInfo>())
        siteHere = siteHere || SiteTransport::shadowPostoffice(organization.name(), site.name)
                                       .compare(po, Qt::CaseInsensitive) == 0;
    if (found.isEmpty() && !po.isEmpty() && !siteHere &&
        !PostofficeStore::list(organization.dir()).contains(po, Qt::CaseInsensitive))
        found << Phrase::tr("%1 is not in this folder: its mail comes from another machine through the "
                            "Internet Mail Service (see replication status and the IMS queues there)")
                     .arg(po);
    return found;
}

QString whereWaiting(const Organization& organization, const QString& address)
{
    return englishOf(waiting(organization, address)).join(QStringLiteral("; "));
}

} // namespace sa::core::DirsyncLate
