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
#include "core/msmail/PostofficeQueue.h"
#include "core/services/Services.h"
#include "core/transport/SiteTransport.h"
#include "tests/support/DirsyncFixture.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sa::core;

/// The dirsync engine when things go wrong, over the same topology: lost, duplicated, reordered,
/// corrupt and unauthorised messages, numbers lost on either side, a deleted requestor and the
/// deletion threshold, address conflicts: repaired or refused, nothing lost or doubled.
class TestDirsyncFaults : public QObject, protected sa::test::DirsyncFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { build(true); }
    void cleanup() { tearDown(); }

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
        auto status = DirsyncServerAdmin(*seattle).status();
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
        QVERIFY(PostofficeQueue(*po1).dispatch().ok());
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

    void aCorruptRequestHoldsUpNoOtherRequestor()
    {
        // T2 takes in its messages in one transaction: PO2's good update, then PO1's corrupt one,
        // which rolls that transaction back. Then each is taken alone: PO2's applied and answered,
        // PO1's set aside whole.
        QVERIFY(cycle());
        auto store = site(QStringLiteral("SEATTLE"));
        // Each numbered right after the last transaction its requestor's numbers say was applied.
        const auto put = [&](const QString& po, const QString& transaction) {
            const qint64 seq = number(po, attr::DxaReqSeq) + 1;
            const QString transactions =
                QStringLiteral("%1 %2\n").arg(seq, 10, 10, QLatin1Char('0')).arg(transaction);
            DirsyncMessage m;
            m.header.task = dirsync::TaskUpdate;
            m.header.reqName = QStringLiteral("PCM:NWNET/") + po;
            m.header.password = DemoOrganization::DirsyncPassword;
            m.header.reqSeq = seq;
            m.header.srvSeq = number(po, attr::DxaConfSeq);
            m.header.impSeq = 1;
            auto text = DirsyncCodec::encode(m);
            QVERIFY(text.ok());
            Message mail = Message::create(
                QStringLiteral("MS:NWNET/%1/$SYSTEM").arg(po), QStringLiteral("MS:NORTHWIND/SEATTLE/$SYSTEM"),
                QStringLiteral("$SYSTEM ReqTx R=%1 (was %2), S=0, I=1 1 sent").arg(seq).arg(seq - 1),
                text->body);
            mail.attachment = (QStringLiteral("[DIRSYNC-TRANSACTIONS]\n") + transactions).toUtf8();
            auto row = store->connection().exec(
                QStringLiteral("INSERT INTO site_mail(owner, %1, delivered) "
                               "VALUES ('$SYSTEM', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .arg(MessageRow::DeliveredColumns),
                MessageRow::deliveredValues(mail) + QVariantList{QStringLiteral("2026-01-01T00:00:00Z")});
            QVERIFY2(row.ok(), qPrintable(row.ok() ? QString() : row.error().message()));
        };
        const qint64 po2Seq = number(QStringLiteral("PO2"), attr::DxaReqSeq) + 1;
        put(QStringLiteral("PO2"), QStringLiteral("A Good Three                    PCM:NWNET/PO2/GOOD3"));
        put(QStringLiteral("PO1"), QStringLiteral("X this is not a transaction"));
        const auto before = imported(QStringLiteral("SEATTLE"));
        const qint64 lastRun = DirsyncLog::lastRunId(*store).value();
        auto t2 = DirsyncCycle(*m_org).t2Now();
        QVERIFY2(t2.ok(), qPrintable(t2 ? QString() : t2.error().message()));
        QCOMPARE(t2->received, 1);
        QCOMPARE(t2->rejected, 1);
        QCOMPARE(t2->adds, 1);
        QCOMPARE(imported(QStringLiteral("SEATTLE")).size(), before.size() + 1);
        QVERIFY(imported(QStringLiteral("SEATTLE")).contains(QStringLiteral("Good Three")));
        QCOMPARE(events(1102), 1);
        QCOMPARE(store->connection().scalar(QStringLiteral("SELECT count(*) FROM dxa_quarantine"))->toInt(),
                 1);
        QCOMPARE(waitingAtServer(), 0);
        QCOMPARE(number(QStringLiteral("PO2"), attr::DxaReqSeq), po2Seq);
        // PO2's run took in one entry, and its details add that entry alone; PO2 was answered.
        auto runs = DirsyncLog::runsAfter(*store, lastRun, QStringLiteral("PO2"));
        QVERIFY(runs.ok());
        int received = 0;
        int sent = 0;
        for (const DirsyncRun& r : runs.value()) {
            if (r.step == QLatin1String("received")) {
                ++received;
                QCOMPARE(r.adds, 1);
                auto details = DirsyncLog::details(*store, r.id);
                QVERIFY(details.ok());
                QStringList added;
                for (const DirsyncRunObject& o : details->objects)
                    added << (o.change == QLatin1String("added") ? o.name : QString());
                added.removeAll(QString());
                QCOMPARE(added, QStringList{QStringLiteral("Good Three")});
            }
            sent += r.step == QLatin1String("sent") ? 1 : 0;
        }
        QCOMPARE(received, 1);
        QCOMPARE(sent, 1);
    }

    void wrongPasswordAndUnknownRequestorAreRefused()
    {
        QVERIFY(cycle());
        const auto before = imported(QStringLiteral("SEATTLE"));
        QVERIFY(PostofficeDirsync(*po(Po1)).makeRequestor(QStringLiteral("NORTHWIND/SEATTLE"),
                                                          QStringLiteral("WRONGPW"), {}));
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
        auto status = DirsyncServerAdmin(*store).status();
        QCOMPARE(status->size(), 1);
        QCOMPARE(status->first().lastStatus, DirsyncRun::StoppedByThreshold);
        // What approving lets go, shown first.
        auto preview = DirsyncServerAdmin(*store).preview(true);
        QVERIFY(preview.ok());
        int deletes = 0;
        for (const DirsyncTransaction& t : preview->first().outgoing)
            deletes += t.code == DirsyncTransaction::Code::Delete ? 1 : 0;
        QCOMPARE(deletes, 20);
        auto held = DirsyncServerAdmin(*store).approveDeletes(QStringLiteral("po1"));
        QVERIFY(held.ok());
        QCOMPARE(held.value(), 20);
        QVERIFY(cycle());
        QVERIFY(!gal(Po1).contains(QStringLiteral("Anna Hoffmann")));
        QVERIFY(gal(Po1).contains(QStringLiteral("Andrew Fuller")));
        QCOMPARE(DirsyncServerAdmin(*store).status()->first().lastStatus, QStringLiteral("success"));
        // The approval was used up by that reply.
        QCOMPARE(
            store->connection().scalar(QStringLiteral("SELECT approved_deletes FROM dxa_state"))->toInt(), 0);
        QVERIFY(!DirsyncServerAdmin(*store).approveDeletes(QStringLiteral("PO9")).ok());
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

    void theThresholdCountsWhatTheRequestorHeldBeforeTheReply()
    {
        QVERIFY(cycle());
        QVERIFY(cycle());
        auto store = site(QStringLiteral("SEATTLE"));
        auto heldNow =
            store->connection().scalar(QStringLiteral("SELECT count(*) FROM dxa_sent WHERE requestor ="
                                                      " (SELECT guid FROM objects WHERE dn_key = ?)"),
                                       {requestorDn(QStringLiteral("PO1")).key()});
        QVERIFY(heldNow.ok());
        const int held = heldNow->toInt();
        // As many deletions as the 10 % threshold allows of what PO1 holds: one more than it allows of
        // what PO1 would hold after them, so counting after the reply would wrongly stop it.
        const int deletes = held / 10;
        QVERIFY2(deletes * 100 <= 10 * held && deletes * 100 > 10 * (held - deletes),
                 qPrintable(QStringLiteral("%1 entries held").arg(held)));
        auto mailboxes = store->subtree(SiteBuilder::recipientsDn(Org, QStringLiteral("SEATTLE")), 1,
                                        QStringLiteral("mailbox"));
        QVERIFY(mailboxes.ok());
        QVERIFY(mailboxes->size() >= deletes);
        ChangeSet c;
        QStringList gone;
        for (int i = 0; i < deletes; ++i) {
            c.remove(mailboxes->at(i).dn);
            gone << mailboxes->at(i).displayName();
        }
        QVERIFY(store->commit(c).ok());
        QVERIFY(cycle());
        QVERIFY(cycle());
        QCOMPARE(events(1108), 0);
        for (const QString& name : gone)
            QVERIFY2(!gal(Po1).contains(name), qPrintable(name));
        QCOMPARE(DirsyncServerAdmin(*store).status()->first().lastStatus, QStringLiteral("success"));
    }

    void resetNumbersStartOverWithAFullExport()
    {
        QVERIFY(cycle());
        QVERIFY(cycle());
        auto store = site(QStringLiteral("SEATTLE"));
        QVERIFY(DirsyncServerAdmin(*store).reset(QStringLiteral("PO2")));
        QCOMPARE(number(QStringLiteral("PO2"), attr::DxaSvrSeq), 0);
        QVERIFY(!DirsyncServerAdmin(*store).reset(QStringLiteral("PO9")).ok());
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
        QVERIFY(PostofficeQueue(*po2).accept(mail).ok());
        QVERIFY(PostofficeQueue(*po2).dispatch().ok());
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

    void fullReplyWithABadLastLineChangesNothing()
    {
        QVERIFY(cycle());
        QVERIFY(cycle());
        // A whole list (R first) whose last line cannot be read: the postoffice reads a reply
        // through before it applies any of it (it is not held in memory, so it is read twice), so
        // neither the R nor the A before the bad line takes effect.
        auto po2 = po(Po2);
        const auto before = gal(Po2);
        QVERIFY(before.contains(QStringLiteral("Anna Hoffmann")));
        const qint64 srvSync = PostofficeDirsync(*po2).status()->srvSync;
        const qint64 imp = PostofficeDirsync(*po2).status()->impSync;
        DirsyncMessage m;
        m.header.task = dirsync::TaskReply;
        m.header.reqName = QStringLiteral("PCM:NWNET/PO2");
        m.header.srvSeq = srvSync + 2;
        m.header.impSeq = imp;
        auto text = DirsyncCodec::encode(m);
        QVERIFY(text.ok());
        const QString attachment =
            QStringLiteral("[DIRSYNC-TRANSACTIONS]\n%1 R MS:\n%2 A Fresh Face\tMS:NWNET/PO1/FRESH\n"
                           "%3 Q Not A Transaction\n")
                .arg(srvSync + 1, 10, 10, QLatin1Char('0'))
                .arg(srvSync + 2, 10, 10, QLatin1Char('0'))
                .arg(srvSync + 3, 10, 10, QLatin1Char('0'));
        Message mail = Message::create(QStringLiteral("MS:NORTHWIND/SEATTLE/$SYSTEM"),
                                       QStringLiteral("MS:NWNET/PO2/$SYSTEM"),
                                       QStringLiteral("$SYSTEM SrvTx R=0 S=%1 (was %2), I=%3 3 sent")
                                           .arg(srvSync + 2)
                                           .arg(srvSync)
                                           .arg(imp),
                                       text->body);
        mail.attachment = attachment.toUtf8();
        QVERIFY(PostofficeQueue(*po2).accept(mail).ok());
        QVERIFY(PostofficeQueue(*po2).dispatch().ok());
        auto t3 = PostofficeDirsync(*po2).t3();
        QVERIFY2(t3.ok(), qPrintable(t3.ok() ? QString() : t3.error().message()));
        QCOMPARE(t3->rejected, 1);
        QCOMPARE(t3->applied, 0);
        QCOMPARE(gal(Po2), before);
        QCOMPARE(PostofficeDirsync(*po2).status()->srvSync, srvSync);
        auto log = PostofficeDirsync(*po2).log(20);
        QVERIFY(log.ok());
        bool said = false;
        for (const PoDirsyncLogLine& l : log.value())
            said = said ||
                   (l.text.contains(QStringLiteral("[124]")) && l.text.contains(QStringLiteral("line 4")));
        QVERIFY(said);
        QVERIFY(cycle()); // and the next cycle goes on from there
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
};

QTEST_GUILESS_MAIN(TestDirsyncFaults)
#include "tst_dirsync_faults.moc"
