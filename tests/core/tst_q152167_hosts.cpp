#include "core/directory/ChangeSet.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/dirsync/DirsyncLate.h"
#include "core/msmail/PostofficeDirsync.h"
#include "core/msmail/PostofficeMail.h"
#include "core/msmail/PostofficeQueue.h"
#include "core/msmail/PostofficeStore.h"
#include "core/services/Services.h"
#include "core/transport/ImsQueue.h"
#include "core/transport/ReplicationByMail.h"
#include "tests/support/HostPair.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sa::core;

namespace {
const QString Org = sa::test::HostPair::Organization;
} // namespace

/// Q152167 ("Dir-Sync with many computers running Exchange Server") on two machines: X1's host folder
/// holds SEATTLE and the MS Mail postoffice PO1 its MS Mail Connector serves, X2's holds LONDON and
/// PO2; the sites are joined only by their Internet Mail Services (HostPair plays the MTA). With the
/// article's steps - the Directory Synchronization Server on X1, a Remote Dir-Sync Requestor for PO1
/// and one for PO2, both postoffices requestors of NORTHWIND/SEATTLE - PO1's and PO2's users come into
/// MSMail Recipients on X1 and, replicated, on X2; each postoffice's address list holds the other's
/// users and both sites' mailboxes; mail from a PO1 user reaches a PO2 user once.
class TestQ152167Hosts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sa::test::HostPair> m_hosts;

    void settle()
    {
        const QString problem = m_hosts->settle();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    /// NWNET/`po` in `folder`, served by `server`'s MS Mail Connector of `site`, with `users`; its
    /// own site's shadow postoffice direct, the other site's and the other postoffice through it.
    static QString makePostoffice(const QString& folder, const QString& po, const QString& site,
                                  const QString& server, const QString& otherSite, const QString& otherPo,
                                  const QList<std::pair<QString, QString>>& users)
    {
        auto store =
            PostofficeStore::create(folder, QStringLiteral("NWNET/") + po, QStringLiteral("PASSWORD"));
        if (!store)
            return store.error().message();
        for (const auto& [mailbox, name] : users) {
            if (Status s = store.value()->addUser(mailbox, name, {}); !s)
                return s.error().message();
        }
        const QString own = QStringLiteral("%1/%2").arg(Org, site);
        const QString other = QStringLiteral("%1/%2").arg(Org, otherSite);
        for (const auto& [target, via] : {std::pair{own, QString()}, std::pair{other, own},
                                          std::pair{QStringLiteral("NWNET/") + otherPo, own}}) {
            if (Status s = store.value()->setRoute(target, via); !s)
                return s.error().message();
        }
        auto siteStore =
            DirectoryStore::open(folder + QStringLiteral("/sites/") + site + QStringLiteral(".sqlite"));
        if (!siteStore)
            return siteStore.error().message();
        ChangeSet c;
        c.create(QStringLiteral("msmail-connector"), SiteBuilder::connectionsDn(Org, site),
                 {{attr::HomeServer, {SiteBuilder::serverDn(Org, site, server).toString()}},
                  {attr::LocalNetwork, {Org}},
                  {attr::LocalPostoffice, {site}},
                  {attr::MsMailConnection, {QStringLiteral("NWNET/") + po}},
                  {attr::ConnectorMta, {QStringLiteral("%1 Connector MTA|60|NWNET/%1").arg(po)}}},
                 QStringLiteral("MS Mail Connector (%1)").arg(server));
        if (auto done = siteStore.value()->commit(c); !done)
            return done.error().message();
        if (auto started =
                Services::start(*siteStore.value(), server, QStringLiteral("%1 Connector MTA").arg(po));
            !started)
            return started.error().message();
        return {};
    }

    static QStringList galOf(const QString& folder, const QString& po)
    {
        auto store = PostofficeStore::open(folder, QStringLiteral("NWNET/") + po);
        if (!store)
            return {store.error().message()};
        auto gal = store.value()->gal();
        if (!gal)
            return {gal.error().message()};
        QStringList names;
        for (const PoGalEntry& e : gal.value())
            names << e.fullName;
        return names;
    }

    static void requestorCycle(const QString& folder, const QString& po, bool t1)
    {
        auto store = PostofficeStore::open(folder, QStringLiteral("NWNET/") + po);
        QVERIFY(store);
        PostofficeDirsync agent(*store.value());
        if (t1) {
            auto sent = agent.t1();
            QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().message()));
        } else {
            auto applied = agent.t3();
            QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message()));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_hosts = std::make_unique<sa::test::HostPair>(m_dir->path());
        const QString problem = m_hosts->make();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QString made = makePostoffice(m_hosts->x1(), QStringLiteral("PO1"), QStringLiteral("SEATTLE"),
                                      QStringLiteral("X1"), QStringLiteral("LONDON"), QStringLiteral("PO2"),
                                      {{QStringLiteral("ADAVIS"), QStringLiteral("Alice Davis")},
                                       {QStringLiteral("BCHEN"), QStringLiteral("Bo Chen")}});
        QVERIFY2(made.isEmpty(), qPrintable(made));
        made = makePostoffice(m_hosts->x2(), QStringLiteral("PO2"), QStringLiteral("LONDON"),
                              QStringLiteral("X2"), QStringLiteral("SEATTLE"), QStringLiteral("PO1"),
                              {{QStringLiteral("AHOFF"), QStringLiteral("Anna Hoffmann")},
                               {QStringLiteral("BEVANS"), QStringLiteral("Ben Evans")}});
        QVERIFY2(made.isEmpty(), qPrintable(made));
        // Each site has a mailbox of its own.
        for (const auto& [store, site, alias] :
             {std::tuple{m_hosts->seattle(), QStringLiteral("SEATTLE"), QStringLiteral("NancyD")},
              std::tuple{m_hosts->london(), QStringLiteral("LONDON"), QStringLiteral("StevenB")}}) {
            ChangeSet c;
            c.create(
                QStringLiteral("mailbox"), SiteBuilder::recipientsDn(Org, site),
                {{attr::MailNickname, {alias}}, {attr::DisplayName, {alias + QStringLiteral(" Person")}}});
            QVERIFY(store->commit(c));
        }
        settle(); // replication by mail: each site knows the other's recipients and connectors
    }

    void theArticleOnTwoMachines()
    {
        // Steps 2-6 on X1: MSMail Recipients, the Directory Synchronization Server, a Remote Dir-Sync
        // Requestor per postoffice (exporting both sites' Recipients), the service started.
        const Dn site = SiteBuilder::siteDn(Org, QStringLiteral("SEATTLE"));
        const Dn connections = SiteBuilder::connectionsDn(Org, QStringLiteral("SEATTLE"));
        {
            auto seattle = m_hosts->seattle();
            ChangeSet c;
            c.create(QStringLiteral("recipients-container"), site, {}, QStringLiteral("MSMail Recipients"));
            c.create(
                QStringLiteral("dirsync-server"), connections,
                {{attr::ResponsibleLocalDxa,
                  {SiteBuilder::serverDn(Org, QStringLiteral("SEATTLE"), QStringLiteral("X1")).toString()}}},
                QStringLiteral("Dirsync Server"));
            auto done = seattle->commit(c);
            QVERIFY2(done, qPrintable(done ? QString() : done.error().message()));
            ChangeSet r;
            for (const QString& po : {QStringLiteral("PO1"), QStringLiteral("PO2")})
                r.create(
                    QStringLiteral("remote-dirsync-requestor"),
                    connections.child(QStringLiteral("cn"), QStringLiteral("Dirsync Server")),
                    {{attr::DxaReqName, {QStringLiteral("NWNET/") + po}},
                     {attr::DxaPassword, {QStringLiteral("syncpw1")}},
                     {attr::ImportContainer,
                      {site.child(QStringLiteral("cn"), QStringLiteral("MSMail Recipients")).toString()}},
                     {attr::ExportContainers,
                      {SiteBuilder::recipientsDn(Org, QStringLiteral("SEATTLE")).toString(),
                       SiteBuilder::recipientsDn(Org, QStringLiteral("LONDON")).toString()}}},
                    po);
            done = seattle->commit(r);
            QVERIFY2(done, qPrintable(done ? QString() : done.error().message()));
            QVERIFY(Services::start(*seattle, QStringLiteral("X1"), Services::DirectorySynchronization));
        }
        for (const auto& [folder, po] : {std::pair{m_hosts->x1(), QStringLiteral("PO1")},
                                         std::pair{m_hosts->x2(), QStringLiteral("PO2")}}) {
            auto store = PostofficeStore::open(folder, QStringLiteral("NWNET/") + po);
            QVERIFY(store);
            QVERIFY(PostofficeDirsync(*store.value())
                        .makeRequestor(QStringLiteral("NORTHWIND/SEATTLE"), QStringLiteral("syncpw1"), {}));
        }
        // Cycles: T1 at each postoffice (on its own machine), carriage both ways, T2 on X1's schedule,
        // the replies back, T3; twice, as the article's first cycle exports and the second imports.
        for (int cycle = 0; cycle < 3; ++cycle) {
            requestorCycle(m_hosts->x1(), QStringLiteral("PO1"), true);
            requestorCycle(m_hosts->x2(), QStringLiteral("PO2"), true);
            settle();
            requestorCycle(m_hosts->x1(), QStringLiteral("PO1"), false);
            requestorCycle(m_hosts->x2(), QStringLiteral("PO2"), false);
            settle();
        }
        // LONDON asks for SEATTLE's changes now (Request Now), not after the replication interval.
        QVERIFY(ReplicationByMail(*m_hosts->london(), m_hosts->x2()).request(QStringLiteral("SEATTLE")));
        settle();
        // PO1's and PO2's users in MSMail Recipients on X1, and replicated on X2.
        const Dn msmail = site.child(QStringLiteral("cn"), QStringLiteral("MSMail Recipients"));
        for (const auto& store : {m_hosts->seattle(), m_hosts->london()}) {
            auto imported = store->subtree(msmail, 1, QStringLiteral("custom-recipient"));
            QVERIFY2(imported, qPrintable(store->siteName()));
            QStringList names;
            for (const DirectoryObject& o : imported.value())
                names << o.displayName();
            for (const QString& n : {QStringLiteral("Alice Davis"), QStringLiteral("Bo Chen"),
                                     QStringLiteral("Anna Hoffmann"), QStringLiteral("Ben Evans")})
                QVERIFY2(names.contains(n),
                         qPrintable(store->siteName() + QStringLiteral(": ") + names.join(", ")));
        }
        // Each postoffice's list: the other's users and both sites' mailboxes.
        const QStringList po1 = galOf(m_hosts->x1(), QStringLiteral("PO1"));
        const QStringList po2 = galOf(m_hosts->x2(), QStringLiteral("PO2"));
        for (const QString& n : {QStringLiteral("Anna Hoffmann"), QStringLiteral("NancyD Person"),
                                 QStringLiteral("StevenB Person")})
            QVERIFY2(po1.contains(n), qPrintable(po1.join(", ")));
        for (const QString& n : {QStringLiteral("Alice Davis"), QStringLiteral("NancyD Person"),
                                 QStringLiteral("StevenB Person")})
            QVERIFY2(po2.contains(n), qPrintable(po2.join(", ")));
    }

    void mailFromPo1ReachesPo2Once()
    {
        {
            auto po1 = PostofficeStore::open(m_hosts->x1(), QStringLiteral("NWNET/PO1"));
            QVERIFY(po1);
            Message m =
                Message::create(QStringLiteral("MS:NWNET/PO1/ADAVIS"), QStringLiteral("MS:NWNET/PO2/AHOFF"),
                                QStringLiteral("Across two machines"), QStringLiteral("Hello Anna"));
            const Status submitted = PostofficeQueue(*po1.value()).submit(m);
            QVERIFY2(submitted, qPrintable(submitted.error().message()));
        }
        settle();
        auto po2 = PostofficeStore::open(m_hosts->x2(), QStringLiteral("NWNET/PO2"));
        QVERIFY(po2);
        auto inbox = PostofficeMail(*po2.value()).mailbox(QStringLiteral("AHOFF"));
        QVERIFY(inbox);
        int copies = 0;
        for (const auto& item : inbox.value())
            copies += item.message.subject == QStringLiteral("Across two machines") ? 1 : 0;
        QCOMPARE(copies, 1);
    }

    void aLateRequestorOnTheOtherMachineSaysWhere()
    {
        const Organization x1 = Organization::open(m_hosts->x1()).value();
        // PO2's postoffice is on X2: nothing of it can be seen from here but that.
        QCOMPARE(
            DirsyncLate::whereWaiting(x1, QStringLiteral("MS:NWNET/PO2/$SYSTEM")),
            QStringLiteral("NWNET/PO2 is not in this folder: its mail comes from another machine through the "
                           "Internet Mail Service (see replication status and the IMS queues there)"));
        QCOMPARE(DirsyncLate::whereWaiting(x1, QStringLiteral("MS:NWNET/PO1/$SYSTEM")), QString());
        // A reply to PO2 waiting at SEATTLE's IMS is named, with why.
        auto seattle = m_hosts->seattle();
        const Message reply =
            Message::create(QStringLiteral("MS:NORTHWIND/SEATTLE/$SYSTEM"),
                            QStringLiteral("MS:NWNET/PO2/$SYSTEM"), QStringLiteral("Reply"), {});
        QVERIFY(seattle->write(
            [&](DirectoryWriter& w) { return ImsQueue::enqueue(w, QStringLiteral("LONDON"), reply); }));
        auto queued = ImsQueue(*seattle).all();
        QVERIFY(queued && !queued->isEmpty());
        QVERIFY(ImsQueue(*seattle).countAttempt(
            queued->last().seq, QStringLiteral("the MTA at 127.0.0.1:25 could not be reached")));
        const QString where = DirsyncLate::whereWaiting(x1, QStringLiteral("MS:NWNET/PO2/$SYSTEM"));
        QVERIFY2(where.contains(
                     QStringLiteral("1 message(s) to or from it wait at site SEATTLE's Internet Mail Service "
                                    "for site LONDON: the MTA at 127.0.0.1:25 could not be reached")),
                 qPrintable(where));
    }
};

QTEST_GUILESS_MAIN(TestQ152167Hosts)
#include "tst_q152167_hosts.moc"
