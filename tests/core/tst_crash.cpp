#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/directory/SiteBuilder.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace sa::core;

/// A writer process killed (SIGKILL) at random moments never leaves a change half applied: after
/// each kill the database passes integrity_check, the USN counter equals the highest USN an object
/// carries, every change set is whole (20 created, one renamed, one deleted) and the child counts
/// equal a real count.
class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWritersLeaveWholeChanges()
    {
        QTemporaryDir dir;
        auto org =
            Organization::create(dir.path(), QStringLiteral("NW"), QStringLiteral("S"), QStringLiteral("X1"));
        QVERIFY(org.ok());
        const QString path = org->sitePath(QStringLiteral("S"));
        QRandomGenerator random(152167);
        for (int kill = 0; kill < 6; ++kill) {
            QProcess writer;
            writer.start(QStringLiteral(CRASH_WRITER), {path, QStringLiteral("NW"), QStringLiteral("S")});
            QVERIFY(writer.waitForReadyRead(20000)); // one commit is in
            QTest::qWait(int(random.bounded(5, 120)));
            writer.kill();
            QVERIFY(writer.waitForFinished(10000));

            auto store = DirectoryStore::open(path);
            QVERIFY2(store.ok(), qPrintable(store.error().message()));
            SqliteConnection& c = store.value()->connection();
            QCOMPARE(c.scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
            QCOMPARE(c.scalar(QStringLiteral("SELECT max(usn_changed) FROM objects"))->toLongLong(),
                     store.value()->highestUsn());
            const qint64 parent =
                store.value()
                    ->object(SiteBuilder::recipientsDn(QStringLiteral("NW"), QStringLiteral("S")))
                    ->id;
            const int live =
                c.scalar(QStringLiteral("SELECT count(*) FROM objects WHERE parent_id = ? AND deleted = 0"),
                         {parent})
                    ->toInt();
            QCOMPARE(store.value()->childCount(parent).value(), live);
            const int all =
                c.scalar(QStringLiteral("SELECT count(*) FROM objects WHERE parent_id = ?"), {parent})
                    ->toInt();
            const int deleted = all - live;
            QVERIFY(all > 0);
            QCOMPARE(all % 20, 0);       // whole change sets only
            QCOMPARE(deleted, all / 20); // one delete per change set
            const int renamed =
                c.scalar(QStringLiteral("SELECT count(*) FROM attrs WHERE name = 'Display-Name'"
                                        " AND value LIKE 'Renamed %'"))
                    ->toInt();
            QCOMPARE(renamed, all / 20); // one rename per change set
            // Each writer's commits after its first rename one mailbox of the commit before: one log
            // entry each (an object made in the same commit has no earlier state to log).
            const int again = c.scalar(QStringLiteral("SELECT count(*) FROM attrs WHERE name = 'Display-Name'"
                                                      " AND value LIKE 'Again %'"))
                                  ->toInt();
            QCOMPARE(again, all / 20 - (kill + 1));
            QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM change_log"))->toInt(), again);
        }
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
