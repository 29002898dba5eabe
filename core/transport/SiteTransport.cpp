#include "SiteTransport.h"

#include "ImsQueue.h"
#include "InternetMailService.h"
#include "ReplicationByMail.h"
#include "SiteMail.h"
#include "core/common/Clock.h"
#include "core/common/SqlText.h"
#include "core/directory/AddressSyntax.h"
#include "core/directory/ConnectorValues.h"
#include "core/directory/DirectoryLookup.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/EventLog.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/message/MessageRow.h"
#include "core/message/SeenIds.h"
#include "core/msmail/PostofficeQueue.h"
#include "core/msmail/PostofficeStore.h"
#include "core/services/Services.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace sa::core {

SiteTransport::SiteTransport(DirectoryStore& store, QString orgDir)
    : m_store(store), m_orgDir(std::move(orgDir))
{
}

QString SiteTransport::shadowPostoffice(const QString& organization, const QString& site)
{
    return AddressSyntax::msMailName(organization) + QLatin1Char('/') + AddressSyntax::msMailName(site);
}

QString SiteTransport::requestorAddress() const
{
    return QStringLiteral("MS:%1/SYSTEM1")
        .arg(shadowPostoffice(m_store.organizationName(), m_store.siteName()));
}

QString SiteTransport::systemAddress() const
{
    return QStringLiteral("MS:%1/$SYSTEM")
        .arg(shadowPostoffice(m_store.organizationName(), m_store.siteName()));
}

Status SiteTransport::logEvent(const QString& source, const QString& level, int id, const QString& eventText)
{
    return m_store.write(
        [&](DirectoryWriter& w) { return EventLog::write(w, source, level, id, eventText); });
}

Result<bool> SiteTransport::accept(const Message& m)
{
    auto n = accept(QList<Message>{m});
    if (!n)
        return n.error();
    return n.value() == 1;
}

Result<int> SiteTransport::accept(const QList<Message>& messages)
{
    int fresh = 0;
    const Status s = m_store.write([&](DirectoryWriter& w) -> Status {
        auto taken = SeenIds(w.store().connection(), QStringLiteral("mta_seen"))
                         .takeInAll(messages, [&w](const Message& m) { return MtaQueue::takeIn(w, m); });
        if (!taken)
            return taken.error();
        fresh = taken.value();
        return {};
    });
    if (!s)
        return s.error();
    return fresh;
}

Route SiteTransport::route(const Message& m) const
{
    return MailRouter(m_store).route(m);
}

Status SiteTransport::hold(qint64 seq, const Message& m, const QString& reason)
{
    return m_store.write([&](DirectoryWriter& w) -> Status {
        if (Status s = MtaQueue::hold(w, seq, reason); !s)
            return s;
        // [U] event ids: ours, in the MTA's range.
        return EventLog::write(w, QStringLiteral("MSExchangeMTA"), QStringLiteral("Error"), 1002,
                               QStringLiteral("Message %1 was set aside: %2").arg(m.id, reason));
    });
}

bool SiteTransport::anyMtaRunning() const
{
    auto servers = m_store.subtree(SiteBuilder::serversDn(m_store.organizationName(), m_store.siteName()), 1,
                                   QStringLiteral("server"));
    if (!servers)
        return false;
    for (const DirectoryObject& s : servers.value()) {
        if (Services::isRunning(m_store, s.rdn(), Services::Mta))
            return true;
    }
    return false;
}

Result<int> SiteTransport::routeQueue(const SiteLookup& sites)
{
    if (!anyMtaRunning())
        return 0;
    // In batches by sequence, so that mail waiting for a stopped connector MTA does not hold up
    // the mail behind it.
    int moved = 0;
    qint64 after = 0;
    for (;;) {
        auto batch = routeBatch(sites, after, &moved);
        if (!batch)
            return batch.error();
        if (batch.value() == 0)
            return moved;
    }
}

