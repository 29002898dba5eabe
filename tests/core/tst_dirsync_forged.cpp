#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/dirsync/DirsyncLog.h"
#include "core/dirsyncprotocol/DirsyncEnvelope.h"
#include "core/host/DemoOrganization.h"
#include "core/host/DirsyncCycle.h"
#include "core/message/MessageRow.h"
#include "tests/support/DirsyncFixture.h"

#include <QTest>

using namespace sa::core;

/// Issue 15's second finding: forged dirsync messages, right password and all. A REQSEQ or
/// transaction numbers beyond what the requestor can have reached are refused with an event and
/// move nothing (before, REQSEQ=9999999999 stalled the requestor for ever, later real changes taken
/// for old ones); a message naming another requestor than the one its sender is, is refused.
class TestDirsyncForged : public QObject, protected sa::test::DirsyncFixture
{
    Q_OBJECT

    struct Numbers
    {
        qint64 req, svr, conf, imp;
        bool operator==(const Numbers& o) const
        {
            return req == o.req && svr == o.svr && conf == o.conf && imp == o.imp;
        }
    };
    Numbers numbersOf(const QString& requestor) const
    {
        return {number(requestor, attr::DxaReqSeq), number(requestor, attr::DxaSvrSeq),
                number(requestor, attr::DxaConfSeq), number(requestor, attr::DxaImpSeq)};
    }
    /// `m` as PO1's $SYSTEM would send it, delivered to SEATTLE's $SYSTEM; T2 runs.
    void deliverFromPo1(DirsyncMessage m, qint64 was)
    {
        m.header.task = dirsync::TaskUpdate;
        if (m.header.reqName.isEmpty())
            m.header.reqName = QStringLiteral("PCM:NWNET/PO1");
        m.header.password = DemoOrganization::DirsyncPassword;
        m.header.srvSeq = number(QStringLiteral("PO1"), attr::DxaConfSeq);
        m.header.impSeq = number(QStringLiteral("PO1"), attr::DxaImpSeq);
        auto mail = DirsyncEnvelope::compose(m, DirsyncSubject::Kind::RequestorUpdate, was,
                                             QStringLiteral("MS:NWNET/PO1/$SYSTEM"),
                                             QStringLiteral("MS:NORTHWIND/SEATTLE/$SYSTEM"));
        QVERIFY(mail.ok());
        auto store = site(QStringLiteral("SEATTLE"));
        auto put = store->connection().exec(QStringLiteral("INSERT INTO site_mail(owner, %1, delivered) "
                                                           "VALUES ('$SYSTEM', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                                .arg(MessageRow::DeliveredColumns),
                                            MessageRow::deliveredValues(mail.value()) +
                                                QVariantList{QStringLiteral("2099-01-01T00:00:00Z")});
        QVERIFY2(put.ok(), qPrintable(put.ok() ? QString() : put.error().message()));
        auto t2 = DirsyncCycle(*m_org).t2Now();
        QVERIFY2(t2.ok(), qPrintable(t2.ok() ? QString() : t2.error().message()));
        QCOMPARE(waitingAtServer(), 0);
    }
    /// After a refusal: a real change at PO1 still arrives, and everything agrees.
    void realChangesStillArrive()
    {
        QVERIFY(po(Po1)->addUser(QStringLiteral("REAL"), QStringLiteral("Rita Real")).ok());
        QVERIFY(cycle());
        QVERIFY(cycle());
        QVERIFY(imported(QStringLiteral("SEATTLE")).contains(QStringLiteral("Rita Real")));
        QVERIFY(gal(Po2).contains(QStringLiteral("Rita Real")));
        checkAgreement();
    }

private Q_SLOTS:
    void init()
    {
        build(true);
        QVERIFY(cycle());
        QVERIFY(cycle());
    }
    void cleanup() { tearDown(); }

    void aHugeReqSeqIsRefusedAndMovesNothing()
    {
        const Numbers before = numbersOf(QStringLiteral("PO1"));
        DirsyncMessage m;
        m.header.reqSeq = 9999999999LL;
        deliverFromPo1(m, before.req);
        QCOMPARE(events(DirsyncEvent::SequenceRefused), 1);
        QVERIFY(numbersOf(QStringLiteral("PO1")) == before);
        auto store = site(QStringLiteral("SEATTLE"));
        auto text = store->connection().scalar(QStringLiteral("SELECT text FROM events WHERE event_id = ?"),
                                               {DirsyncEvent::SequenceRefused});
        QVERIFY2(text->toString().contains(QStringLiteral("REQSEQ=9999999999")),
                 qPrintable(text->toString()));
        realChangesStillArrive();
    }

    void transactionNumbersOutOfReachAreRefused()
    {
        const Numbers before = numbersOf(QStringLiteral("PO1"));
        const auto dirBefore = imported(QStringLiteral("SEATTLE"));
        DirsyncMessage m;
        m.transactions << addition(9999999998LL, QStringLiteral("Far Away"),
                                   QStringLiteral("PCM:NWNET/PO1/FAR"))
                       << addition(9999999999LL, QStringLiteral("Farther"),
                                   QStringLiteral("PCM:NWNET/PO1/FARTHER"));
        m.header.reqSeq = 9999999999LL;
        deliverFromPo1(m, before.req);
        QCOMPARE(events(DirsyncEvent::SequenceRefused), 1);
        QVERIFY(numbersOf(QStringLiteral("PO1")) == before);
        QCOMPARE(imported(QStringLiteral("SEATTLE")), dirBefore);
        // Numbers with a hole between them are refused as well.
        DirsyncMessage holes;
        holes.transactions << addition(before.req + 1, QStringLiteral("Hole One"),
                                       QStringLiteral("PCM:NWNET/PO1/H1"))
                           << addition(before.req + 5, QStringLiteral("Hole Two"),
                                       QStringLiteral("PCM:NWNET/PO1/H2"));
        holes.header.reqSeq = before.req + 5;
        deliverFromPo1(holes, before.req);
        QCOMPARE(events(DirsyncEvent::SequenceRefused), 2);
        QVERIFY(numbersOf(QStringLiteral("PO1")) == before);
        QCOMPARE(imported(QStringLiteral("SEATTLE")), dirBefore);
        realChangesStillArrive();
    }

    void aMessageNamingAnotherRequestorIsRefused()
    {
        const Numbers po1 = numbersOf(QStringLiteral("PO1"));
        const Numbers po2 = numbersOf(QStringLiteral("PO2"));
        const auto dirBefore = imported(QStringLiteral("SEATTLE"));
        // PO1 (with PO1's password) claims to be PO2 and sends an entry of PO2's.
        DirsyncMessage m;
        m.header.reqName = QStringLiteral("PCM:NWNET/PO2");
        m.transactions << addition(po1.req + 1, QStringLiteral("Impostor"),
                                   QStringLiteral("PCM:NWNET/PO2/IMP"));
        m.header.reqSeq = po1.req + 1;
        deliverFromPo1(m, po1.req);
        QCOMPARE(events(DirsyncEvent::WrongSender), 1);
        QCOMPARE(imported(QStringLiteral("SEATTLE")), dirBefore);
        QVERIFY(numbersOf(QStringLiteral("PO1")) == po1);
        QVERIFY(numbersOf(QStringLiteral("PO2")) == po2);
        realChangesStillArrive();
    }

    void theRealRequestorsNumbersPassTheChecks()
    {
        // What the postoffices really send, many changes at once, passes: no refusal in a busy cycle.
        for (int i = 0; i < 30; ++i)
            QVERIFY(
                po(Po1)->addUser(QStringLiteral("BUSY%1").arg(i), QStringLiteral("Busy Bee %1").arg(i)).ok());
        QVERIFY(po(Po1)->deleteUser(QStringLiteral("BUSY3")).ok());
        QVERIFY(cycle());
        QVERIFY(cycle());
        QCOMPARE(events(DirsyncEvent::SequenceRefused), 0);
        QCOMPARE(events(DirsyncEvent::WrongSender), 0);
        checkAgreement();
    }
};

QTEST_GUILESS_MAIN(TestDirsyncForged)
#include "tst_dirsync_forged.moc"
