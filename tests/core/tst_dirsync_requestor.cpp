#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/dirsync/DirsyncRequestor.h"
#include "core/host/DemoOrganization.h"
#include "core/host/DirsyncCycle.h"
#include "core/host/Runner.h"
#include "core/msmail/PostofficeDirsync.h"
#include "core/msmail/PostofficeDirsyncServer.h"
#include "core/services/Services.h"
#include "tests/support/DirsyncFixture.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sa::core;

namespace {
const QString Password = QStringLiteral("SECRET");
} // namespace

/// The site as a requestor of a foreign dirsync server (reference §4, XOG11003): PO1 is the MS Mail
/// dirsync server of the network, PO2 and the site (its Dir-Sync Requestor on X1, through the
/// shadow postoffice NORTHWIND/SEATTLE) its requestors. Whole cycles bring PO1's and PO2's users into
/// the site's import container and the sites' mailboxes into both postoffices' lists; changes on
/// either side follow.
class TestDirsyncRequestor : public QObject, protected sa::test::DirsyncFixture
{
    Q_OBJECT

private:
    std::unique_ptr<DirectoryStore> seattle() const
    {
        return std::move(DirectoryStore::open(m_org->sitePath(QStringLiteral("SEATTLE")))).value();
    }
    static Dn requestorDn()
    {
        return SiteBuilder::connectionsDn(Org, QStringLiteral("SEATTLE"))
            .child(QStringLiteral("cn"), QStringLiteral("NWNET Dirsync"));
    }
    QMap<QString, QString> imported() const
    {
        QMap<QString, QString> out; // target -> display name
        auto objects = seattle()->subtree(msmailRecipients(), 1, QStringLiteral("custom-recipient"));
        for (const DirectoryObject& o : objects ? objects.value() : QList<DirectoryObject>())
            out.insert(o.value(attr::TargetAddress).toUpper(), o.displayName());
        return out;
    }
    qint64 number(const QString& attribute) const
    {
        auto o = seattle()->object(requestorDn());
        return o ? o->value(attribute).toLongLong() : -1;
    }

private Q_SLOTS:
    void init()
    {
        build(false);
        // PO1 is the network's dirsync server; PO2 and the site's shadow postoffice are registered.
        makePo1TheNetworkServer(Password, {QStringLiteral("NORTHWIND/SEATTLE")});
        // The site: an import container and its Dir-Sync Requestor of PO1, started.
        auto store = seattle();
        ChangeSet c;
        c.create(QStringLiteral("recipients-container"), SiteBuilder::siteDn(Org, QStringLiteral("SEATTLE")),
                 {}, msmailRecipients().rdn().value);
        c.create(QStringLiteral("dirsync-requestor"),
                 SiteBuilder::connectionsDn(Org, QStringLiteral("SEATTLE")),
                 {{attr::ResponsibleLocalDxa,
                   {SiteBuilder::serverDn(Org, QStringLiteral("SEATTLE"), QStringLiteral("X1")).toString()}},
                  {attr::DxaReqName, {Po1}},
                  {attr::DxaPassword, {Password}},
                  {attr::ImportContainer, {msmailRecipients().toString()}},
                  {attr::ExportContainers,
                   {SiteBuilder::recipientsDn(Org, QStringLiteral("SEATTLE")).toString(),
                    SiteBuilder::recipientsDn(Org, QStringLiteral("LONDON")).toString()}}},
                 requestorDn().rdn().value);
        auto made = store->commit(c);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message()));
        QVERIFY(Services::start(*store, QStringLiteral("X1"), Services::DirectorySynchronization).ok());
    }
    void cleanup() { tearDown(); }

    void everyoneMeetsThroughThePostofficeServer()
    {
        QVERIFY(cycle()); // the site's and PO2's first updates reach PO1; PO1's own users go out
        QVERIFY(cycle()); // each hears of the others
        const QMap<QString, QString> dir = imported();
        auto users1 = po(Po1)->users();
        auto users2 = po(Po2)->users();
        for (const PoUser& u : users1.value())
            QVERIFY2(dir.value(QStringLiteral("MS:NWNET/PO1/") + u.mailbox) == u.fullName,
                     qPrintable(u.fullName));
        for (const PoUser& u : users2.value())
            QVERIFY2(dir.value(QStringLiteral("MS:NWNET/PO2/") + u.mailbox) == u.fullName,
                     qPrintable(u.fullName));
        QCOMPARE(dir.size(), int(users1->size() + users2->size()));
        for (const QString& name : {Po1, Po2}) {
            const QMap<QString, QString> g = gal(name);
            QCOMPARE(g.value(QStringLiteral("Andrew Fuller")), QStringLiteral("NORTHWIND/SEATTLE/ANDREWF"));
            QVERIFY(g.contains(QStringLiteral("Anne Dodsworth"))); // LONDON, exported by the site too
        }
        QCOMPARE(gal(Po2).value(QStringLiteral("Alice Martin")), QStringLiteral("NWNET/PO1/AMARTIN"));
        QCOMPARE(gal(Po1).value(QStringLiteral("Anna Hoffmann")), QStringLiteral("NWNET/PO2/AHOFF"));
        // The requestor's numbers: the server has everything it sent, and it applied the replies.
        QCOMPARE(number(attr::DxaConfSeq), number(attr::DxaReqSeq));
        QVERIFY(number(attr::DxaSvrSeq) > 0);
        QCOMPARE(number(attr::DxaImpSeq), 1);
        // Its dirsync address: the hidden $SYSTEM custom recipient of PO1, made with it.
        auto requestor = seattle()->object(requestorDn());
        auto hidden = seattle()->object(Dn::parse(requestor->value(attr::DxaDirsyncAddress)).value());
        QCOMPARE(hidden->value(attr::TargetAddress), QStringLiteral("MS:NWNET/PO1/$SYSTEM"));
    }

    void changesFollowBothWays()
    {
        QVERIFY(cycle());
        QVERIFY(cycle());
        auto store = seattle();
        const QString annaGuid =
            store->findRecipients(0, {{attr::DisplayName, QStringLiteral("Anna Hoffmann")}}, 1)->first().guid;
        QVERIFY(po(Po2)->modifyUser(QStringLiteral("AHOFF"), QStringLiteral("Anna Hoffmann-Berg"), {}));
        QVERIFY(po(Po1)->deleteUser(QStringLiteral("BCOOPER")));
        ChangeSet c;
        c.create(QStringLiteral("mailbox"), SiteBuilder::recipientsDn(Org, QStringLiteral("SEATTLE")),
                 {{attr::DisplayName, {QStringLiteral("Rita Requestor")}},
                  {attr::MailNickname, {QStringLiteral("RitaR")}}});
        QVERIFY(store->commit(c).ok());
        QVERIFY(cycle());
        QVERIFY(cycle());
        auto anna = seattle()->objectByGuid(annaGuid);
        QVERIFY(anna.ok());
        QVERIFY(!anna->deleted);
        QCOMPARE(anna->displayName(), QStringLiteral("Anna Hoffmann-Berg")); // a modify: the same object
        QVERIFY(!imported().contains(QStringLiteral("MS:NWNET/PO1/BCOOPER")));
        QVERIFY(!gal(Po2).contains(QStringLiteral("Bob Cooper")));
        for (const QString& name : {Po1, Po2})
            QCOMPARE(gal(name).value(QStringLiteral("Rita Requestor")),
                     QStringLiteral("NORTHWIND/SEATTLE/RITAR"));
        QCOMPARE(gal(Po1).value(QStringLiteral("Anna Hoffmann-Berg")), QStringLiteral("NWNET/PO2/AHOFF"));
    }

    void importOnNextCycleReplacesWhatWasImported()
    {
        QVERIFY(cycle());
        QVERIFY(cycle());
        // An entry made by hand in the import container is not the server's: a full import keeps
        // only what the server lists. One imported entry is deleted by the administrator first.
        auto store = seattle();
        auto alice = store->findRecipients(0, {{attr::DisplayName, QStringLiteral("Alice Martin")}}, 1);
        ChangeSet drop;
        drop.remove(alice->first().dn);
        QVERIFY(store->commit(drop).ok());
        QVERIFY(!imported().contains(QStringLiteral("MS:NWNET/PO1/AMARTIN")));
        ChangeSet again;
        again.replace(requestorDn(), attr::DxaImportNow, {QStringLiteral("TRUE")});
        QVERIFY(store->commit(again).ok());
        QVERIFY(cycle());
        QVERIFY(cycle());
        QCOMPARE(number(attr::DxaImpSeq), 2);
        QCOMPARE(imported().value(QStringLiteral("MS:NWNET/PO1/AMARTIN")), QStringLiteral("Alice Martin"));
        QVERIFY(seattle()->object(requestorDn())->value(attr::DxaImportNow).isEmpty()); // once
    }

    void theRunSendsOnceAnHourAndAppliesReplies()
    {
        // The run (the services' work): the site's T1 at the top of the hour, once; T3 as soon as
        // a reply is there. The postoffices' own T1-T3 run by hand here.
        QVERIFY(Runner(*m_org).runUntilIdle(30).ok());
        QVERIFY(Runner(*m_org).runUntilIdle(30).ok());
        auto runs = seattle()->connection().scalar(
            QStringLiteral("SELECT count(*) FROM dirsync_runs WHERE step = 'sent'"));
        QCOMPARE(runs->toInt(), 1);
        QVERIFY(PostofficeDirsyncServer(*po(Po1)).t2().ok());
        QVERIFY(Runner(*m_org).runUntilIdle(30).ok());
        QCOMPARE(imported().value(QStringLiteral("MS:NWNET/PO1/AMARTIN")), QStringLiteral("Alice Martin"));
        QVERIFY(gal(Po1).contains(QStringLiteral("Andrew Fuller")));
    }

    void templateInformationOnlyWhenTheSettingsSayIt()
    {
        auto store = seattle();
        const Dn dxa = SiteBuilder::serverDn(Org, QStringLiteral("SEATTLE"), QStringLiteral("X1"))
                           .child(QStringLiteral("cn"), QStringLiteral("Microsoft DXA"));
        auto andrew = store->findRecipients(0, {{attr::DisplayName, QStringLiteral("Andrew Fuller")}}, 1);
        QVERIFY(andrew.ok() && andrew->size() == 1);
        ChangeSet c;
        c.replace(dxa, attr::DxaOutTemplateMap, {QStringLiteral("Title:|Title")});
        c.replace(andrew->first().dn, attr::Title, {QStringLiteral("Vice President")});
        QVERIFY(store->commit(c).ok());
        QVERIFY(cycle());
        QVERIFY(cycle());
        // Settings > Template information unchecked: neither sent nor received.
        QVERIFY(fieldsIn(Po2, QStringLiteral("Andrew Fuller")).isEmpty());
        QVERIFY(po(Po2)->modifyUser(QStringLiteral("AHOFF"), {},
                                    {{QStringLiteral("Title"), QStringLiteral("Buyer")}}));
        QVERIFY(cycle());
        QVERIFY(cycle());
        const auto annaTitle = [&] {
            auto anna =
                seattle()->findRecipients(0, {{attr::DisplayName, QStringLiteral("Anna Hoffmann")}}, 1);
            return anna && !anna->isEmpty() ? anna->first().value(attr::Title) : QStringLiteral("?");
        };
        QCOMPARE(annaTitle(), QString());

        // Send and receive: the entries go again with their fields, through PO1 to PO2 as well.
        ChangeSet both;
        both.replace(requestorDn(), attr::DxaTemplateOptions, {QStringLiteral("3")});
        QVERIFY(store->commit(both).ok());
        QVERIFY(po(Po2)->modifyUser(QStringLiteral("AHOFF"), {},
                                    {{QStringLiteral("Title"), QStringLiteral("Chief Buyer")}}));
        QVERIFY(cycle());
        QVERIFY(cycle());
        const QMap<QString, QString> vp{{QStringLiteral("Title"), QStringLiteral("Vice President")}};
        QCOMPARE(fieldsIn(Po1, QStringLiteral("Andrew Fuller")), vp);
        QCOMPARE(fieldsIn(Po2, QStringLiteral("Andrew Fuller")), vp);
        QCOMPARE(annaTitle(), QStringLiteral("Chief Buyer"));
    }

    void wrongPasswordIsRefusedByTheServer()
    {
        ChangeSet c;
        c.replace(requestorDn(), attr::DxaPassword, {QStringLiteral("WRONGPW")});
        QVERIFY(seattle()->commit(c).ok());
        QVERIFY(cycle());
        QVERIFY(cycle());
        QVERIFY(!gal(Po1).contains(QStringLiteral("Andrew Fuller")));
        auto log = PostofficeDirsync(*po(Po1)).log(50);
        bool refused = false;
        for (const PoDirsyncLogLine& l : log.value())
            refused =
                refused ||
                l.text.contains(QStringLiteral("[156] Invalid DirSync password from PCM:NORTHWIND/SEATTLE"));
        QVERIFY(refused);
    }
};

QTEST_GUILESS_MAIN(TestDirsyncRequestor)
#include "tst_dirsync_requestor.moc"