Result<int> SiteTransport::routeBatch(const SiteLookup& sites, qint64& after, int* moved)
{
    // 500 messages, or fewer when they pass 8 M characters together: what a batch holds in memory
    // stays bounded whatever the directory's size (a full dirsync reply is about 65 characters a
    // recipient).
    auto waitingNow = MtaQueue(m_store).waitingAfter(after, 500, 8 * 1024 * 1024);
    MailRouter router(m_store); // the configuration read once for the batch
    if (!waitingNow)
        return waitingNow.error();
    QList<std::pair<qint64, Message>> work;
    QSet<qint64> expired; // waited longer than undeliverableAfter() for their next hop
    const int limit = undeliverableAfter();
    const QDateTime cutoff = Clock::nowUtc().addSecs(-limit);
    for (QueuedMessage& q : waitingNow.value()) { // moved: a Message copied per hop was a twentieth
        if (q.queuedAt < cutoff)
            expired.insert(q.seq);
        work.append({q.seq, std::move(q.message)});
    }
    QMap<QString, QList<std::pair<qint64, Message>>> toPostoffices; // by NET/PO
    QMap<QString, QList<std::pair<qint64, Message>>> toSites;       // by site name
    QMap<QString, QList<std::pair<qint64, Message>>> toInternet;    // by site over an IMS; "": the Internet
    QMap<QString, QList<qint64>> waiting; // tried, their next hop unavailable: by why
    struct Local
    {
        qint64 seq;
        Message message;
        QString owner;
    };
    QList<Local> toLocal; // to mailboxes of this site
    // What waited too long for its next hop goes back to its sender with the reason it waited.
    const auto giveBack = [this, limit](qint64 seq, const Message& m, const QString& why) {
        return m_store.write([&](DirectoryWriter& w) -> Status {
            return returnToSender(
                w, seq, m, QStringLiteral("not delivered within %1 second(s): %2").arg(limit).arg(why));
        });
    };
    // Into the queue of the Internet Mail Service `link` names, for `site` (empty: the Internet), or
    // back to its sender when the service's Delivery Restrictions refuse it (`s` then says how that went).
    const auto atIms = [this, &toInternet](const InternetMailService& ims,
                                           const InternetMailService::Link& link, const QString& site,
                                           qint64 seq, const Message& m, Status* s) {
        if (const QString refused = ims.refusal(link, m); !refused.isEmpty()) {
            *s = m_store.write(
                [&](DirectoryWriter& w) -> Status { return returnToSender(w, seq, m, refused); });
            return false;
        }
        Message next = m;
        next.hops += 1;
        toInternet[site].append({seq, next});
        return true;
    };
    const auto damaged = [](const Message& m) {
        return m.id.isEmpty() || m.to.isEmpty() || !m.submitted.isValid();
    };
    // Where each goes, looked up in one read transaction: each look-up on its own took and let go
    // the database's read lock (a fifth of carrying mail was those fcntl calls, issue 18).
    QHash<qint64, Route> routes;
    if (Status s = m_store.read([&]() -> Status {
            for (const auto& [seq, m] : work) {
                if (!damaged(m) && m.hops < MaxHops)
                    routes.insert(seq, router.route(m));
            }
            return {};
        });
        !s)
        return s.error();
    for (auto& item : work) {
        const qint64 seq = item.first; // named, not bound: lambdas capture them (C++17)
        Message& m = item.second;      // moved on where it is handed on: nothing reads it after
        after = seq;
        if (damaged(m)) {
            if (Status s = hold(seq, m, QStringLiteral("the message is damaged (no id, recipient or date)"));
                !s)
                return s.error();
            continue;
        }
        if (m.hops >= MaxHops) { // round and round between sites or connectors: MS Mail's [004]
            if (Status s = m_store.write([&](DirectoryWriter& w) -> Status {
                    return returnToSender(w, seq, m, QStringLiteral("[004] Message circular route detected"));
                });
                !s)
                return s.error();
            ++*moved;
            continue;
        }
        const Route r = routes.value(seq);
        Status s;
        switch (r.kind) { // the hand-overs to postoffices and sites are gathered, then made below
        case Route::Kind::Local:
            if (!router.delivers(r.server)) { // its home server's MTA is stopped: it waits for it
                const QString why =
                    QStringLiteral("the %1 on %2 is not running").arg(Services::Mta, r.server);
                if (!expired.contains(seq)) {
                    waiting[why] << seq;
                    continue;
                }
                s = giveBack(seq, m, why);
                break;
            }
            toLocal.append({seq, std::move(m), r.owner});
            continue; // delivered with the others, below
        case Route::Kind::Expand: {
            s = m_store.write([&](DirectoryWriter& w) -> Status {
                for (int i = 0; i < r.members.size(); ++i) {
                    Message copy = m;
                    copy.id = m.id + QStringLiteral("#") + QString::number(i);
                    copy.to = r.members.at(i);
                    if (Status queued = MtaQueue::enqueue(w, copy); !queued)
                        return queued;
                }
                return MtaQueue(m_store).drop(seq);
            });
            break;
        }
        case Route::Kind::Postoffice: {
            if (!router.carries(r.server, r.connectorMta)) {
                if (!expired.contains(seq)) {
                    waiting[whyNotCarried(r)] << seq;
                    continue; // waits in the queue until the connector MTA runs again
                }
                s = giveBack(seq, m, whyNotCarried(r));
                break;
            }
            m.hops += 1;
            toPostoffices[r.postoffice].append({seq, std::move(m)});
            continue; // handed over with the others for that postoffice, below
        }
        case Route::Kind::Site: {
            // A site of another folder (another machine): through the Internet Mail Service connected
            // to it. A site of this folder goes over the site connector even when an IMS also leads there.
            if ((!sites || !sites(r.site)) && !m_unreachable.contains(r.site.toUpper())) {
                const InternetMailService ims(m_store);
                if (auto link = ims.linkTo(r.site)) {
                    if (atIms(ims, link.value(), r.site, seq, m, &s))
                        continue;
                    break;
                }
            }
            if ((!sites || !sites(r.site)) && m_unreachable.contains(r.site.toUpper())) {
                if (!expired.contains(seq)) {
                    waiting[m_unreachable.value(r.site.toUpper())] << seq;
                    continue; // waits until the site's database can be opened again
                }
                s = giveBack(seq, m, m_unreachable.value(r.site.toUpper()));
                break;
            }
            if (!sites || !sites(r.site)) {
                s = hold(seq, m, QStringLiteral("site %1 cannot be reached").arg(r.site));
                break;
            }
            m.hops += 1;
            toSites[r.site].append({seq, std::move(m)});
            continue;
        }
        case Route::Kind::Internet: {
            const InternetMailService ims(m_store);
            auto link = ims.linkToInternet(m.to);
            if (!link)
                return link.error();
            if (atIms(ims, link.value(), QString(), seq, m, &s)) // no site: its queue for the Internet
                continue;
            break;
        }
        case Route::Kind::Unroutable:
            s = m_store.write(
                [&](DirectoryWriter& w) -> Status { return returnToSender(w, seq, m, r.reason); });
            break;
        }
        if (!s)
            return s.error();
        ++*moved;
    }
    // One more attempt for what waits, and why, counted in one statement per reason.
    for (auto it = waiting.constBegin(); it != waiting.constEnd(); ++it) {
        if (Status s = MtaQueue(m_store).countAttempt(it.value(), it.key()); !s)
            return s.error();
    }
    // This site's own mail (the dirsync server's $SYSTEM mail among it) delivered and off the queue
    // in one transaction for the batch.
    if (!toLocal.isEmpty()) {
        Status s = m_store.write([&](DirectoryWriter&) -> Status {
            for (const Local& l : toLocal) {
                if (Status d = SiteMail(m_store).deliver(l.message, l.owner); !d)
                    return d;
                if (Status d = MtaQueue(m_store).drop(l.seq); !d)
                    return d;
            }
            return {};
        });
        if (!s)
            return s.error();
        *moved += int(toLocal.size());
    }
    // Each receiver takes its messages in one transaction; then all that were taken leave this
    // queue in one (one commit here for the batch, not one per postoffice or site): a crash in
    // between hands them over again, and the receivers' ids keep one copy.
    QList<qint64> handed;
    const auto dropHanded = [&]() -> Status {
        if (handed.isEmpty())
            return {};
        return m_store.write([&](DirectoryWriter&) { return MtaQueue(m_store).drop(handed); });
    };
    const auto failed = [&](const Status& s) -> Error {
        (void)dropHanded(); // what was taken before the failure leaves the queue all the same
        return s.error();
    };
    for (auto it = toPostoffices.begin(); it != toPostoffices.end(); ++it) {
        const int n = int(it->size());
        auto po = PostofficeStore::open(m_orgDir, it.key());
        Status s =
            po ? handOver(
                     std::move(it.value()),
                     [&](const QList<Message>& batch) { return PostofficeQueue(*po.value()).accept(batch); },
                     handed)
               : holdAll(it.value(), QStringLiteral("the postoffice %1 cannot be opened: %2")
                                         .arg(it.key(), po.error().message()));
        if (!s)
            return failed(s);
        *moved += n;
        m_handedOn += po ? n : 0;
    }
    for (auto it = toSites.begin(); it != toSites.end(); ++it) {
        const int n = int(it->size());
        SiteTransport remote(*sites(it.key()), m_orgDir);
        if (Status s = handOver(
                std::move(it.value()), [&](const QList<Message>& batch) { return remote.accept(batch); },
                handed);
            !s)
            return failed(s);
        *moved += n;
        m_handedOn += n;
    }
    if (Status s = dropHanded(); !s)
        return s.error();
    // The Internet Mail Service's queue is in this database: taken there and dropped here in one.
    for (auto it = toInternet.constBegin(); it != toInternet.constEnd(); ++it) {
        if (Status s = m_store.write([&](DirectoryWriter& w) -> Status {
                for (const auto& item : it.value()) {
                    if (Status q = ImsQueue::enqueue(w, it.key(), item.second); !q)
                        return q;
                    if (Status d = MtaQueue(m_store).drop(item.first); !d)
                        return d;
                }
                return {};
            });
            !s)
            return s.error();
        *moved += int(it->size());
    }
    return int(work.size());
}

