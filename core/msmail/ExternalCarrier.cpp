#include "ExternalCarrier.h"

#include "ExternalStore.h"
#include "PostofficeQueue.h"
#include "PostofficeStore.h"
#include "core/common/Clock.h"

#include <QDateTime>
#include <QDir>
#include <algorithm>
#include <map>
#include <memory>
#include <vector>

namespace sa::core {

namespace {

using Postoffices = std::map<QString, std::unique_ptr<PostofficeStore>>; // by NET/PO

/// Every postoffice of the folder, each opened once; one that cannot be opened is left out (its
/// mail then waits, saying so, as a postoffice whose share is down did).
Postoffices openPostoffices(const QString& orgDir)
{
    Postoffices out;
    const QString dir = orgDir + QStringLiteral("/postoffices/");
    for (const QString& f : QDir(dir).entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name)) {
        auto po = PostofficeStore::open(dir + f);
        if (po) {
            const QString name = po.value()->name();
            out[name] = std::move(po).value();
        }
    }
    return out;
}

/// One batch from `from`'s outbound queue for `to`: taken in there, then dropped here.
Result<int> carry(PostofficeStore& from, PostofficeStore& to)
{
    auto waiting = PostofficeQueue(from).outboundFor(to.name());
    if (!waiting)
        return waiting.error();
    if (waiting->isEmpty())
        return 0;
    QList<Message> batch;
    QList<qint64> seqs;
    for (const PoQueued& q : waiting.value()) {
        batch << q.message;
        seqs << q.seq;
    }
    if (auto taken = PostofficeQueue(to).accept(batch); !taken)
        return taken.error();
    if (Status s = PostofficeQueue(from).removeOutbound(seqs); !s)
        return s.error();
    return int(batch.size());
}

Status logCarried(ExternalStore& external, int n, const QString& from, const QString& to)
{
    return n == 0
               ? Status()
               : external.log(QStringLiteral("Delivered %1 message(s) from %2 to %3").arg(n).arg(from, to));
}

} // namespace

ExternalCarrier::ExternalCarrier(QString orgDir, OtherHops otherHops)
    : m_orgDir(std::move(orgDir)), m_otherHops(std::move(otherHops))
{
}

Status ExternalCarrier::checkCancel() const
{
    if (m_cancel && m_cancel->load())
        return Error(ErrorCode::Cancelled, Phrase::tr("the services' work was cancelled between two steps"));
    return {};
}

namespace {

/// An instance as one pass sees it: read once, not asked again for every hop.
struct Instance
{
    std::unique_ptr<ExternalStore> store;
    QStringList served;
    bool started = false;
    bool due = false;

    bool serves(const QString& po) const { return served.contains(po, Qt::CaseInsensitive); }
};

/// Who carries mail from `from` to the postoffice `to` now: an instance serving both that is due,
/// the default External (neither is served by any instance), or nobody, and then why it waits
/// (empty when an instance serving both will carry it at its next run).
struct Carrier
{
    const Instance* instance = nullptr;
    bool byDefault = false;
    QString waiting;
};

Carrier carrierFor(const std::vector<Instance>& instances, const QString& from, const QString& to)
{
    const Instance* servesFrom = nullptr;
    const Instance* servesTo = nullptr;
    QList<const Instance*> both;
    for (const Instance& e : instances) {
        if (e.serves(from) && e.serves(to))
            both << &e;
        servesFrom = servesFrom ? servesFrom : (e.serves(from) ? &e : nullptr);
        servesTo = servesTo ? servesTo : (e.serves(to) ? &e : nullptr);
    }
    for (const Instance* e : both) {
        if (e->due)
            return {e, false, {}};
    }
    if (both.isEmpty() && !servesFrom && !servesTo)
        return {nullptr, true, {}};
    if (both.isEmpty()) {
        const Instance* some = servesFrom ? servesFrom : servesTo;
        return {nullptr, false,
                QStringLiteral("no External serves both %1 and %2 (the External %3 serves %4)")
                    .arg(from, to, some->store->name(), servesFrom ? from : to)};
    }
    const bool anyStarted =
        std::any_of(both.cbegin(), both.cend(), [](const Instance* e) { return e->started; });
    return {nullptr, false,
            anyStarted ? QString()
                       : QStringLiteral("the External %1, which serves %2 and %3, is stopped")
                             .arg(both.first()->store->name(), from, to)};
}

} // namespace

