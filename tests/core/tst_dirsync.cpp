#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/dirsync/DirsyncLog.h"
#include "core/dirsync/DirsyncServerAdmin.h"
#include "core/dirsyncprotocol/DirsyncCodec.h"
#include "core/dirsyncprotocol/DirsyncSubject.h"
#include "core/host/DemoOrganization.h"
#include "core/host/DirsyncCycle.h"
#include "core/host/Runner.h"
#include "core/message/MessageRow.h"
#include "core/msmail/PostofficeDirsync.h"
#include "core/msmail/PostofficeDirsyncServer.h"
#include "core/msmail/PostofficeStore.h"
#include "core/services/Services.h"
#include "core/transport/SiteTransport.h"
#include "tests/support/DirsyncFixture.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sa::core;

/// The dirsync engine over the demo's Q152167 topology, set up without the window
/// (DemoOrganization::addDirsync): X1 is the dirsync server, PO1 (served by X1) and PO2 (served by
/// X2, reached through its $SYSTEM custom recipient) are requestors. Whole cycles converge; changes
/// at either end reach the other; the server's settings (copies, templates, logging, delivery
/// restrictions) act; the preview is the next T2; the objects keep their rules.
class TestDirsync : public QObject, protected sa::test::DirsyncFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { build(true); }
    void cleanup() { tearDown(); }

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
        const Dn dxa =
            SiteBuilder::directorySynchronizationDn(Org, QStringLiteral("SEATTLE"), QStringLiteral("X1"));
        const auto setLevel = [&](const QString& level) {
            ChangeSet c;
            c.replace(dxa, attr::DiagnosticsLogging,
                      level.isEmpty() ? QStringList()
                                      : QStringList{QStringLiteral("Event Handler|") + level});
            QVERIFY(site(QStringLiteral("SEATTLE"))->commit(c).ok());
        };
        // The demo logs at Medium: each requestor's step of a cycle is an information event.
        QCOMPARE(site(QStringLiteral("SEATTLE"))->object(dxa)->value(attr::DiagnosticsLogging),
                 QStringLiteral("Event Handler|Medium"));
        QVERIFY(cycle());
        QVERIFY2(events(1107) >= 4, qPrintable(QString::number(events(1107)))); // PO1 and PO2, in and out
        // Unset (Minimum): warnings yes, information no; a cycle logs no step.
        setLevel(QString());
        const int steps = events(1107);
        QVERIFY(cycle());
        QCOMPARE(events(1107), steps);
        QVERIFY(
            DirsyncServerAdmin(*site(QStringLiteral("SEATTLE"))).approveDeletes(QStringLiteral("PO1")).ok());
        QCOMPARE(events(1109), 0);
        setLevel(QStringLiteral("Maximum"));
        QVERIFY(
            DirsyncServerAdmin(*site(QStringLiteral("SEATTLE"))).approveDeletes(QStringLiteral("PO1")).ok());
        QCOMPARE(events(1109), 1);
        // None: an error is logged all the same.
        setLevel(QStringLiteral("None"));
        QVERIFY(cycle());
        QVERIFY(PostofficeDirsync(*po(Po1)).makeRequestor(QStringLiteral("NORTHWIND/SEATTLE"),
                                                          QStringLiteral("WRONGPW"), {}));
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

    void outgoingTemplatesTravelWithTheEntries()
    {
        auto store = site(QStringLiteral("SEATTLE"));
        ChangeSet c;
        c.create(QStringLiteral("mailbox"), SiteBuilder::recipientsDn(Org, QStringLiteral("SEATTLE")),
                 {{attr::DisplayName, {QStringLiteral("Nina Newcomer")}},
                  {attr::MailNickname, {QStringLiteral("NinaN")}},
                  {attr::Department, {QStringLiteral("Sales")}}});
        auto made = store->commit(c);
        QVERIFY(made.ok());
        const Dn nina = made->created.first();
        QVERIFY(cycle());
        // No Outgoing Templates: names and addresses only.
        QVERIFY(fieldsIn(Po1, QStringLiteral("Nina Newcomer")).isEmpty());

        // Mapping attributes out sends every entry again, with its fields, to both postoffices.
        ChangeSet map;
        map.replace(
            SiteBuilder::serverDn(Org, QStringLiteral("SEATTLE"), QStringLiteral("X1"))
                .child(QStringLiteral("cn"), QStringLiteral("Microsoft DXA")),
            attr::DxaOutTemplateMap,
            {QStringLiteral("Department:|Department"), QStringLiteral("Phone:|") + attr::TelephoneNumber});
        QVERIFY(store->commit(map).ok());
        QVERIFY(cycle());
        const QMap<QString, QString> sales{{QStringLiteral("Department"), QStringLiteral("Sales")}};
        QCOMPARE(fieldsIn(Po1, QStringLiteral("Nina Newcomer")), sales);
        QCOMPARE(fieldsIn(Po2, QStringLiteral("Nina Newcomer")), sales);

        // A change of a mapped attribute alone is a modify; a value cleared leaves the list.
        ChangeSet move;
        move.replace(nina, attr::Department, {QStringLiteral("Marketing")});
        move.replace(nina, attr::TelephoneNumber, {QStringLiteral("555-0100")});
        QVERIFY(store->commit(move).ok());
        QVERIFY(cycle());
        QCOMPARE(fieldsIn(Po1, QStringLiteral("Nina Newcomer")),
                 (QMap<QString, QString>{{QStringLiteral("Department"), QStringLiteral("Marketing")},
                                         {QStringLiteral("Phone"), QStringLiteral("555-0100")}}));
        ChangeSet clear;
        clear.replace(nina, attr::Department, {});
        QVERIFY(store->commit(clear).ok());
        QVERIFY(cycle());
        QCOMPARE(fieldsIn(Po1, QStringLiteral("Nina Newcomer")),
                 (QMap<QString, QString>{{QStringLiteral("Phone"), QStringLiteral("555-0100")}}));
        QCOMPARE(fieldsIn(Po2, QStringLiteral("Nina Newcomer")),
                 (QMap<QString, QString>{{QStringLiteral("Phone"), QStringLiteral("555-0100")}}));
        checkAgreement();
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
        auto preview = DirsyncServerAdmin(*store).preview();
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

    void aDirsyncPasswordMeetsOneMinimumEverywhere()
    {
        // The directory: a requestor is refused without a password, with a short one, blanks or one
        // character repeated, before anything is written (its hidden $SYSTEM recipient included).
        auto store = site(QStringLiteral("SEATTLE"));
        const Dn dxa = requestorDn(QStringLiteral("PO1")).parent();
        const qint64 usn = store->highestUsn();
        for (const auto& [password, why] :
             {std::pair{QStringList(), QStringLiteral("is empty")},
              std::pair{QStringList{QStringLiteral("abc12")}, QStringLiteral("at least 6 characters")},
              std::pair{QStringList{QStringLiteral("zzzzzzzz")}, QStringLiteral("one character repeated")}}) {
            ChangeSet c;
            AttributeValues values{{attr::DxaReqName, {QStringLiteral("NWNET/PO7")}}};
            if (!password.isEmpty())
                values.insert(attr::DxaPassword, password);
            c.create(QStringLiteral("remote-dirsync-requestor"), dxa, values, QStringLiteral("PO7"));
            auto refused = store->commit(c);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message().contains(why), qPrintable(refused.error().message()));
            QCOMPARE(refused.error().attribute(), attr::DxaPassword);
            QVERIFY(!refused.error().message().contains(password.value(0, QStringLiteral("-"))));
        }
        QCOMPARE(store->highestUsn(), usn); // nothing written
        // Changing a requestor's password to a weak one is refused too; a good one is taken.
        ChangeSet weak;
        weak.replace(requestorDn(QStringLiteral("PO1")), attr::DxaPassword, {QStringLiteral("pw")});
        QVERIFY(!store->commit(weak).ok());
        // Refused for its length, the error shows the mask, never the password.
        const QString tooLong = QStringLiteral("secretpw") + QString(64, QLatin1Char('x'));
        ChangeSet longer;
        longer.replace(requestorDn(QStringLiteral("PO1")), attr::DxaPassword, {tooLong});
        auto refusedLong = store->commit(longer);
        QVERIFY(!refusedLong.ok());
        QVERIFY2(
            refusedLong.error().message().contains(QStringLiteral("DXA-Password: ******** is not valid")),
            qPrintable(refusedLong.error().message()));
        QVERIFY(!refusedLong.error().message().contains(QStringLiteral("secretpw")));
        ChangeSet good;
        good.replace(requestorDn(QStringLiteral("PO1")), attr::DxaPassword, {QStringLiteral("NWSYNC2")});
        QVERIFY(store->commit(good).ok());
        // A postoffice: as a requestor, and registering one as a server.
        auto requestor =
            PostofficeDirsync(*po(Po2)).makeRequestor(QStringLiteral("NORTHWIND/SEATTLE"), {}, {});
        QVERIFY(!requestor.ok());
        QVERIFY2(requestor.error().message().contains(QStringLiteral("is empty")),
                 qPrintable(requestor.error().message()));
        auto server = PostofficeStore::create(m_org->dir(), QStringLiteral("NWNET/PO8"), {});
        QVERIFY(server.ok() && PostofficeDirsyncServer(*server.value()).makeServer().ok());
        const Status registered =
            PostofficeDirsyncServer(*server.value()).registerRequestor(Po2, QStringLiteral("abc"));
        QVERIFY(!registered.ok());
        QVERIFY2(registered.error().message().contains(QStringLiteral("at least 6 characters")),
                 qPrintable(registered.error().message()));
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