QString SiteTransport::whyNotCarried(const Route& r) const
{
    if (r.connectorMta.isEmpty())
        return QStringLiteral("no connector MTA of the MS Mail Connector on %1 services %2")
            .arg(r.server, r.postoffice);
    if (!Services::isRunning(m_store, r.server, Services::MsMailInterchange))
        return QStringLiteral("the %1 on %2 is not running").arg(Services::MsMailInterchange, r.server);
    return QStringLiteral("the %1 on %2 is not running").arg(r.connectorMta, r.server);
}

int SiteTransport::undeliverableAfter() const
{
    bool ok = false;
    const int seconds = m_store.meta(QStringLiteral("mta-undeliverable-after")).toInt(&ok);
    return ok && seconds > 0 ? seconds : 24 * 3600;
}

Status SiteTransport::setUndeliverableAfter(int seconds)
{
    if (seconds <= 0)
        return Error(ErrorCode::InvalidArgument,
                     Phrase::tr("undeliverable-after must be a number of seconds above 0"));
    return m_store.write([&](DirectoryWriter& w) {
        return w.setMeta(QStringLiteral("mta-undeliverable-after"), QString::number(seconds));
    });
}

Status SiteTransport::handOver(QList<std::pair<qint64, Message>>&& items,
                               const std::function<Result<int>(const QList<Message>&)>& receiver,
                               QList<qint64>& handed)
{
    QList<Message> batch;
    batch.reserve(items.size());
    for (auto& item : items)
        batch << std::move(item.second);
    if (auto taken = receiver(batch); !taken)
        return taken.error();
    for (const auto& item : items)
        handed << item.first;
    return {};
}