Result<ExternalReport> ExternalCarrier::run()
{
    ExternalReport report;
    Postoffices postoffices = openPostoffices(m_orgDir);
    const QDateTime now = Clock::nowUtc();
    std::vector<Instance> instances;
    for (const QString& name : ExternalStore::list(m_orgDir)) {
        auto e = ExternalStore::open(m_orgDir, name);
        if (!e)
            return e.error();
        Instance i{std::move(e).value(), {}, false, false};
        i.served = i.store->postoffices();
        i.started = i.store->isStarted();
        i.due = i.store->isDue(now);
        instances.push_back(std::move(i));
    }
    for (auto& [name, from] : postoffices) {
        if (Status s = checkCancel(); !s)
            return s.error();
        auto hops = PostofficeQueue(*from).outboundHops();
        if (!hops)
            return hops.error();
        QMap<QString, QString> why; // by hop, for the mail returned below
        for (const QString& hop : hops.value()) {
            QString waiting;
            auto to = postoffices.find(hop);
            if (to == postoffices.end()) {
                const HopState state = m_otherHops ? m_otherHops(name, hop) : HopState();
                waiting = state.known ? state.waiting
                                      : QStringLiteral("%1 is not a postoffice this network knows").arg(hop);
            } else if (const Carrier c = carrierFor(instances, name, hop); c.instance || c.byDefault) {
                auto n = carry(*from, *to->second);
                if (!n)
                    return n.error();
                if (c.instance) {
                    if (Status s = logCarried(*c.instance->store, n.value(), name, hop); !s)
                        return s.error();
                }
                report.carried += n.value();
            } else {
                waiting = c.waiting;
            }
            why.insert(hop, waiting);
        }
        if (Status s = PostofficeQueue(*from).setWaitingReasons(why); !s)
            return s.error();
        // The hops read above: what was carried since finds nothing to return.
        auto returned = PostofficeQueue(*from).returnExpired(
            hops.value(), [&why](const QString& hop) { return why.value(hop); });
        if (!returned)
            return returned.error();
        report.returned += returned.value();
    }
    for (const Instance& e : instances) {
        if (e.due && e.store->interval() > 0) {
            if (Status s = e.store->setLastRun(now); !s)
                return s.error();
        }
    }
    return report;
}

Result<ExternalReport> ExternalCarrier::runInstance(const QString& name)
{
    auto external = ExternalStore::open(m_orgDir, name);
    if (!external)
        return external.error();
    ExternalReport report;
    Postoffices postoffices = openPostoffices(m_orgDir);
    const QStringList served = external.value()->postoffices();
    for (const QString& fromName : served) {
        if (Status s = checkCancel(); !s)
            return s.error();
        auto from = postoffices.find(fromName);
        if (from == postoffices.end()) {
            if (Status s =
                    external.value()->log(QStringLiteral("Cannot open the postoffice %1").arg(fromName));
                !s)
                return s.error();
            continue;
        }
        auto hops = PostofficeQueue(*from->second).outboundHops();
        if (!hops)
            return hops.error();
        for (const QString& hop : hops.value()) {
            auto to = postoffices.find(hop);
            if (!served.contains(hop) || to == postoffices.end())
                continue;
            auto n = carry(*from->second, *to->second);
            if (!n)
                return n.error();
            if (Status s = logCarried(*external.value(), n.value(), fromName, hop); !s)
                return s.error();
            report.carried += n.value();
        }
    }
    if (Status s = external.value()->setLastRun(Clock::nowUtc()); !s)
        return s.error();
    return report;
}

Result<QList<ExternalCarrier::Waiting>> ExternalCarrier::queueOf(const QString& name) const
{
    auto external = ExternalStore::open(m_orgDir, name);
    if (!external)
        return external.error();
    const QStringList served = external.value()->postoffices();
    QList<Waiting> out;
    for (const QString& po : served) {
        auto store = PostofficeStore::open(m_orgDir, po);
        if (!store)
            continue; // its share is down: nothing to list, as the original could not read it either
        auto queued = PostofficeQueue(*store.value()).queued();
        if (!queued)
            return queued.error();
        for (const PoQueued& q : queued.value()) {
            if (q.direction == QLatin1String("out") && served.contains(q.nextHop, Qt::CaseInsensitive))
                out.append({po, q.nextHop, q.seq, q.message.id, q.message.from, q.message.to,
                            q.message.subject, q.queuedAt, q.reason});
        }
    }
    return out;
}

} // namespace sa::core
