#include "core/host/DirsyncCycle.h"
#include "core/msmail/PostofficeStore.h"
#include "core/storage/SqliteConnection.h"
#include "tests/support/DirsyncNetwork.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace sa::core;
using namespace sa::test;

/// What a dirsync cycle costs in durable commits (each one waits for the disk): an idle cycle of a
/// one-site MS Mail network costs at most eight per postoffice (issue 18) - its T1 and T3 and the
/// hand-overs of its update and of the reply at the postoffice; at the site, T2's receive and its
/// replies, and the pick-up, delivery and hand-over, each made once for all postoffices.
class TestCycleCost : public QObject
{
    Q_OBJECT

    static constexpr int Postoffices = 4;
    static constexpr int CommitsPerPostoffice = 8;

private Q_SLOTS:
    void anIdleCycleCommitsAtMostEightTimesPerPostoffice()
    {
        QTemporaryDir dir;
        auto org = DirsyncNetwork::build(dir.filePath(QStringLiteral("net")), Postoffices, 20);
        QVERIFY2(org.ok(), qPrintable(org ? QString() : org.error().message()));
        for (int i = 0; i < 2; ++i) { // the first exchange, then the confirmations
            auto r = DirsyncCycle(org.value()).run();
            QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message()));
        }
        for (int p = 0; p < Postoffices; ++p) { // they agree: each lists every other's users
            auto po = PostofficeStore::open(org->dir(), DirsyncNetwork::postofficeName(p));
            QVERIFY(po.ok());
            QCOMPARE(int(po.value()->gal()->size()), Postoffices * 20);
        }
        const auto before = SqliteConnection::activity();
        auto idle = DirsyncCycle(org.value()).run();
        QVERIFY2(idle.ok(), qPrintable(idle ? QString() : idle.error().message()));
        const auto after = SqliteConnection::activity();
        const qint64 commits = after.commits - before.commits;
        QVERIFY2(commits <= qint64(CommitsPerPostoffice) * Postoffices,
                 qPrintable(QStringLiteral("%1 commits for %2 postoffices").arg(commits).arg(Postoffices)));
        // Each database opened once for the whole cycle: the site and the postoffices.
        QCOMPARE(after.opened - before.opened, qint64(1 + Postoffices));
    }

    void theSiteCommitsOnceForAllRequestors()
    {
        // An idle cycle of 2 and of 4 postoffices: the two more cost only their own four commits
        // each (T1, T3 and two hand-overs); T2 received and answered each in a commit of its own
        // (six a postoffice).
        qint64 commits[2] = {0, 0};
        for (int k = 0; k < 2; ++k) {
            QTemporaryDir dir;
            auto org = DirsyncNetwork::build(dir.filePath(QStringLiteral("net")), 2 + 2 * k, 20);
            QVERIFY2(org.ok(), qPrintable(org ? QString() : org.error().message()));
            for (int i = 0; i < 2; ++i)
                QVERIFY(DirsyncCycle(org.value()).run().ok());
            const auto before = SqliteConnection::activity();
            auto idle = DirsyncCycle(org.value()).run();
            QVERIFY2(idle.ok(), qPrintable(idle ? QString() : idle.error().message()));
            QCOMPARE(idle->site.received, 2 + 2 * k);
            QCOMPARE(idle->site.replies, 2 + 2 * k);
            commits[k] = SqliteConnection::activity().commits - before.commits;
        }
        QVERIFY2(
            commits[1] - commits[0] <= 2 * 4,
            qPrintable(
                QStringLiteral("%1 commits for 2 postoffices, %2 for 4").arg(commits[0]).arg(commits[1])));
    }

    void anIdleCycleCarriesItsMailWithoutAnEmptyPass()
    {
        QTemporaryDir dir;
        auto org = DirsyncNetwork::build(dir.filePath(QStringLiteral("net")), Postoffices, 20);
        QVERIFY2(org.ok(), qPrintable(org ? QString() : org.error().message()));
        for (int i = 0; i < 2; ++i)
            QVERIFY(DirsyncCycle(org.value()).run().ok());
        auto idle = DirsyncCycle(org.value()).run();
        QVERIFY2(idle.ok(), qPrintable(idle ? QString() : idle.error().message()));
        // Every requestor's update reached the server and every reply came back to be read in T3 ...
        QCOMPARE(idle->t3.messages, Postoffices);
        // ... in three passes of the services: the updates picked up and delivered to the server's
        // mailbox in one, the replies handed to the postoffices in one and delivered there in the
        // next. A pass that leaves nothing for an earlier step is the last (it was followed by one
        // that found nothing, a fifth of an idle cycle each; issue 18).
        QCOMPARE(idle->transport.passes, 3);
    }
};

QTEST_GUILESS_MAIN(TestCycleCost)
#include "tst_cycle_cost.moc"