Status SiteTransport::holdAll(const QList<std::pair<qint64, Message>>& items, const QString& reason)
{
    for (const auto& [seq, m] : items) {
        if (Status s = hold(seq, m, reason); !s)
            return s;
    }
    return {};
}

Status SiteTransport::returnToSender(DirectoryWriter& w, qint64 seq, const Message& m, const QString& reason)
{
    if (!m.report) { // a report is never answered by another
        const Message ndr = Message::nonDelivery(m, systemAddress(), reason);
        if (Status q = MtaQueue::enqueue(w, ndr); !q)
            return q;
    }
    if (Status e = EventLog::write(
            w, QStringLiteral("MSExchangeMTA"), QStringLiteral("Warning"), 1001,
            QStringLiteral("A non-delivery report was sent to %1 for %2: %3").arg(m.from, m.to, reason));
        !e)
        return e;
    return MtaQueue(m_store).drop(seq);
}

Status SiteTransport::removeQueued(qint64 seq, bool nonDeliveryReport)
{
    // Waiting or held: the administrator may take either out.
    auto queued = MtaQueue(m_store).message(seq);
    if (!queued)
        return queued.error();
    const Message m = queued.value();
    return m_store.write([&](DirectoryWriter& w) -> Status {
        if (nonDeliveryReport)
            return returnToSender(w, seq, m, QStringLiteral("the administrator returned it from the queue"));
        if (Status e = EventLog::write(
                w, QStringLiteral("MSExchangeMTA"), QStringLiteral("Information"), 1003,
                QStringLiteral("The administrator deleted message %1 from %2 to %3 from the queue")
                    .arg(m.id, m.from, m.to));
            !e)
            return e;
        return MtaQueue(m_store).drop(seq);
    });
}

Result<QList<Message>> SiteTransport::mailOf(const QString& owner) const
{
    auto items = SiteMail(m_store).of(owner);
    if (!items)
        return items.error();
    QList<Message> out;
    for (const SiteMail::Item& item : items.value())
        out << item.message;
    return out;
}

} // namespace sa::core
