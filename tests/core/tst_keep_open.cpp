#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/host/DemoOrganization.h"
#include "core/host/DirsyncCycle.h"
#include "core/host/Runner.h"
#include "core/msmail/PostofficeStore.h"
#include "core/storage/SqliteConnection.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <sqlite3.h>

using namespace sa::core;

namespace {
constexpr quint32 TestId = 0x4b454550;
constexpr quint32 OtherId = 0x4f544852;

std::unique_ptr<SqliteConnection> openTest(const QString& path, quint32 id = TestId)
{
    auto c =
        SqliteConnection::open(path, SqliteConnection::OpenMode::CreateIfMissing, id, QStringLiteral("test"));
    return c ? std::move(c).value() : nullptr;
}
qint64 opened()
{
    return SqliteConnection::activity().opened;
}
/// Another kind's id written into the header in place (same inode), as a program that is not SQLite
/// might: PRAGMA application_id is four bytes, big-endian, at offset 68.
bool writeOtherIdInPlace(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(68))
        return false;
    const char other[4] = {char(OtherId >> 24), char((OtherId >> 16) & 0xff), char((OtherId >> 8) & 0xff),
                           char(OtherId & 0xff)};
    return f.write(other, 4) == 4;
}
int rows(SqliteConnection& c)
{
    auto n = c.scalar(QStringLiteral("SELECT count(*) FROM t"));
    return n ? n->toInt() : -1;
}
} // namespace

