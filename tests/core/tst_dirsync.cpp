#include "core/directory/DemoOrganization.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/dirsync/DirsyncCodec.h"
#include "core/dirsync/DirsyncCycle.h"
#include "core/dirsync/DirsyncLog.h"
#include "core/dirsync/DirsyncServer.h"
#include "core/dirsync/DirsyncSubject.h"
#include "core/msmail/PostofficeDirsync.h"
#include "core/services/Runner.h"
#include "core/services/Services.h"
#include "core/transport/MessageRow.h"
#include "core/transport/SiteTransport.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sa::core;

namespace {
const QString Org = QStringLiteral("NORTHWIND");
const QString Po1 = QStringLiteral("NWNET/PO1");
const QString Po2 = QStringLiteral("NWNET/PO2");
} // namespace

/// The dirsync engine over the demo's Q152167 topology, set up without the window
/// (DemoOrganization::addDirsync): X1 is the dirsync server, PO1 (served by X1) and PO2 (served by
/// X2, reached through its $SYSTEM custom recipient) are requestors. Whole cycles converge; changes
/// at either end reach the other; lost, duplicated, reordered, corrupt and unauthorised messages are
/// repaired or refused without losing or doubling anything.
class TestDirsync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Organization> m_org;

    std::unique_ptr<PostofficeStore> po(const QString& name) const
    {
        return std::move(PostofficeStore::open(m_org->dir(), name)).value();
    }
    std::unique_ptr<DirectoryStore> site(const QString& name) const
    {
        return std::move(DirectoryStore::open(m_org->sitePath(name))).value();
    }
    static Dn msmailRecipients()
    {
        return Dn::parse(QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=MSMail Recipients")).value();
    }
    static Dn requestorDn(const QString& name)
    {
        return SiteBuilder::connectionsDn(Org, QStringLiteral("SEATTLE"))
            .child(QStringLiteral("cn"), QStringLiteral("Directory Synchronization Server"))
            .child(QStringLiteral("cn"), name);
    }
    bool cycle() const
    {
        auto r = DirsyncCycle(*m_org).run();
        if (!r)
            qWarning("cycle: %s", qPrintable(r.error().message()));
        return r.ok();
    }
    bool carry() const
    {
        Runner runner(*m_org);
        runner.setScheduledDirsync(false);
        return runner.runUntilIdle(60).ok();
    }
    /// Display name -> target address of the live custom recipients imported into MSMail Recipients.
    QMap<QString, QString> imported(const QString& siteName) const
    {
        auto store = site(siteName);
        QMap<QString, QString> out;
        auto objects = store->subtree(msmailRecipients(), 1, QStringLiteral("custom-recipient"));
        for (const DirectoryObject& o : objects ? objects.value() : QList<DirectoryObject>())
            out.insert(o.displayName(), o.value(attr::TargetAddress));
        return out;
    }
    QMap<QString, QString> gal(const QString& name) const
    {
        QMap<QString, QString> out;
        auto entries = po(name)->gal();
        for (const PoGalEntry& e : entries ? entries.value() : QList<PoGalEntry>())
            out.insert(e.fullName, e.address);
        return out;
    }
    int events(int id) const
    {
        auto store = site(QStringLiteral("SEATTLE"));
        return store->connection()
            .scalar(QStringLiteral("SELECT count(*) FROM events WHERE event_id = ?"), {id})
            ->toInt();
    }
    qint64 number(const QString& requestor, const QString& attribute) const
    {
        auto o = site(QStringLiteral("SEATTLE"))->object(requestorDn(requestor));
        return o ? o->value(attribute).toLongLong() : -1;
    }
    /// The requestor messages waiting for T2 at SEATTLE.
    int waitingAtServer() const
    {
        return site(QStringLiteral("SEATTLE"))
            ->connection()
            .scalar(QStringLiteral("SELECT count(*) FROM site_mail WHERE owner = '$SYSTEM'"))
            ->toInt();
    }
    /// Everything the two postoffices and the directory agree on: PO1 and PO2 users imported once,
    /// each GAL with the other postoffice's users and both sites' mailboxes.
    void checkAgreement() const
    {
        const QMap<QString, QString> dir = imported(QStringLiteral("SEATTLE"));
        int fromPo1 = 0;
        int fromPo2 = 0;
        for (auto it = dir.cbegin(); it != dir.cend(); ++it) {
            fromPo1 += it.value().startsWith(QStringLiteral("MS:NWNET/PO1/")) ? 1 : 0;
            fromPo2 += it.value().startsWith(QStringLiteral("MS:NWNET/PO2/")) ? 1 : 0;
        }
        auto users1 = po(Po1)->users();
        auto users2 = po(Po2)->users();
        QCOMPARE(fromPo1, int(users1->size()));
        QCOMPARE(fromPo2, int(users2->size()));
        QCOMPARE(dir.size(), fromPo1 + fromPo2);
        for (const auto& [mine, other, otherUsers] :
             {std::tuple{Po1, Po2, users2.value()}, std::tuple{Po2, Po1, users1.value()}}) {
            const QMap<QString, QString> g = gal(mine);
            for (const PoUser& u : otherUsers)
                QVERIFY2(g.value(u.fullName) == other + QLatin1Char('/') + u.mailbox,
                         qPrintable(QStringLiteral("%1 lacks %2").arg(mine, u.fullName)));
            QVERIFY(g.contains(QStringLiteral("Andrew Fuller")));      // a SEATTLE mailbox
            QVERIFY(g.contains(QStringLiteral("Anne Dodsworth")));     // a LONDON mailbox
            QVERIFY(!g.contains(QStringLiteral("NWNET/PO2/$system"))); // hidden: never exported
        }
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto org = DemoOrganization::build(m_dir->path());
        QVERIFY2(org.ok(), qPrintable(org.error().message()));
        m_org = std::make_unique<Organization>(org.value());
        Status s = DemoOrganization::addDirsync(*m_org);
        QVERIFY2(s.ok(), qPrintable(s.error().message()));
    }
    void cleanup()
    {
        m_org.reset();
        m_dir.reset();
    }

    void firstCyclesBringEveryoneTogether()
    {
        QVERIFY(cycle());
        checkAgreement();
        // Imported as the original did: Imported-From the requestor, its trust level stamped, and
        // replicated to LONDON.
        auto store = site(QStringLiteral("SEATTLE"));
        auto alice = store->findRecipients(0, {{attr::DisplayName, QStringLiteral("Alice Martin")}}, 5);
        QVERIFY(alice.ok());
        QCOMPARE(alice->size(), 1);
        QCOMPARE(alice->first().value(attr::ImportedFrom), QStringLiteral("PO1"));
        QCOMPARE(alice->first().value(attr::TrustLevel), QStringLiteral("0"));
        QCOMPARE(alice->first().value(attr::TargetAddress), QStringLiteral("MS:NWNET/PO1/AMARTIN"));
        QVERIFY(carry());
        QCOMPARE(imported(QStringLiteral("LONDON")), imported(QStringLiteral("SEATTLE")));
        // Both requestors confirmed what they were sent at their next T1.
        QVERIFY(cycle());
        for (const QString& r : {QStringLiteral("PO1"), QStringLiteral("PO2")}) {
            QCOMPARE(number(r, attr::DxaConfSeq), number(r, attr::DxaSvrSeq));
            QCOMPARE(number(r, attr::DxaImpSeq), 1);
        }
        auto status = po(Po1)->connection().scalar(QStringLiteral("SELECT count(*) FROM reqtrans"));
        QCOMPARE(status->toInt(), 0); // everything confirmed: REQTRANS is empty
        checkAgreement();
    }

    void theRunAnswersOnItsOwn()
    {
        // Directory Synchronization runs with the default schedule (Always): the services' run
        // takes the requests in and answers as soon as they arrive.
        for (const QString& name : {Po1, Po2})
            QVERIFY(PostofficeDirsync(*po(name)).t1().ok());
        auto ran = Runner(*m_org).runUntilIdle(60);
        QVERIFY(ran.ok());
        QVERIFY(ran->dirsync >= 4); // two received, two answered
        for (const QString& name : {Po1, Po2})
            QVERIFY(PostofficeDirsync(*po(name)).t3().ok());
        checkAgreement();
        // Stopped, it leaves the requests waiting.
        QVERIFY(Services::stop(*site(QStringLiteral("SEATTLE")), QStringLiteral("X1"),
                               Services::DirectorySynchronization)
                    .ok());
        QVERIFY(PostofficeDirsync(*po(Po1)).t1().ok());
        QVERIFY(Runner(*m_org).runUntilIdle(60).ok());
        QCOMPARE(waitingAtServer(), 1);
    }

    void theDirsyncAdministratorGetsCopies()
    {
        // Dirsync administrator Andrew Fuller, with both check boxes: a copy of each request
        // received and of each reply sent lands in his mailbox.
        auto store = site(QStringLiteral("SEATTLE"));
        const Dn andrew = SiteBuilder::recipientsDn(Org, QStringLiteral("SEATTLE"))
                              .child(QStringLiteral("cn"), QStringLiteral("AndrewF"));
        ChangeSet c;
        c.modify(requestorDn(QStringLiteral("PO1")).parent(),
                 {{attr::DxaLocalAdmin, AttributeChange::Op::Replace, {andrew.toString()}},
                  {attr::DxaAdminCopy, AttributeChange::Op::Replace, {QStringLiteral("TRUE")}},
                  {attr::DxaAdminForward, AttributeChange::Op::Replace, {QStringLiteral("TRUE")}}});
        QVERIFY(store->commit(c).ok());
        QVERIFY(cycle());
        QVERIFY(carry());
        SiteTransport transport(*store, m_org->dir());
        auto mail = transport.mailOf(store->object(andrew)->guid);
        QVERIFY(mail.ok());
        int requests = 0;
        int replies = 0;
        for (const Message& m : mail.value()) {
            requests += m.subject.contains(QStringLiteral("ReqTx")) ? 1 : 0;
            replies += m.subject.contains(QStringLiteral("SrvTx")) ? 1 : 0;
        }
        QCOMPARE(requests, 2);
        QCOMPARE(replies, 2);
        checkAgreement(); // the copies change nothing else
    }

    void incomingTemplatesFillTheirAttributes()
    {
        // X1's Directory Synchronization maps "Phone:" to Department instead of the defaults.
        ChangeSet c;
        c.replace(SiteBuilder::serverDn(Org, QStringLiteral("SEATTLE"), QStringLiteral("X1"))
                      .child(QStringLiteral("cn"), QStringLiteral("Microsoft DXA")),
                  attr::DxaInTemplateMap, {QStringLiteral("Phone:|Department")});
        QVERIFY(site(QStringLiteral("SEATTLE"))->commit(c).ok());
        QVERIFY(cycle());
        QVERIFY(po(Po1)->modifyUser(QStringLiteral("AMARTIN"), {},
                                    {{QStringLiteral("Phone"), QStringLiteral("Sales Desk")},
                                     {QStringLiteral("Title"), QStringLiteral("Buyer")}}));
        QVERIFY(cycle());
        auto alice = site(QStringLiteral("SEATTLE"))
                         ->findRecipients(0, {{attr::DisplayName, QStringLiteral("Alice Martin")}}, 1);
        QCOMPARE(alice->first().value(attr::Department), QStringLiteral("Sales Desk"));
        QCOMPARE(alice->first().value(attr::Title), QString()); // not mapped any more
        QCOMPARE(alice->first().value(attr::TelephoneNumber), QString());
    }

    void diagnosticsLoggingDecidesWhatIsKept()
    {
        const Dn dxa = SiteBuilder::serverDn(Org, QStringLiteral("SEATTLE"), QStringLiteral("X1"))
                           .child(QStringLiteral("cn"), QStringLiteral("Microsoft DXA"));
        const auto setLevel = [&](const QString& level) {
            ChangeSet c;
            c.replace(dxa, attr::DiagnosticsLogging, {QStringLiteral("Event Handler|") + level});
            QVERIFY(site(QStringLiteral("SEATTLE"))->commit(c).ok());
        };
        // Unset (Minimum): warnings yes, information no.
        QVERIFY(DirsyncServer(*site(QStringLiteral("SEATTLE"))).approveDeletes(QStringLiteral("PO1")).ok());
        QCOMPARE(events(1109), 0);
        setLevel(QStringLiteral("Maximum"));
        QVERIFY(DirsyncServer(*site(QStringLiteral("SEATTLE"))).approveDeletes(QStringLiteral("PO1")).ok());
        QCOMPARE(events(1109), 1);
        // None: an error is logged all the same.
        setLevel(QStringLiteral("None"));
        QVERIFY(cycle());
        QVERIFY(PostofficeDirsync(*po(Po1)).makeRequestor(QStringLiteral("NORTHWIND/SEATTLE"),
                                                          QStringLiteral("wrong"), {}));
        QVERIFY(cycle());
        QCOMPARE(events(1101), 1);
        auto seattle = site(QStringLiteral("SEATTLE"));
        QCOMPARE(seattle->connection()
                     .scalar(QStringLiteral("SELECT category FROM events WHERE event_id = 1101"))
                     ->toString(),
                 QStringLiteral("Event Handler"));
    }

    void deliveryRestrictionsOfDirectorySynchronizationRefuseASender()
    {
        // X1's Directory Synchronization rejects messages from PO2's $SYSTEM custom recipient.
        ChangeSet c;
        c.replace(SiteBuilder::serverDn(Org, QStringLiteral("SEATTLE"), QStringLiteral("X1"))
                      .child(QStringLiteral("cn"), QStringLiteral("Microsoft DXA")),
                  attr::UnauthorizedSender,
                  {SiteBuilder::recipientsDn(Org, QStringLiteral("SEATTLE"))
                       .child(QStringLiteral("cn"), QStringLiteral("PO2SYSTEM"))
                       .toString()});
        QVERIFY(site(QStringLiteral("SEATTLE"))->commit(c).ok());
        QVERIFY(cycle());
        QCOMPARE(events(1111), 1);
        const QMap<QString, QString> dir = imported(QStringLiteral("SEATTLE"));
        QCOMPARE(dir.size(), 20); // PO1's users only
        for (const QString& address : dir)
            QVERIFY(address.startsWith(QStringLiteral("MS:NWNET/PO1/")));
    }

    void changesAtAPostofficeReachTheOtherAndTheDirectory()
    {
        QVERIFY(cycle());
        const QString aliceGuid =
            site(QStringLiteral("SEATTLE"))
                ->findRecipients(0, {{attr::DisplayName, QStringLiteral("Alice Martin")}}, 1)
                ->first()
                .guid;
        QVERIFY(po(Po1)->modifyUser(QStringLiteral("AMARTIN"), QStringLiteral("Alice Martin-Smith"),
                                    {{QStringLiteral("Title"), QStringLiteral("Buyer")}}));
        QVERIFY(po(Po1)->deleteUser(QStringLiteral("BCOOPER")));
        QVERIFY(po(Po2)->addUser(QStringLiteral("ZNEW"), QStringLiteral("Zoe New")));
        QVERIFY(cycle());
        QVERIFY(cycle());
        checkAgreement();
        // The rename is a modify: the same object, renamed, the template field mapped.
        auto alice = site(QStringLiteral("SEATTLE"))->objectByGuid(aliceGuid);
        QVERIFY(alice.ok());
        QVERIFY(!alice->deleted);
        QCOMPARE(alice->displayName(), QStringLiteral("Alice Martin-Smith"));
        QCOMPARE(alice->value(attr::Title), QStringLiteral("Buyer"));
        QVERIFY(gal(Po2).contains(QStringLiteral("Alice Martin-Smith")));
        QVERIFY(!gal(Po2).contains(QStringLiteral("Alice Martin")));
        QVERIFY(gal(Po1).contains(QStringLiteral("Zoe New")));
        auto runs = DirsyncLog::history(*site(QStringLiteral("SEATTLE")), 50);
        QVERIFY(runs.ok());
        bool sawModify = false;
        for (const DirsyncRun& r : runs.value())
            sawModify =
                sawModify || (r.requestor == QLatin1String("PO1") && r.step == QLatin1String("received") &&
                              r.modifies == 1 && r.deletes == 1);
        QVERIFY(sawModify);
    }

    void changesInTheDirectoryReachThePostoffices()
    {
        QVERIFY(cycle());
        auto store = site(QStringLiteral("SEATTLE"));
        const Dn recipients = SiteBuilder::recipientsDn(Org, QStringLiteral("SEATTLE"));
        ChangeSet c;
        c.create(QStringLiteral("mailbox"), recipients,
                 {{attr::DisplayName, {QStringLiteral("Nina Newcomer")}},
                  {attr::MailNickname, {QStringLiteral("NinaN")}}});
        auto made = store->commit(c);
        QVERIFY(made.ok());
        QVERIFY(cycle());
        QCOMPARE(gal(Po1).value(QStringLiteral("Nina Newcomer")), QStringLiteral("NORTHWIND/SEATTLE/NINAN"));
        QVERIFY(gal(Po2).contains(QStringLiteral("Nina Newcomer")));
        ChangeSet rename;
        rename.replace(made->created.first(), attr::DisplayName, {QStringLiteral("Nina Oldtimer")});
        QVERIFY(store->commit(rename).ok());
        QVERIFY(cycle());
        QVERIFY(gal(Po1).contains(QStringLiteral("Nina Oldtimer")));
        QVERIFY(!gal(Po1).contains(QStringLiteral("Nina Newcomer")));
        // Hidden from the address book: it leaves the postoffices' lists.
        ChangeSet hide;
        hide.replace(made->created.first(), attr::HideFromAddressBook, {QStringLiteral("TRUE")});
        QVERIFY(store->commit(hide).ok());
        QVERIFY(cycle());
        QVERIFY(!gal(Po1).contains(QStringLiteral("Nina Oldtimer")));
        QVERIFY(!gal(Po2).contains(QStringLiteral("Nina Oldtimer")));
    }

    void sameDisplayNameGetsNumberedPerPostoffice()
    {
        // A SEATTLE mailbox with the name of a PO1 user: PO1 already has that name, so it gets
        // "Alice Martin001"; PO2 has no such user of its own and gets both names unchanged... except
        // that PO1's Alice reaches PO2 too, so one of the two is numbered there as well.
        QVERIFY(cycle());
        ChangeSet c;
        c.create(QStringLiteral("mailbox"), SiteBuilder::recipientsDn(Org, QStringLiteral("SEATTLE")),
                 {{attr::DisplayName, {QStringLiteral("Alice Martin")}},
                  {attr::MailNickname, {QStringLiteral("AliceM2")}}});
        QVERIFY(site(QStringLiteral("SEATTLE"))->commit(c).ok());
        QVERIFY(cycle());
        const QMap<QString, QString> g1 = gal(Po1);
        QCOMPARE(g1.value(QStringLiteral("Alice Martin")), QStringLiteral("NWNET/PO1/AMARTIN"));
        QCOMPARE(g1.value(QStringLiteral("Alice Martin001")), QStringLiteral("NORTHWIND/SEATTLE/ALICEM2"));
        const QMap<QString, QString> g2 = gal(Po2);
        QVERIFY(g2.contains(QStringLiteral("Alice Martin")));
        QVERIFY(g2.contains(QStringLiteral("Alice Martin001")));
    }

    void lostReplyIsSentAgain()
    {
        for (const QString& name : {Po1, Po2})
            QVERIFY(PostofficeDirsync(*po(name)).t1().ok());
        QVERIFY(carry());
        QVERIFY(DirsyncCycle(*m_org).t2Now().ok());
        // The replies vanish in transit.
        auto seattle = site(QStringLiteral("SEATTLE"));
        auto dropped =
            seattle->connection().exec(QStringLiteral("DELETE FROM mta_queue WHERE subject LIKE '%SrvTx%'"));
        QVERIFY(dropped.ok());
        QCOMPARE(dropped->numRowsAffected(), 2);
        QVERIFY(carry());
        QCOMPARE(gal(Po1).size(), 20); // nothing arrived
        // The server keeps what it sent until confirmed: R and 86 adds for each.
        auto status = DirsyncServer(*seattle).status();
        QVERIFY(status.ok());
        QCOMPARE(status->first().pending, 87);
        QVERIFY(cycle()); // the next T1 confirms S=0: everything is sent again
        checkAgreement();
        QCOMPARE(imported(QStringLiteral("SEATTLE")).size(), 40);
    }

    void lostRequestIsSentAgain()
    {
        QVERIFY(PostofficeDirsync(*po(Po1)).t1().ok());
        QVERIFY(PostofficeDirsync(*po(Po2)).t1().ok());
        // PO1's request is lost on its way.
        auto po1 = po(Po1);
        QVERIFY(po1->dispatch().ok());
        auto lost = po1->connection().exec(QStringLiteral("DELETE FROM queue WHERE subject LIKE '%ReqTx%'"));
        QVERIFY(lost.ok());
        QCOMPARE(lost->numRowsAffected(), 1);
        QVERIFY(carry());
        QVERIFY(DirsyncCycle(*m_org).t2Now().ok());
        QVERIFY(carry());
        QVERIFY(PostofficeDirsync(*po(Po1)).t3().ok());
        QVERIFY(PostofficeDirsync(*po(Po2)).t3().ok());
        QCOMPARE(number(QStringLiteral("PO1"), attr::DxaReqSeq), 0);
        QVERIFY(cycle()); // PO1 sends everything it has not had confirmed
        QVERIFY(cycle());
        checkAgreement();
    }

    void duplicateRequestChangesNothingTwice()
    {
        QVERIFY(cycle());
        QVERIFY(po(Po1)->addUser(QStringLiteral("DUP"), QStringLiteral("Dana Duplicate")));
        QVERIFY(PostofficeDirsync(*po(Po1)).t1().ok());
        QVERIFY(carry());
        // The same request arrives twice (another copy, another id).
        auto store = site(QStringLiteral("SEATTLE"));
        auto copied = store->connection().exec(QStringLiteral(
            "INSERT INTO site_mail(owner, message_id, sender, recipient, subject, body, attachment,"
            " attachment_name, submitted, delivered, report) SELECT owner, message_id || '-copy',"
            " sender, recipient, subject, body, attachment, attachment_name, submitted, delivered,"
            " report FROM site_mail WHERE owner = '$SYSTEM'"));
        QVERIFY(copied.ok());
        QCOMPARE(waitingAtServer(), 2);
        // The first copy is applied alone; then the administrator edits the imported entry.
        QVERIFY(
            store->connection()
                .exec(QStringLiteral("UPDATE site_mail SET owner = 'held' WHERE message_id LIKE '%-copy'"))
                .ok());
        auto t2 = DirsyncCycle(*m_org).t2Now();
        QVERIFY(t2.ok());
        QCOMPARE(t2->adds, 1);
        auto dana = store->findRecipients(0, {{attr::DisplayName, QStringLiteral("Dana Duplicate")}}, 2);
        QCOMPARE(dana->size(), 1);
        ChangeSet edit;
        edit.replace(dana->first().dn, attr::DisplayName, {QStringLiteral("Dana (edited here)")});
        QVERIFY(store->commit(edit).ok());
        // The second copy carries numbers already applied: nothing of it is applied again.
        QVERIFY(store->connection()
                    .exec(QStringLiteral("UPDATE site_mail SET owner = '$SYSTEM' WHERE owner = 'held'"))
                    .ok());
        t2 = DirsyncCycle(*m_org).t2Now();
        QVERIFY(t2.ok());
        QCOMPARE(t2->received, 1);
        QCOMPARE(t2->adds + t2->modifies, 0);
        QCOMPARE(store->objectByGuid(dana->first().guid)->displayName(),
                 QStringLiteral("Dana (edited here)"));
        QVERIFY(carry());
        QVERIFY(PostofficeDirsync(*po(Po1)).t3().ok());
        QVERIFY(cycle());
        QCOMPARE(imported(QStringLiteral("SEATTLE")).values().count(QStringLiteral("MS:NWNET/PO1/DUP")), 1);
    }

    void olderRequestAfterANewerOneIsIgnored()
    {
        QVERIFY(cycle());
        QVERIFY(po(Po1)->modifyUser(QStringLiteral("AMARTIN"), QStringLiteral("Alice Early"), {}));
        QVERIFY(PostofficeDirsync(*po(Po1)).t1().ok());
        QVERIFY(po(Po1)->modifyUser(QStringLiteral("AMARTIN"), QStringLiteral("Alice Late"), {}));
        QTest::qWait(5); // the second request is submitted later
        QVERIFY(PostofficeDirsync(*po(Po1)).t1().ok());
        QVERIFY(carry());
        // The newer request is processed first, the older one arrives after it (delayed).
        auto store = site(QStringLiteral("SEATTLE"));
        auto rows = store->connection().exec(
            QStringLiteral("SELECT id, submitted FROM site_mail WHERE owner = '$SYSTEM' ORDER BY submitted"));
        QVERIFY(rows.ok());
        QList<std::pair<qint64, QString>> mail;
        while (rows.value().next())
            mail.append({rows.value().value(0).toLongLong(), rows.value().value(1).toString()});
        rows.value().finish();
        QCOMPARE(mail.size(), 2);
        auto hold = store->connection().exec(
            QStringLiteral("UPDATE site_mail SET owner = 'held' WHERE id = ?"), {mail.first().first});
        QVERIFY(hold.ok());
        QVERIFY(DirsyncCycle(*m_org).t2Now().ok());
        QVERIFY(store->connection()
                    .exec(QStringLiteral("UPDATE site_mail SET owner = '$SYSTEM' WHERE owner = 'held'"))
                    .ok());
        QVERIFY(DirsyncCycle(*m_org).t2Now().ok());
        QCOMPARE(events(1104), 1);
        QVERIFY(imported(QStringLiteral("SEATTLE")).contains(QStringLiteral("Alice Late")));
        QVERIFY(!imported(QStringLiteral("SEATTLE")).contains(QStringLiteral("Alice Early")));
        QVERIFY(carry());
        QVERIFY(cycle());
        checkAgreement();
    }

    void corruptRequestIsSetAsideWhole()
    {
        QVERIFY(cycle());
        // Two good adds, then a line that is not a transaction: none of it may be applied.
        DirsyncMessage m;
        m.header.task = dirsync::TaskUpdate;
        m.header.reqName = QStringLiteral("PCM:NWNET/PO1");
        m.header.password = DemoOrganization::DirsyncPassword;
        m.header.reqSeq = 99;
        m.header.srvSeq = number(QStringLiteral("PO1"), attr::DxaConfSeq);
        m.header.impSeq = 1;
        auto text = DirsyncCodec::encode(m);
        QVERIFY(text.ok());
        const QString attachment =
            QStringLiteral("[DIRSYNC-TRANSACTIONS]\n"
                           "0000000097 A Good One                      PCM:NWNET/PO1/GOOD1\n"
                           "0000000098 A Good Two                      PCM:NWNET/PO1/GOOD2\n"
                           "0000000099 X this is not a transaction\n");
        Message mail = Message::create(
            QStringLiteral("MS:NWNET/PO1/$SYSTEM"), QStringLiteral("MS:NORTHWIND/SEATTLE/$SYSTEM"),
            QStringLiteral("$SYSTEM ReqTx R=99 (was 0), S=0, I=1 3 sent"), text->body);
        mail.attachment = attachment.toUtf8();
        auto store = site(QStringLiteral("SEATTLE"));
        const auto before = imported(QStringLiteral("SEATTLE"));
        auto put = store->connection().exec(QStringLiteral("INSERT INTO site_mail(owner, %1, delivered) "
                                                           "VALUES ('$SYSTEM', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                                .arg(MessageRow::DeliveredColumns),
                                            MessageRow::deliveredValues(mail) +
                                                QVariantList{QStringLiteral("2026-01-01T00:00:00Z")});
        QVERIFY2(put.ok(), qPrintable(put.ok() ? QString() : put.error().message()));
        auto t2 = DirsyncCycle(*m_org).t2Now();
        QVERIFY(t2.ok());
        QCOMPARE(t2->rejected, 1);
        QCOMPARE(imported(QStringLiteral("SEATTLE")), before);
        QCOMPARE(events(1102), 1);
        QCOMPARE(store->connection().scalar(QStringLiteral("SELECT count(*) FROM dxa_quarantine"))->toInt(),
                 1);
        QCOMPARE(waitingAtServer(), 0);
        QVERIFY(cycle());
        checkAgreement();
    }

    void wrongPasswordAndUnknownRequestorAreRefused()
    {
        QVERIFY(cycle());
        const auto before = imported(QStringLiteral("SEATTLE"));
        QVERIFY(PostofficeDirsync(*po(Po1)).makeRequestor(QStringLiteral("NORTHWIND/SEATTLE"),
                                                          QStringLiteral("wrong"), {}));
        QVERIFY(po(Po1)->addUser(QStringLiteral("SNEAK"), QStringLiteral("Sam Sneak")));
        QVERIFY(cycle());
        QCOMPARE(events(1101), 1);
        QCOMPARE(imported(QStringLiteral("SEATTLE")), before);
        // A postoffice no requestor stands for.
        auto po3 = PostofficeStore::create(m_org->dir(), QStringLiteral("NWNET/PO3"), {});
        QVERIFY(po3.ok());
        QVERIFY(po3.value()->setRoute(QStringLiteral("NORTHWIND/SEATTLE")).ok());
        Message m = Message::create(QStringLiteral("MS:NWNET/PO3/$SYSTEM"),
                                    QStringLiteral("MS:NORTHWIND/SEATTLE/$SYSTEM"),
                                    QStringLiteral("$SYSTEM ReqTx R=1 (was 0), S=0, I=1 1 sent"),
                                    QStringLiteral("[DIRSYNC]\nTASK=UPDATE\n"));
        auto store = site(QStringLiteral("SEATTLE"));
        QVERIFY(
            store->connection()
                .exec(QStringLiteral(
                          "INSERT INTO site_mail(owner, %1, delivered) VALUES ('$SYSTEM', ?, ?, ?, ?, ?, "
                          "?, ?, ?, ?, ?)")
                          .arg(MessageRow::DeliveredColumns),
                      MessageRow::deliveredValues(m) + QVariantList{QStringLiteral("2026-01-01T00:00:00Z")})
                .ok());
        QVERIFY(DirsyncCycle(*m_org).t2Now().ok());
        QCOMPARE(events(136), 1);
        QCOMPARE(imported(QStringLiteral("SEATTLE")), before);
        // With the right password again, the sneak arrives once.
        QVERIFY(PostofficeDirsync(*po(Po1)).makeRequestor(QStringLiteral("NORTHWIND/SEATTLE"),
                                                          DemoOrganization::DirsyncPassword, {}));
        QVERIFY(cycle());
        QVERIFY(imported(QStringLiteral("SEATTLE")).contains(QStringLiteral("Sam Sneak")));
        checkAgreement();
    }

    void deletingARequestorDeletesItsEntriesEverywhere()
    {
        QVERIFY(cycle());
        QVERIFY(cycle());
        auto store = site(QStringLiteral("SEATTLE"));
        ChangeSet c;
        c.remove(requestorDn(QStringLiteral("PO2")));
        QVERIFY(store->commit(c).ok());
        const auto left = imported(QStringLiteral("SEATTLE"));
        QCOMPARE(left.size(), 20);
        for (const QString& address : left)
            QVERIFY(address.startsWith(QStringLiteral("MS:NWNET/PO1/")));
        // 20 of PO1's 86 entries would go: more than its deletion threshold (10 %) allows. The
        // reply waits, said once, until an administrator approves.
        QVERIFY(cycle());
        QVERIFY(cycle());
        QCOMPARE(events(1108), 1);
        QVERIFY(gal(Po1).contains(QStringLiteral("Anna Hoffmann")));
        auto status = DirsyncServer(*store).status();
        QCOMPARE(status->size(), 1);
        QCOMPARE(status->first().lastStatus, DirsyncRun::StoppedByThreshold);
        // What approving lets go, shown first.
        auto preview = DirsyncServer(*store).preview(true);
        QVERIFY(preview.ok());
        int deletes = 0;
        for (const DirsyncTransaction& t : preview->first().outgoing)
            deletes += t.code == DirsyncTransaction::Code::Delete ? 1 : 0;
        QCOMPARE(deletes, 20);
        auto held = DirsyncServer(*store).approveDeletes(QStringLiteral("po1"));
        QVERIFY(held.ok());
        QCOMPARE(held.value(), 20);
        QVERIFY(cycle());
        QVERIFY(!gal(Po1).contains(QStringLiteral("Anna Hoffmann")));
        QVERIFY(gal(Po1).contains(QStringLiteral("Andrew Fuller")));
        QCOMPARE(DirsyncServer(*store).status()->first().lastStatus, QStringLiteral("success"));
        // The approval was used up by that reply.
        QCOMPARE(
            store->connection().scalar(QStringLiteral("SELECT approved_deletes FROM dxa_state"))->toInt(), 0);
        QVERIFY(!DirsyncServer(*store).approveDeletes(QStringLiteral("PO9")).ok());
    }

    void smallDeletionsPassTheThreshold()
    {
        QVERIFY(cycle());
        QVERIFY(po(Po2)->deleteUser(QStringLiteral("AHOFF")));
        QVERIFY(cycle());
        QVERIFY(cycle());
        QCOMPARE(events(1108), 0);
        QVERIFY(!gal(Po1).contains(QStringLiteral("Anna Hoffmann")));
        checkAgreement();
    }

    void previewIsWhatTheNextT2Does()
    {
        QVERIFY(cycle());
        QVERIFY(po(Po1)->modifyUser(QStringLiteral("AMARTIN"), QStringLiteral("Alice Preview"), {}));
        QVERIFY(po(Po2)->addUser(QStringLiteral("PREV"), QStringLiteral("Paul Preview")));
        ChangeSet c;
        c.create(QStringLiteral("mailbox"), SiteBuilder::recipientsDn(Org, QStringLiteral("LONDON")),
                 {{attr::DisplayName, {QStringLiteral("Lucy London")}},
                  {attr::MailNickname, {QStringLiteral("LucyL")}}});
        QVERIFY(site(QStringLiteral("LONDON"))->commit(c).ok());
        for (const QString& name : {Po1, Po2})
            QVERIFY(PostofficeDirsync(*po(name)).t1().ok());
        QVERIFY(carry());
        auto store = site(QStringLiteral("SEATTLE"));
        const QString digest = sa::test::databaseDigest(store->path());
        auto preview = DirsyncServer(*store).preview();
        QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.error().message()));
        QCOMPARE(sa::test::databaseDigest(store->path()), digest); // nothing changed
        const qint64 lastQueued = store->connection()
                                      .scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM mta_queue"))
                                      ->toLongLong();
        auto t2 = DirsyncServer(*store).t2();
        QVERIFY(t2.ok());
        int incoming = 0;
        for (const DirsyncPreview& v : preview.value()) {
            incoming += v.incomingAdds + v.incomingModifies + v.incomingDeletes;
            QCOMPARE(v.status, QStringLiteral("reply"));
            auto partner = store->object(requestorDn(v.requestor));
            const QString address = v.requestor == QLatin1String("PO1")
                                        ? QStringLiteral("MS:NWNET/PO1/$SYSTEM")
                                        : QStringLiteral("MS:NWNET/PO2/$system");
            auto sent =
                store->connection().exec(QStringLiteral("SELECT body, attachment FROM mta_queue WHERE seq > ?"
                                                        " AND lower(recipient) = lower(?)"),
                                         {lastQueued, address});
            QVERIFY(sent.ok());
            QVERIFY(sent.value().next());
            auto parsed = DirsyncCodec::parse(sent.value().value(0).toString(),
                                              QString::fromUtf8(sent.value().value(1).toByteArray()));
            QVERIFY(parsed.ok());
            QCOMPARE(parsed->transactions, v.outgoing);
            QVERIFY(!v.outgoing.isEmpty()); // Lucy London at least
        }
        QCOMPARE(incoming, t2->adds + t2->modifies + t2->deletes);
        QCOMPARE(incoming, 2);
    }

    void resetNumbersStartOverWithAFullExport()
    {
        QVERIFY(cycle());
        QVERIFY(cycle());
        auto store = site(QStringLiteral("SEATTLE"));
        QVERIFY(DirsyncServer(*store).reset(QStringLiteral("PO2")));
        QCOMPARE(number(QStringLiteral("PO2"), attr::DxaSvrSeq), 0);
        QVERIFY(!DirsyncServer(*store).reset(QStringLiteral("PO9")).ok());
        QVERIFY(cycle());
        QVERIFY(cycle());
        checkAgreement();
        QCOMPARE(imported(QStringLiteral("SEATTLE")).size(), 40); // nothing doubled
        QVERIFY(number(QStringLiteral("PO2"), attr::DxaSvrSeq) > 0);
    }

    void serverThatLostItsNumbersDoesAFullExport()
    {
        QVERIFY(cycle());
        QVERIFY(cycle());
        // The server's numbers for PO1 go back to 0 (a restore, or raw-mode reset, Q152231).
        auto store = site(QStringLiteral("SEATTLE"));
        ChangeSet c;
        c.modify(requestorDn(QStringLiteral("PO1")),
                 {{attr::DxaSvrSeq, AttributeChange::Op::Replace, {QStringLiteral("0")}},
                  {attr::DxaConfSeq, AttributeChange::Op::Replace, {QStringLiteral("0")}}});
        QVERIFY(store->commit(c).ok());
        QVERIFY(po(Po1)->modifyUser(QStringLiteral("AMARTIN"), QStringLiteral("Alice After"), {}));
        QVERIFY(cycle());
        QCOMPARE(events(220), 1);
        QCOMPARE(events(221), 1);
        QVERIFY(cycle());
        checkAgreement();
        QVERIFY(gal(Po2).contains(QStringLiteral("Alice After")));
    }

    void postofficeRestoredFromBackupGetsEverythingAgain()
    {
        QVERIFY(cycle());
        QVERIFY(cycle());
        // PO2 is restored to an older state: its numbers are behind what it had confirmed.
        auto po2 = po(Po2);
        QVERIFY(po2->connection()
                    .exec(QStringLiteral("UPDATE meta SET value = '5' WHERE key = 'dirsync-srvsync'"))
                    .ok());
        QVERIFY(po2->connection()
                    .exec(QStringLiteral("DELETE FROM external WHERE address_key LIKE 'NWNET/PO1/%'"))
                    .ok());
        QVERIFY(po(Po1)->addUser(QStringLiteral("LATE"), QStringLiteral("Leo Late")));
        QVERIFY(cycle());
        QCOMPARE(events(220), 1);
        QCOMPARE(events(221), 1);
        QVERIFY(cycle());
        checkAgreement();
    }

    void postofficeThatMissesTransactionsAsksForImport()
    {
        QVERIFY(cycle());
        QVERIFY(cycle());
        // A reply from a server that believes PO2 applied more than it did: what lies between is
        // missing, and PO2 asks for every list with its next T1.
        auto po2 = po(Po2);
        const qint64 srvSync = PostofficeDirsync(*po2).status()->srvSync;
        const qint64 imp = PostofficeDirsync(*po2).status()->impSync;
        DirsyncMessage m;
        m.header.task = dirsync::TaskReply;
        m.header.reqName = QStringLiteral("PCM:NWNET/PO2");
        m.header.reqSeq = 0;
        m.header.srvSeq = srvSync + 10;
        m.header.impSeq = imp;
        DirsyncTransaction t;
        t.seq = srvSync + 5;
        t.fullName = QStringLiteral("Out Of Order");
        t.address = QStringLiteral("MS:NWNET/PO1/OOO");
        m.transactions << t;
        auto text = DirsyncCodec::encode(m);
        QVERIFY(text.ok());
        Message mail = Message::create(QStringLiteral("MS:NORTHWIND/SEATTLE/$SYSTEM"),
                                       QStringLiteral("MS:NWNET/PO2/$SYSTEM"),
                                       QStringLiteral("$SYSTEM SrvTx R=0 S=%1 (was %2), I=%3 1 sent")
                                           .arg(srvSync + 10)
                                           .arg(srvSync + 4)
                                           .arg(imp),
                                       text->body);
        mail.attachment = text->attachment.toUtf8();
        QVERIFY(po2->accept(mail).ok());
        QVERIFY(po2->dispatch().ok());
        auto t3 = PostofficeDirsync(*po2).t3();
        QVERIFY(t3.ok());
        QCOMPARE(t3->rejected, 1);
        QVERIFY(!gal(Po2).contains(QStringLiteral("Out Of Order")));
        QCOMPARE(PostofficeDirsync(*po2).status()->impSync, imp + 1);
        auto log = PostofficeDirsync(*po2).log(20);
        QVERIFY(log.ok());
        bool asked = false;
        for (const PoDirsyncLogLine& l : log.value())
            asked = asked || l.text.contains(QStringLiteral("[139]"));
        QVERIFY(asked);
        QVERIFY(po2->connection()
                    .exec(QStringLiteral("DELETE FROM external WHERE address_key LIKE 'NWNET/PO1/%'"))
                    .ok());
        QVERIFY(cycle()); // the import request: a full reply replaces every list
        checkAgreement();
    }

    void addressConflictIsReportedNotOverwritten()
    {
        QVERIFY(cycle());
        // PO2 sends an entry whose address a SEATTLE custom recipient already has.
        ChangeSet c;
        c.create(QStringLiteral("custom-recipient"),
                 SiteBuilder::recipientsDn(Org, QStringLiteral("SEATTLE")),
                 {{attr::DisplayName, {QStringLiteral("Kept Contact")}},
                  {attr::MailNickname, {QStringLiteral("Kept")}},
                  {attr::TargetAddress, {QStringLiteral("MS:NWNET/PO2/KEPT")}}});
        QVERIFY(site(QStringLiteral("SEATTLE"))->commit(c).ok());
        QVERIFY(po(Po2)->addUser(QStringLiteral("KEPT"), QStringLiteral("Kim Kept")));
        QVERIFY(cycle());
        QCOMPARE(events(1103), 1);
        auto kept = site(QStringLiteral("SEATTLE"))
                        ->findRecipients(0, {{attr::DisplayName, QStringLiteral("Kept Contact")}}, 2);
        QCOMPARE(kept->size(), 1);
        QCOMPARE(kept->first().value(attr::TargetAddress), QStringLiteral("MS:NWNET/PO2/KEPT"));
        QVERIFY(!imported(QStringLiteral("SEATTLE")).contains(QStringLiteral("Kim Kept")));
    }

    void rulesOfTheObjects()
    {
        auto store = site(QStringLiteral("SEATTLE"));
        const Dn dxa = requestorDn(QStringLiteral("PO1")).parent();
        // A second requestor for one postoffice.
        ChangeSet twice;
        twice.create(QStringLiteral("remote-dirsync-requestor"), dxa, {{attr::DxaReqName, {Po1}}},
                     QStringLiteral("PO1b"));
        auto refused = store->commit(twice);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message().contains(QStringLiteral("already has a requestor")));
        // A second dirsync server.
        ChangeSet second;
        second.create(
            QStringLiteral("dirsync-server"), SiteBuilder::connectionsDn(Org, QStringLiteral("SEATTLE")),
            {{attr::ResponsibleLocalDxa,
              {SiteBuilder::serverDn(Org, QStringLiteral("SEATTLE"), QStringLiteral("X1")).toString()}}},
            QStringLiteral("Another"));
        refused = store->commit(second);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message().contains(
            QStringLiteral("already has a Directory Synchronization Server")));
        // The Dir-Sync Address must be a $SYSTEM custom recipient.
        ChangeSet wrongAddress;
        wrongAddress.create(QStringLiteral("remote-dirsync-requestor"), dxa,
                            {{attr::DxaDirsyncAddress,
                              {SiteBuilder::recipientsDn(Org, QStringLiteral("SEATTLE"))
                                   .child(QStringLiteral("cn"), QStringLiteral("AndrewF"))
                                   .toString()}}},
                            QStringLiteral("PO9"));
        refused = store->commit(wrongAddress);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message().contains(QStringLiteral("must be an MS Mail custom recipient")),
                 qPrintable(refused.error().message()));
        // The import container is fixed once chosen, and never another site's replica.
        ChangeSet move;
        move.replace(requestorDn(QStringLiteral("PO1")), attr::ImportContainer,
                     {SiteBuilder::recipientsDn(Org, QStringLiteral("SEATTLE")).toString()});
        refused = store->commit(move);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message().contains(QStringLiteral("fixed once chosen")));
        ChangeSet replica;
        replica.create(
            QStringLiteral("remote-dirsync-requestor"), dxa,
            {{attr::DxaReqName, {QStringLiteral("NWNET/PO7")}},
             {attr::ImportContainer, {SiteBuilder::recipientsDn(Org, QStringLiteral("LONDON")).toString()}}},
            QStringLiteral("PO7"));
        refused = store->commit(replica);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message().contains(QStringLiteral("replica")),
                 qPrintable(refused.error().message()));
        // The $SYSTEM custom recipient a requestor uses stays while the requestor does.
        ChangeSet dropAddress;
        dropAddress.remove(SiteBuilder::recipientsDn(Org, QStringLiteral("SEATTLE"))
                               .child(QStringLiteral("cn"), QStringLiteral("PO2SYSTEM")));
        refused = store->commit(dropAddress);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message().contains(QStringLiteral("delete the requestor first")));
        // A second $SYSTEM custom recipient for a postoffice (Admin's c1030b35), in either site.
        ChangeSet secondSystem;
        secondSystem.create(QStringLiteral("custom-recipient"),
                            SiteBuilder::recipientsDn(Org, QStringLiteral("SEATTLE")),
                            {{attr::DisplayName, {QStringLiteral("PO2 again")}},
                             {attr::MailNickname, {QStringLiteral("PO2again")}},
                             {attr::TargetAddress, {QStringLiteral("MS:NWNET/PO2/$SYSTEM")}}});
        refused = store->commit(secondSystem);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message().contains(
                     QStringLiteral("NWNET/PO2 has its $SYSTEM custom recipient already")),
                 qPrintable(refused.error().message()));
        // The dirsync server goes after its requestors, and says which they are.
        ChangeSet server;
        server.remove(dxa);
        refused = store->commit(server);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message().contains(
                     QStringLiteral("still has Remote Dir-Sync Requestors (PO1, PO2)")),
                 qPrintable(refused.error().message()));
        // A requestor for a direct postoffice got its hidden $SYSTEM custom recipient.
        auto po1 = store->object(requestorDn(QStringLiteral("PO1")));
        QVERIFY(po1.ok());
        auto hidden = store->object(Dn::parse(po1->value(attr::DxaDirsyncAddress)).value());
        QVERIFY(hidden.ok());
        QCOMPARE(hidden->value(attr::TargetAddress), QStringLiteral("MS:NWNET/PO1/$SYSTEM"));
        QCOMPARE(hidden->value(attr::HideFromAddressBook), QStringLiteral("TRUE"));
    }
};

QTEST_GUILESS_MAIN(TestDirsync)
#include "tst_dirsync.moc"
