#include "HostPair.h"

#include "core/directory/ChangeSet.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/host/Runner.h"
#include "core/message/CrossingMessage.h"
#include "core/services/Services.h"
#include "core/transport/ImsQueue.h"
#include "core/transport/ImsReceiver.h"
#include "core/transport/ImsSecrets.h"

#include <QtGlobal>

namespace sa::test {

using namespace sa::core;

HostPair::HostPair(const QString& root)
    : m_x1(root + QStringLiteral("/x1")), m_x2(root + QStringLiteral("/x2"))
{
}

core::Dn HostPair::imsDn(const QString& site, const QString& server)
{
    return SiteBuilder::connectionsDn(Organization, site)
        .child(QStringLiteral("cn"), QStringLiteral("Internet Mail Service (%1)").arg(server));
}

core::Dn HostPair::mailboxDn(const QString& site, const QString& alias)
{
    return SiteBuilder::recipientsDn(Organization, site).child(QStringLiteral("cn"), alias);
}

bool HostPair::addMailbox(DirectoryStore& store, const QString& site, const QString& alias,
                          const QString& displayName)
{
    ChangeSet c;
    c.create(
        QStringLiteral("mailbox"), SiteBuilder::recipientsDn(Organization, site),
        {{attr::MailNickname, {alias}}, {attr::DisplayName, {displayName.isEmpty() ? alias : displayName}}});
    return bool(store.commit(c));
}

QString HostPair::makeHost(const QString& folder, const QString& site, const QString& server,
                           const QString& other)
{
    auto org = core::Organization::create(folder, Organization, site, server);
    if (!org)
        return org.error().message();
    auto store = DirectoryStore::open(org->sitePath(site));
    if (!store)
        return store.error().message();
    const Dn serverDn = SiteBuilder::serverDn(Organization, site, server);
    ChangeSet c;
    c.create(QStringLiteral("internet-mail-service"), SiteBuilder::connectionsDn(Organization, site),
             {{attr::HomeServer, {serverDn.toString()}},
              {attr::ConnectedSites,
               {QStringLiteral("%1|%2|%3.northwind.test").arg(Organization, other, other.toLower())}}},
             QStringLiteral("Internet Mail Service (%1)").arg(server));
    c.create(QStringLiteral("directory-replication-connector"),
             SiteBuilder::directoryReplicationDn(Organization, site),
             {{attr::RemoteSite, {other}},
              {attr::LocalBridgehead, {serverDn.toString()}},
              {attr::ActivationStyle, {QStringLiteral("2")}}},
             other);
    if (auto done = store.value()->commit(c); !done)
        return done.error().message();
    if (Status s = ImsSecrets(*store.value()).set(other, Secret); !s)
        return s.error().message();
    if (auto started = Services::start(*store.value(), server, Services::InternetMail); !started)
        return started.error().message();
    return {};
}

QString HostPair::make()
{
    if (QString e = makeHost(m_x1, QStringLiteral("SEATTLE"), QStringLiteral("X1"), QStringLiteral("LONDON"));
        !e.isEmpty())
        return e;
    return makeHost(m_x2, QStringLiteral("LONDON"), QStringLiteral("X2"), QStringLiteral("SEATTLE"));
}

std::unique_ptr<DirectoryStore> HostPair::seattle() const
{
    auto s = DirectoryStore::open(m_x1 + QStringLiteral("/sites/SEATTLE.sqlite"));
    return s ? std::move(s).value() : nullptr;
}

std::unique_ptr<DirectoryStore> HostPair::london() const
{
    auto s = DirectoryStore::open(m_x2 + QStringLiteral("/sites/LONDON.sqlite"));
    return s ? std::move(s).value() : nullptr;
}

int HostPair::cross(const QString& from, const QString& site, const QString& to)
{
    auto store = DirectoryStore::open(core::Organization::open(from)->sitePath(site));
    if (!store)
        return -1;
    auto queued = ImsQueue(*store.value()).all();
    if (!queued)
        return -1;
    int n = 0;
    for (const ImsQueued& item : queued.value()) {
        if (item.site.isEmpty())
            continue; // for the Internet: waits for the smart host, which is not played here
        CrossingMessage c;
        c.organization = Organization;
        c.originSite = site;
        c.targetSite = item.site;
        c.message = item.message;
        const QByteArray mime = c.encode(Secret, QStringLiteral("postmaster@x"), QStringLiteral("x@y"));
        const ImsDelivery d = ImsReceiver::deliver(core::Organization::open(to).value(), mime);
        if (d.kind != ImsDelivery::Kind::Delivered && d.kind != ImsDelivery::Kind::AlreadyHad) {
            qWarning("not delivered: %s", qPrintable(d.text));
            return -1;
        }
        m_sent << mime;
        if (!ImsQueue(*store.value()).drop(item.seq))
            return -1;
        ++n;
    }
    return n;
}

QString HostPair::settle(int rounds)
{
    for (int round = 0; round < rounds; ++round) {
        int moved = 0;
        for (const QString& folder : {m_x1, m_x2}) {
            auto report = Runner(core::Organization::open(folder).value()).runUntilIdle(30);
            if (!report)
                return report.error().message();
            moved += report->total();
        }
        const int a = cross(m_x1, QStringLiteral("SEATTLE"), m_x2);
        const int b = cross(m_x2, QStringLiteral("LONDON"), m_x1);
        if (a < 0 || b < 0)
            return QStringLiteral("a message did not cross");
        if (moved + a + b == 0)
            return {};
    }
    return QStringLiteral("the hosts did not settle in %1 rounds").arg(rounds);
}

} // namespace sa::test