/// SqliteConnection::KeepOpen: one connection per database for a whole dirsync cycle or run of the
/// services (issue 18), taken again only when that is safe, and closed when the scope ends.
class TestKeepOpen : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("k.sqlite")); }

    /// The next open finds the kept connection's file changed, checks it again and refuses it as it
    /// is when opened anew.
    void expectCheckedAgainAndRefused()
    {
        const auto before = SqliteConnection::activity();
        auto r = SqliteConnection::open(path(), SqliteConnection::OpenMode::ExistingOnly, TestId,
                                        QStringLiteral("test"));
        QCOMPARE(SqliteConnection::activity().rechecked, before.rechecked + 1);
        QVERIFY(!r);
        QCOMPARE(r.error().code(), ErrorCode::NotADatabase);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto c = openTest(path());
        QVERIFY(c);
        QVERIFY(c->exec(QStringLiteral("CREATE TABLE t(v TEXT)")));
    }
    void cleanup() { m_dir.reset(); }

    void aFileIsOpenedOnceWhileOneLives()
    {
        const qint64 before = opened();
        {
            const SqliteConnection::KeepOpen keep;
            for (int i = 0; i < 5; ++i) {
                auto c = openTest(path());
                QVERIFY(c);
                QVERIFY(c->exec(QStringLiteral("INSERT INTO t VALUES ('x')")));
                QCOMPARE(rows(*c), i + 1);
            }
            QCOMPARE(opened(), before + 1);
            // Between two uses it stays open: its write-ahead log is still there.
            QVERIFY(QFile::exists(path() + QStringLiteral("-wal")));
            {
                const SqliteConnection::KeepOpen inner; // nested: the outermost one decides
            }
            QVERIFY(openTest(path()));
            QCOMPARE(opened(), before + 1);
        }
        // The scope ended: the connection closed, the log checkpointed and gone.
        QVERIFY(!QFile::exists(path() + QStringLiteral("-wal")));
        QVERIFY(openTest(path()));
        QCOMPARE(opened(), before + 2);
        // Without a KeepOpen, every open is one.
        QVERIFY(openTest(path()));
        QCOMPARE(opened(), before + 3);
    }

    void aReplacedFileIsOpenedAnew()
    {
        // Another database, made elsewhere (not open in this process: SQLite shares one lock and
        // shared-memory state per file among a process's connections, by inode).
        const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
        {
            auto o = openTest(other);
            QVERIFY(o->exec(QStringLiteral("CREATE TABLE t(v TEXT)")));
            QVERIFY(o->exec(QStringLiteral("INSERT INTO t VALUES ('1'), ('2'), ('3')")));
        }
        const SqliteConnection::KeepOpen keep;
        QVERIFY(openTest(path()));
        // It is moved over the path (a restore, say): the kept connection is of the old file.
        QVERIFY(QFile::remove(path()));
        QFile::remove(path() + QStringLiteral("-wal"));
        QFile::remove(path() + QStringLiteral("-shm"));
        QVERIFY(QFile::rename(other, path()));
        const qint64 before = opened();
        auto r = SqliteConnection::open(path(), SqliteConnection::OpenMode::ExistingOnly, TestId,
                                        QStringLiteral("test"));
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message()));
        QCOMPARE(opened(), before + 1);
        QCOMPARE(rows(*r.value()), 3);
    }

    void anotherKindIsNotTakenForIt()
    {
        const SqliteConnection::KeepOpen keep;
        {
            auto c = openTest(path());
            QVERIFY(c->exec(QStringLiteral("INSERT INTO t VALUES ('x')")));
        }
        // The kept connection is a TestId database's; opened as another kind, the file is refused
        // as it is without a KeepOpen.
        auto other = SqliteConnection::open(path(), SqliteConnection::OpenMode::ExistingOnly, OtherId,
                                            QStringLiteral("other"));
        QVERIFY(!other);
        QCOMPARE(other.error().code(), ErrorCode::NotADatabase);
    }

    void aConnectionLeftInATransactionIsNotKept()
    {
        const SqliteConnection::KeepOpen keep;
        {
            auto c = openTest(path());
            QVERIFY(c->exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(c->exec(QStringLiteral("INSERT INTO t VALUES ('never')")));
        } // closed, not kept: the transaction goes with it
        const qint64 before = opened();
        auto c = openTest(path());
        QCOMPARE(opened(), before + 1);
        QCOMPARE(rows(*c), 0);
        // And nothing holds the write lock.
        QVERIFY(
            c->transaction([&] { return c->exec(QStringLiteral("INSERT INTO t VALUES ('y')")).status(); }));
    }

    void aKeptConnectionGivesBackItsPageCache()
    {
        const SqliteConnection::KeepOpen keep;
        const qint64 before = opened();
        {
            auto c = openTest(path());
            QVERIFY(c->exec(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000) "
                "INSERT INTO t SELECT printf('%.1000c', 'x') FROM n")));
            QCOMPARE(rows(*c), 4000); // 4 MB read: SQLite's 2 MB page cache is full
            const sqlite3_int64 inUse = sqlite3_memory_used();
            c.reset(); // kept: its cache goes back while it waits (a cycle keeps every postoffice's)
            QVERIFY2(sqlite3_memory_used() < inUse - 1024 * 1024,
                     qPrintable(QStringLiteral("%1 -> %2 bytes").arg(inUse).arg(sqlite3_memory_used())));
        }
        auto again = openTest(path());
        QCOMPARE(opened(), before + 1); // the same connection, taken again
        QCOMPARE(rows(*again), 4000);
    }

    void aKeptConnectionKeepsASmallPageCacheAndIsNotCheckedAgain()
    {
        const SqliteConnection::KeepOpen keep;
        {
            auto c = openTest(path());
            QVERIFY(c->exec(QStringLiteral("INSERT INTO t VALUES ('a'), ('b')")));
            QCOMPARE(rows(*c), 2);
        }
        const auto before = SqliteConnection::activity();
        {
            // Taken again, the file untouched since: neither its header is read again to check it
            // nor a page of it read again from the file (a postoffice is taken again twenty times an
            // idle cycle; issue 18).
            auto c = openTest(path());
            QCOMPARE(rows(*c), 2);
        }
        const auto after = SqliteConnection::activity();
        QCOMPARE(after.opened, before.opened);
        QCOMPARE(after.rechecked, before.rechecked);
        QCOMPARE(after.pagesRead, before.pagesRead);
    }

    void aFileWrittenInPlaceIsCheckedAgain()
    {
        const SqliteConnection::KeepOpen keep;
        {
            auto c = openTest(path());
            QVERIFY(c->exec(QStringLiteral("INSERT INTO t VALUES ('a')")));
        }
        // Another kind's id written into the header in place (same inode), as a program that is not
        // SQLite might: the kept connection is checked again and the file refused as it is when
        // opened anew.
        QVERIFY(writeOtherIdInPlace(path()));
        expectCheckedAgainAndRefused();
    }

    void aFileWrittenInPlaceWhileTakenIsCheckedAgain()
    {
        const SqliteConnection::KeepOpen keep;
        {
            auto c = openTest(path());
            QVERIFY(c->exec(QStringLiteral("INSERT INTO t VALUES ('a')")));
        }
        {
            // Taken again untouched and only read: it is kept again with the file as it was when it
            // was taken, without asking the file system. The header written in place meanwhile (as in
            // aFileWrittenInPlaceIsCheckedAgain) must still be seen at the next open: a kept
            // identity read after the write would take the changed file for the one checked.
            auto c = openTest(path());
            QCOMPARE(rows(*c), 1);
            QTest::qWait(20); // a later change time than the one the connection was kept with
            QVERIFY(writeOtherIdInPlace(path()));
            QCOMPARE(rows(*c), 1);
        }
        expectCheckedAgainAndRefused();
    }

    void aKeptConnectionKeepsItsStatementsAndHoldsNoSnapshot()
    {
        const SqliteConnection::KeepOpen keep;
        const QString insert = QStringLiteral("INSERT INTO t VALUES (?)");
        const QString select = QStringLiteral("SELECT v FROM t ORDER BY v");
        {
            auto c = openTest(path());
            QVERIFY(c->run(insert, {QStringLiteral("a")}));
            QVERIFY(c->run(insert, {QStringLiteral("b")}));
            QVERIFY(c->statement(select).ok());
            // A read left open, one row of two read, as a caller might leave it.
            auto read = c->run(select);
            QVERIFY(read.ok() && read.value()->next());
            QVERIFY(c->statement(select).value()->next().value());
        }
        // Another connection (another thread's) writes while this one waits, kept.
        QThread* writer = QThread::create([&] {
            auto w = openTest(path());
            (void)w->exec(QStringLiteral("INSERT INTO t VALUES ('c')"));
        });
        writer->start();
        QVERIFY(writer->wait(10000));
        delete writer;
        const auto before = SqliteConnection::activity();
        auto c = openTest(path());
        // Taken again with what it prepared: only run()'s read is prepared anew (its caller reads
        // its rows, which a kept statement would hold) ...
        QVERIFY(c->run(insert, {QStringLiteral("d")}));
        auto read = c->run(select);
        QVERIFY(read.ok());
        QStringList got;
        while (read.value()->next())
            got << read.value()->value(0).toString();
        // ... and the reads it left open were ended: it sees the other connection's row.
        QCOMPARE(got, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                   QStringLiteral("d")}));
        auto native = c->statement(select);
        int rowsNative = 0;
        while (native.value()->next().value())
            ++rowsNative;
        native.value()->reset();
        QCOMPARE(rowsNative, 4);
        QCOMPARE(SqliteConnection::activity().prepared, before.prepared + 1);
        QCOMPARE(SqliteConnection::activity().opened, before.opened);
    }

    void aReadLeftOpenInEveryTakingIsEndedAtEveryKeep()
    {
        // A keep ends the reads of the statements handed out since the last one (Held::finishAll
        // looks at those alone): a statement prepared in an earlier taking and left mid-read in a
        // later one is ended too.
        const SqliteConnection::KeepOpen keep;
        const QString select = QStringLiteral("SELECT v FROM t ORDER BY v");
        {
            auto c = openTest(path());
            QVERIFY(c->run(QStringLiteral("INSERT INTO t VALUES ('a')")));
            QVERIFY(c->run(QStringLiteral("INSERT INTO t VALUES ('b')")));
            QVERIFY(c->statement(select).ok()); // prepared, not read
            QVERIFY(c->run(select).ok());       // prepared, not read
        }
        for (const QString& row : {QStringLiteral("c"), QStringLiteral("d")}) {
            {
                auto c = openTest(path());
                QVERIFY(c->statement(select).value()->next().value()); // left after one row of many
                auto read = c->run(select);
                QVERIFY(read.ok() && read.value()->next()); // left after one row of many
            }
            // Another thread's connection writes while this one waits, kept ...
            QThread* writer = QThread::create([&] {
                auto w = openTest(path());
                (void)w->exec(QStringLiteral("INSERT INTO t VALUES ('%1')").arg(row));
            });
            writer->start();
            QVERIFY(writer->wait(10000));
            delete writer;
            // ... and taken again, this one sees the row: it held no read of the file.
            auto c = openTest(path());
            QCOMPARE(c->scalar(QStringLiteral("SELECT max(v) FROM t")).value().toString(), row);
        }
    }

    void aKeptConnectionLetsGoOfStatementsHoldingMegabytes()
    {
        // The driver keeps a statement's last bound values and rows until it runs again: kept for
        // every postoffice of a cycle, the statements that carried a full reply held one each.
        const SqliteConnection::KeepOpen keep;
        const QString heavyInsert = QStringLiteral("INSERT INTO t VALUES (?)");
        const QString lightInsert = QStringLiteral("INSERT INTO t(v) VALUES (?)");
        const QString heavyRead = QStringLiteral("SELECT v FROM t WHERE length(v) > 1000");
        const QString lightRead = QStringLiteral("SELECT count(*) FROM t");
        const QString callersRead = QStringLiteral("SELECT v FROM t LIMIT 1"); // run(): read by its caller
        const auto work = [&](SqliteConnection& c) {
            QVERIFY(c.run(heavyInsert, {QString(512 * 1024, QLatin1Char('m'))}));
            QVERIFY(c.run(lightInsert, {QStringLiteral("x")}));
            QVERIFY(c.eachRow(heavyRead, {}, [](const QSqlQuery&) {}));
            QVERIFY(c.eachRow(lightRead, {}, [](const QSqlQuery&) {}));
            auto q = c.run(callersRead);
            QVERIFY(q.ok() && q.value()->next());
        };
        {
            auto c = openTest(path());
            work(*c);
        }
        const auto before = SqliteConnection::activity();
        auto c = openTest(path());
        work(*c);
        QCOMPARE(SqliteConnection::activity().opened, before.opened);
        // The heavy insert, the heavy read and the caller's read are prepared again; the others kept.
        QCOMPARE(SqliteConnection::activity().prepared - before.prepared, qint64(3));
    }

    void aPostofficesSettingsAreReadWithoutPreparingAgain()
    {
        // Every pass of an idle cycle asks each postoffice its dirsync role and its undeliverable
        // time: on a kept connection the look-up stays prepared (it was let go with run()'s reads).
        const SqliteConnection::KeepOpen keep;
        QVERIFY(Organization::create(m_dir->path(), QStringLiteral("NW"), QStringLiteral("SEATTLE"),
                                     QStringLiteral("X1"))
                    .ok());
        auto made = PostofficeStore::create(m_dir->path(), QStringLiteral("NWNET/PO1"), {});
        QVERIFY2(made.ok(), qPrintable(made ? QString() : made.error().message()));
        made.value().reset();
        for (int i = 0; i < 2; ++i) {
            auto po = PostofficeStore::open(m_dir->path(), QStringLiteral("NWNET/PO1"));
            QVERIFY(po.ok());
            const auto before = SqliteConnection::activity();
            QVERIFY(!po.value()->isDirsyncRequestor());
            QCOMPARE(po.value()->metaValue(QStringLiteral("dirsync-role")), QString());
            if (i == 1)
                QCOMPARE(SqliteConnection::activity().prepared, before.prepared);
            QCOMPARE(SqliteConnection::activity().opened, before.opened);
        }
    }

    void aFileRenamedOrRemovedIsLetGoFirst()
    {
        const SqliteConnection::KeepOpen keep;
        // An organization is built under a temporary name and renamed into place (Organization::
        // create): the connection kept under the old name would break the next one on the file.
        auto org = Organization::create(m_dir->filePath(QStringLiteral("org")), QStringLiteral("ORG"),
                                        QStringLiteral("SITE"), QStringLiteral("S1"));
        QVERIFY2(org.ok(), qPrintable(org ? QString() : org.error().message()));
        auto site = DirectoryStore::open(org->sitePath(QStringLiteral("SITE")));
        QVERIFY2(site.ok(), qPrintable(site ? QString() : site.error().message()));
        QCOMPARE(site.value()->organizationName(), QStringLiteral("ORG"));
        // By hand: let go, renamed, opened under the new name.
        QVERIFY(openTest(path()));
        SqliteConnection::closeKept(path());
        QVERIFY(!QFile::exists(path() + QStringLiteral("-wal"))); // closed: checkpointed, log gone
        const QString moved = m_dir->filePath(QStringLiteral("moved.sqlite"));
        QVERIFY(QFile::rename(path(), moved));
        auto c = openTest(moved);
        QVERIFY(c && c->exec(QStringLiteral("INSERT INTO t VALUES ('x')")));
        QCOMPARE(rows(*c), 1);
    }

    void anotherThreadsConnectionsAreNotKept()
    {
        const SqliteConnection::KeepOpen keep;
        qint64 openedThere = -1;
        QThread* t = QThread::create([&] {
            const qint64 before = opened();
            for (int i = 0; i < 3; ++i)
                (void)openTest(path());
            openedThere = opened() - before;
        });
        t->start();
        QVERIFY(t->wait(10000));
        delete t;
        QCOMPARE(openedThere, qint64(3));
    }

    void aDirsyncCycleOpensEachDatabaseOnce()
    {
        auto org = DemoOrganization::build(m_dir->filePath(QStringLiteral("demo")), DemoStage::Configured);
        QVERIFY2(org.ok(), qPrintable(org ? QString() : org.error().message()));
        QVERIFY(DirsyncCycle(org.value()).run().ok()); // the first exchange
        QVERIFY(DirsyncCycle(org.value()).run().ok()); // the confirmations
        // An idle cycle: two sites and two postoffices, each opened once (the bench prints its
        // durable commits at size).
        const auto before = SqliteConnection::activity();
        auto idle = DirsyncCycle(org.value()).run();
        QVERIFY2(idle.ok(), qPrintable(idle ? QString() : idle.error().message()));
        const auto after = SqliteConnection::activity();
        const QStringList files =
            QDir(org->dir() + QStringLiteral("/sites")).entryList({QStringLiteral("*.sqlite")}) +
            QDir(org->dir() + QStringLiteral("/postoffices")).entryList({QStringLiteral("*.sqlite")});
        QCOMPARE(files.size(), 4);
        QCOMPARE(after.opened - before.opened, qint64(files.size()));

        // The services with nothing to do write nothing: no pass commits (each commit waits for
        // the disk), and each database is opened once for all the passes.
        const auto quiet = SqliteConnection::activity();
        auto run = Runner(org.value()).runUntilIdle();
        QVERIFY2(run.ok(), qPrintable(run ? QString() : run.error().message()));
        QCOMPARE(run->total(), 0);
        QCOMPARE(SqliteConnection::activity().commits, quiet.commits);
        QCOMPARE(SqliteConnection::activity().opened - quiet.opened, qint64(files.size()));
    }
};

QTEST_GUILESS_MAIN(TestKeepOpen)
#include "tst_keep_open.moc"
