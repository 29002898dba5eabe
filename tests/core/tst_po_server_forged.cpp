#include "core/common/PasswordHash.h"
#include "core/dirsyncprotocol/DirsyncEnvelope.h"
#include "core/msmail/PostofficeDirsync.h"
#include "core/msmail/PostofficeDirsyncServer.h"
#include "core/msmail/PostofficeQueue.h"
#include "tests/support/DirsyncFixture.h"

#include <QTest>

using namespace sa::core;

namespace {
const QString Password = QStringLiteral("SECRET");
} // namespace

/// Issue 15's second finding at an emulated postoffice that is the network's dirsync server: the
/// same rule as the site's server (DirsyncSequence) refuses a forged REQSEQ with the right password,
/// says so in DIRSYNC.LOG and moves none of the requestor's numbers, so its real changes still
/// arrive; a message whose REQNAME is not its sender's postoffice is refused.
class TestPoServerForged : public QObject, protected sa::test::DirsyncFixture
{
    Q_OBJECT

    /// PO2's numbers as PO1 (the server) keeps them.
    PoRequestorConfig po2AtServer() const
    {
        auto all = PostofficeDirsyncServer(*po(Po1)).requestors();
        for (const PoRequestorConfig& r : all ? all.value() : QList<PoRequestorConfig>()) {
            if (r.requestor == Po2)
                return r;
        }
        return {};
    }
    /// `m` into PO1's $SYSTEM as PO2's $SYSTEM would send it, then PO1's T2.
    PoT2Report deliverFromPo2(DirsyncMessage m, qint64 was)
    {
        m.header.task = dirsync::TaskUpdate;
        if (m.header.reqName.isEmpty())
            m.header.reqName = QStringLiteral("PCM:NWNET/PO2");
        if (m.header.password.isEmpty())
            m.header.password = Password;
        m.header.srvSeq = po2AtServer().confSync;
        m.header.impSeq = po2AtServer().impSync;
        auto mail = DirsyncEnvelope::compose(m, DirsyncSubject::Kind::RequestorUpdate, was,
                                             QStringLiteral("MS:NWNET/PO2/$SYSTEM"),
                                             QStringLiteral("MS:NWNET/PO1/$SYSTEM"));
        if (!mail || !PostofficeQueue(*po(Po1)).accept(mail.value()) || !PostofficeQueue(*po(Po1)).dispatch())
            return {};
        auto t2 = PostofficeDirsyncServer(*po(Po1)).t2();
        return t2 ? t2.value() : PoT2Report();
    }
    bool logSays(const QString& text) const
    {
        auto log = PostofficeDirsync(*po(Po1)).log(50);
        for (const PoDirsyncLogLine& l : log ? log.value() : QList<PoDirsyncLogLine>()) {
            if (l.text.contains(text))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void init()
    {
        build(false);
        makePo1TheNetworkServer(Password);
        QVERIFY(cycle());
        QVERIFY(cycle());
        QVERIFY(po2AtServer().reqSync > 0);
    }
    void cleanup() { tearDown(); }

    void aHugeReqSeqIsRefusedAndMovesNothing()
    {
        const PoRequestorConfig before = po2AtServer();
        DirsyncMessage m;
        m.header.reqSeq = 9999999999;
        const PoT2Report r = deliverFromPo2(m, before.reqSync);
        QCOMPARE(r.rejected, 1);
        QCOMPARE(r.received, 0);
        QVERIFY(logSays(QStringLiteral("Refused from PCM:NWNET/PO2: REQSEQ=9999999999 is beyond")));
        QCOMPARE(po2AtServer().reqSync, before.reqSync);
        QCOMPARE(po2AtServer().confSync, before.confSync);
        // Transactions that skip numbers are refused the same way.
        DirsyncMessage skip;
        skip.transactions << addition(before.reqSync + 5, QStringLiteral("Far Ahead"),
                                      QStringLiteral("MS:NWNET/PO2/FAR"));
        skip.header.reqSeq = before.reqSync + 5;
        QCOMPARE(deliverFromPo2(skip, before.reqSync).rejected, 1);
        QVERIFY(!gal(Po1).contains(QStringLiteral("Far Ahead")));
        QCOMPARE(po2AtServer().reqSync, before.reqSync);
        // PO2's real changes still reach PO1: it was not stalled.
        QVERIFY(po(Po2)->addUser(QStringLiteral("REAL"), QStringLiteral("Rita Real")).ok());
        QVERIFY(cycle());
        QVERIFY(cycle());
        QVERIFY(gal(Po1).contains(QStringLiteral("Rita Real")));
        QVERIFY(po2AtServer().reqSync > before.reqSync);
    }

    void aMessageNamingAnotherRequestorIsRefused()
    {
        QVERIFY(PostofficeDirsyncServer(*po(Po1)).registerRequestor(QStringLiteral("NWNET/PO3"), Password));
        DirsyncMessage m;
        m.header.reqName = QStringLiteral("PCM:NWNET/PO3"); // sent by PO2's $SYSTEM
        m.header.reqSeq = 1;
        m.transactions << addition(1, QStringLiteral("Claimed Entry"), QStringLiteral("MS:NWNET/PO3/CLAIM"));
        const PoT2Report r = deliverFromPo2(m, 0);
        QCOMPARE(r.rejected, 1);
        QVERIFY(logSays(QStringLiteral("[154] Non-delivery report from MS:NWNET/PO2/$SYSTEM")));
        QVERIFY(!gal(Po1).contains(QStringLiteral("Claimed Entry")));
    }

    void theServerKeepsOnlyAHashOfARequestorsPasswordAndRefusesAWrongOne()
    {
        // Issue 19: the server only checks the password, so it keeps an Argon2id hash of it.
        auto kept = po(Po1)->connection().scalar(
            QStringLiteral("SELECT password FROM srvconf WHERE requestor_key = ?"), {Po2});
        QVERIFY(kept.ok());
        QVERIFY2(kept->toString().startsWith(QStringLiteral("$argon2id$")), qPrintable(kept->toString()));
        QVERIFY(!kept->toString().contains(Password));
        const PoRequestorConfig before = po2AtServer();
        DirsyncMessage wrong;
        wrong.header.password = QStringLiteral("SECRET2");
        wrong.header.reqSeq = before.reqSync + 1;
        wrong.transactions << addition(before.reqSync + 1, QStringLiteral("Wrong Word"),
                                       QStringLiteral("MS:NWNET/PO2/WRONG"));
        const PoT2Report r = deliverFromPo2(wrong, before.reqSync);
        QCOMPARE(r.rejected, 1);
        QVERIFY(logSays(QStringLiteral("[156] Invalid DirSync password from PCM:NWNET/PO2")));
        QVERIFY(!gal(Po1).contains(QStringLiteral("Wrong Word")));
        QCOMPARE(po2AtServer().reqSync, before.reqSync);
        // The right one, checked against the hash, is taken.
        DirsyncMessage right;
        right.header.reqSeq = before.reqSync + 1;
        right.transactions << addition(before.reqSync + 1, QStringLiteral("Right Word"),
                                       QStringLiteral("MS:NWNET/PO2/RIGHT"));
        QCOMPARE(deliverFromPo2(right, before.reqSync).rejected, 0);
        QCOMPARE(po2AtServer().reqSync, before.reqSync + 1);
    }
};

QTEST_GUILESS_MAIN(TestPoServerForged)
#include "tst_po_server_forged.moc"
