#include "MailRouter.h"

#include "InternetMailService.h"
#include "ReplicationByMail.h"
#include "SiteTransport.h"
#include "core/directory/AddressSyntax.h"
#include "core/directory/ConnectorValues.h"
#include "core/directory/DirectoryLookup.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteServers.h"
#include "core/msmail/PostofficeStore.h"
#include "core/services/Services.h"

namespace sa::core {

using ConnectorValues::msPostoffice;

MailRouter::MailRouter(DirectoryStore& store) : m_store(store)
{
    const SiteTransport site(store, {});
    m_systemAddress = site.systemAddress();
    m_requestorAddress = site.requestorAddress();
}

MailRouter::~MailRouter() = default;

bool MailRouter::carries(const QString& server, const QString& connectorMta)
{
    if (server.isEmpty() || connectorMta.isEmpty())
        return false;
    const QString key = server.toUpper() + QLatin1Char('|') + connectorMta.toUpper();
    auto it = m_carries.constFind(key);
    if (it == m_carries.constEnd())
        it = m_carries.insert(key, Services::isRunning(m_store, server, Services::MsMailInterchange) &&
                                       Services::isRunning(m_store, server, connectorMta));
    return it.value();
}

bool MailRouter::delivers(const QString& server)
{
    if (server.isEmpty())
        return true; // a mailbox from before home servers, in a site that had none to give it
    const QString key = server.toUpper() + QStringLiteral("|MTA");
    auto it = m_carries.constFind(key);
    if (it == m_carries.constEnd())
        it = m_carries.insert(key, Services::isRunning(m_store, server, Services::Mta));
    return it.value();
}

const QList<DirectoryObject>& MailRouter::objectsOf(std::optional<QList<DirectoryObject>>& kept,
                                                    const QString& cls)
{
    if (!kept) {
        // Unreadable counts as none, as it did when each message read them: nothing routes there.
        auto read = m_store.objectsOf(ListFilter{{cls}, true});
        kept = read ? read.value() : QList<DirectoryObject>();
    }
    return *kept;
}

Route MailRouter::route(const Message& m)
{
    // Where a message goes depends on its recipient alone.
    if (const auto known = m_routes.constFind(m.to); known != m_routes.constEnd())
        return known.value();
    const Route r = routeTo(m);
    m_routes.insert(m.to, r);
    return r;
}

Route MailRouter::routeTo(const Message& m)
{
    Route r;
    const QString to = m.to;
    if (!AddressSyntax::check(to)) {
        r.reason = QStringLiteral("\"%1\" is not an address").arg(to);
        return r;
    }
    if (to.compare(m_systemAddress, Qt::CaseInsensitive) == 0 ||
        to.compare(m_requestorAddress, Qt::CaseInsensitive) == 0) {
        r.kind = Route::Kind::Local;
        r.owner = PostofficeStore::SystemMailbox;
        return r;
    }
    if (to.compare(ReplicationByMail::address(m_store.organizationName(), m_store.siteName()),
                   Qt::CaseInsensitive) == 0) {
        r.kind = Route::Kind::Local;
        r.owner = ReplicationByMail::Mailbox; // directory replication by mail
        return r;
    }
    // 1. A recipient this site knows by one of its addresses.
    // Through the address index; only a proxy address (a custom recipient's target is where mail
    // for it goes, not one of its addresses).
    qint64 holder = 0;
    if (auto holders = DirectoryLookup(m_store).holders(ValueQuery::addresses({to}))) {
        for (const ValueHolder& h : holders.value()) {
            if (h.attribute == attr::ProxyAddresses)
                holder = h.id;
        }
    }
    if (holder != 0) {
        auto o = m_store.objectById(holder);
        if (o) {
            // Another site's mailbox or list is delivered (or expanded) there; a custom recipient,
            // wherever it is mastered, leads to its target address from here.
            if (o->isReplica() && o->cls->name != QLatin1String("custom-recipient")) {
                r.kind = Route::Kind::Site;
                r.site = o->masterSite;
                return r;
            }
            if (o->cls->name == QLatin1String("mailbox")) {
                r.kind = Route::Kind::Local;
                r.owner = o->guid;
                // Delivered by its home server's MTA (issue 22): the server's name, the last RDN.
                r.server = SiteServers::nameOf(o->value(attr::HomeServer));
                return r;
            }
            if (o->cls->name == QLatin1String("distribution-list")) {
                r.kind = Route::Kind::Expand;
                for (const QString& member : o->valuesOf(attr::Member)) {
                    auto mo = m_store.object(Dn::parse(member).value());
                    if (!mo)
                        continue;
                    QString primary;
                    for (const QString& p : mo->valuesOf(attr::ProxyAddresses)) {
                        if (AddressSyntax::isPrimary(p) && primary.isEmpty())
                            primary = p;
                    }
                    if (!mo->value(attr::TargetAddress).isEmpty())
                        primary = mo->value(attr::TargetAddress);
                    if (!primary.isEmpty())
                        r.members << primary;
                }
                return r;
            }
            const QString target = o->value(attr::TargetAddress);
            if (!target.isEmpty() && target.compare(to, Qt::CaseInsensitive) != 0) {
                Message forwarded = m;
                forwarded.to = target;
                return route(forwarded); // a custom recipient: where its address leads
            }
        }
    }
    // 2. A postoffice of this site's MS Mail Connectors; 3. another site's connectors and site.
    const QString po = msPostoffice(to);
    if (!m_connectorPlans) {
        m_connectorPlans.emplace();
        for (const DirectoryObject& c : objectsOf(m_connectors, QStringLiteral("msmail-connector")))
            m_connectorPlans->emplace_back(c);
    }
    if (!po.isEmpty()) {
        for (const MsMailConnectorPlan& c : *m_connectorPlans) {
            const ConnectorValues::Connection* conn = c.connectionTo(po);
            if (!conn)
                continue;
            if (c.connector().isReplica()) {
                r.kind = Route::Kind::Site;
                r.site = c.connector().masterSite;
            } else {
                r.kind = Route::Kind::Postoffice;
                r.postoffice = conn->directPostoffice();
                r.server = c.server();
                r.connectorMta = c.mtaServing(r.postoffice);
            }
            return r;
        }
    }
    // 2b. An address space typed on an MS Mail Connector: through that connector's first direct
    //     postoffice, whose own routes take it further (or report it undeliverable).
    for (const MsMailConnectorPlan& c : *m_connectorPlans) {
        for (const QString& space : c.connector().valuesOf(attr::AddressSpace)) {
            if (!ConnectorValues::inAddressSpace(space, to))
                continue;
            if (c.connector().isReplica()) {
                r.kind = Route::Kind::Site;
                r.site = c.connector().masterSite;
                return r;
            }
            const QString direct = c.firstDirect();
            if (direct.isEmpty())
                continue;
            r.kind = Route::Kind::Postoffice;
            r.postoffice = direct;
            r.server = c.server();
            r.connectorMta = c.mtaServing(direct);
            return r;
        }
    }
    {
        for (const DirectoryObject& sc : objectsOf(m_siteConnectors, QStringLiteral("site-connector"))) {
            if (sc.isReplica())
                continue;
            const QString site = sc.value(attr::TargetSite);
            QStringList spaces = sc.valuesOf(attr::AddressSpace);
            // A site connector always leads to the other site's own (shadow) postoffice.
            spaces << QStringLiteral("MS:%1/*").arg(
                SiteTransport::shadowPostoffice(m_store.organizationName(), site));
            for (const QString& space : spaces) {
                if (ConnectorValues::inAddressSpace(space, to)) {
                    r.kind = Route::Kind::Site;
                    r.site = site;
                    return r;
                }
            }
        }
    }
    // 4. A site on another machine, through an Internet Mail Service connected to it: its own (shadow)
    //    postoffice, as over a site connector.
    if (r.kind == Route::Kind::Unroutable) {
        if (!m_internetServices) {
            auto internet = InternetMailService(m_store).services();
            m_internetServices = internet ? internet.value() : QList<DirectoryObject>();
        }
        for (const DirectoryObject& ims : *m_internetServices) {
            for (const QString& value : ims.valuesOf(attr::ConnectedSites)) {
                const auto connected = ConnectorValues::ConnectedSite::parse(value);
                const QString space = QStringLiteral("MS:%1/*").arg(
                    SiteTransport::shadowPostoffice(m_store.organizationName(), connected.site));
                if (ConnectorValues::inAddressSpace(space, to)) {
                    r.kind = Route::Kind::Site;
                    r.site = connected.site;
                    return r;
                }
            }
        }
    }
    // 5. The Internet: an SMTP address space of this site's Internet Mail Service, else of another
    //    site's (known by replication), which the mail then goes to.
    if (r.kind == Route::Kind::Unroutable && AddressSyntax::typeOf(to) == QLatin1String("SMTP")) {
        const InternetMailService ims(m_store);
        if (auto link = ims.linkToInternet(to)) {
            r.kind = Route::Kind::Internet;
            r.server = link->server;
            return r;
        }
        if (const QString site = ims.siteReachingInternet(to); !site.isEmpty()) {
            r.kind = Route::Kind::Site;
            r.site = site;
            return r;
        }
    }
    if (r.kind == Route::Kind::Unroutable && r.reason.isEmpty())
        r.reason = QStringLiteral("no route to %1 from site %2").arg(to, m_store.siteName());
    return r;
}

} // namespace sa::core
