#include "ConnectorPickUp.h"

#include "MailRouter.h"
#include "SiteTransport.h"
#include "core/directory/ConnectorValues.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/ListFilter.h"
#include "core/directory/Schema.h"
#include "core/msmail/PostofficeQueue.h"
#include "core/msmail/PostofficeStore.h"
#include "core/services/Services.h"

#include <memory>
#include <vector>

namespace sa::core {

namespace {
/// The messages pickUp() takes from one postoffice at a time.
constexpr int PickUpBatch = 500;
} // namespace

ConnectorPickUp::ConnectorPickUp(DirectoryStore& store, QString orgDir)
    : m_store(store), m_orgDir(std::move(orgDir))
{
}

Result<int> ConnectorPickUp::pickUp()
{
    const auto* connectors = plans();
    if (!connectors)
        return m_plansError;
    // What every direct postoffice has for the site is taken in here in one transaction, then off
    // each postoffice's queue: a crash in between hands it over again, and the ids keep one copy.
    // One commit here for the pick-up, not one per postoffice.
    struct Picked
    {
        std::unique_ptr<PostofficeStore> po;
        QList<qint64> seqs;
    };
    std::vector<Picked> picked;
    QList<Message> batch;
    MailRouter router(m_store); // each connector MTA's state read once for the pick-up
    for (const MsMailConnectorPlan& c : *connectors) {
        if (c.connector().isReplica())
            continue;
        const QString shadow = localPostoffice(c.connector());
        for (const ConnectorValues::Connection& conn : c.connections()) {
            if (!conn.isDirect())
                continue; // indirect postoffices send through their direct one
            const QString& direct = conn.postoffice;
            if (!router.carries(c.server(), c.mtaServing(direct)))
                continue; // stopped: the mail waits in the postoffice's outbound queue
            auto po = PostofficeStore::open(m_orgDir, direct);
            if (!po)
                continue; // a connection to a postoffice that is not there: nothing to pick up
            auto waiting = PostofficeQueue(*po.value()).outboundFor(shadow, PickUpBatch);
            if (!waiting)
                return waiting.error();
            if (waiting->isEmpty())
                continue;
            m_leftSome = m_leftSome || waiting->size() >= PickUpBatch;
            Picked p{std::move(po).value(), {}};
            for (PoQueued& q : waiting.value()) {
                batch << std::move(q.message);
                p.seqs << q.seq;
            }
            picked.push_back(std::move(p));
        }
    }
    if (batch.isEmpty())
        return 0;
    if (auto taken = SiteTransport(m_store, m_orgDir).accept(batch); !taken)
        return taken.error();
    for (const Picked& p : picked) {
        if (Status s = PostofficeQueue(*p.po).removeOutbound(p.seqs); !s)
            return s.error();
    }
    return int(batch.size());
}

QString ConnectorPickUp::localPostoffice(const DirectoryObject& c) const
{
    return c.value(attr::LocalNetwork).isEmpty()
               ? SiteTransport::shadowPostoffice(m_store.organizationName(), m_store.siteName())
               : (c.value(attr::LocalNetwork) + QLatin1Char('/') + c.value(attr::LocalPostoffice)).toUpper();
}

ConnectorPickUp::State ConnectorPickUp::state(const QString& postoffice, const QString& hop) const
{
    const auto* connectors = plans();
    if (!connectors)
        return {};
    for (const MsMailConnectorPlan& c : *connectors) {
        if (c.connector().isReplica() ||
            localPostoffice(c.connector()).compare(hop, Qt::CaseInsensitive) != 0)
            continue;
        const QString& server = c.server();
        if (!c.isDirect(postoffice))
            return {true, QStringLiteral("the MS Mail Connector on %1 (%2) has no direct connection to %3")
                              .arg(server, hop, postoffice)};
        const QString mta = c.mtaServing(postoffice);
        if (mta.isEmpty())
            return {true, QStringLiteral("no connector MTA of the MS Mail Connector on %1 services %2")
                              .arg(server, postoffice)};
        if (!running(server, Services::MsMailInterchange))
            return {true,
                    QStringLiteral("the %1 on %2 is not running").arg(Services::MsMailInterchange, server)};
        if (!running(server, mta))
            return {true, QStringLiteral("the %1 on %2 is not running").arg(mta, server)};
        return {true, {}};
    }
    return {};
}

const std::vector<MsMailConnectorPlan>* ConnectorPickUp::plans() const
{
    if (!m_plans) {
        auto connectors = m_store.objectsOf(ListFilter{{QStringLiteral("msmail-connector")}, true});
        if (!connectors) {
            m_plansError = connectors.error();
            return nullptr;
        }
        std::vector<MsMailConnectorPlan> plans;
        plans.reserve(size_t(connectors->size()));
        for (const DirectoryObject& c : connectors.value())
            plans.emplace_back(c);
        m_plans = std::move(plans);
    }
    return &*m_plans;
}

bool ConnectorPickUp::running(const QString& server, const QString& service) const
{
    const QString key = server.toUpper() + QLatin1Char('/') + service.toUpper();
    auto it = m_running.find(key);
    if (it == m_running.end())
        it = m_running.insert(key, Services::isRunning(m_store, server, service));
    return it.value();
}

} // namespace sa::core
