#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/host/DemoOrganization.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sa::core;

/// The site and postoffice databases are shared by processes (the window, siteadminctl, msmail-po,
/// serve). SQLite's locks on a database file belong to the process, and closing any descriptor of
/// that file drops all of them; so opening a second connection in a process must not open and close
/// the file by other means. If it did, another process closing its connection would believe itself
/// the last one, checkpoint and delete the write-ahead log under the first connection: a disk I/O
/// error at best, lost commits at worst.
class TestSharedFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anotherProcessNeverTakesTheLogFromUnderAnOpenConnection()
    {
        QTemporaryDir dir;
        auto org = DemoOrganization::build(dir.path(), DemoStage::Lab);
        QVERIFY(org.ok());
        const QString path = org->sitePath(QStringLiteral("SEATTLE"));
        const Dn recipients = SiteBuilder::recipientsDn(org->name(), QStringLiteral("SEATTLE"));
        const auto mailbox = [&](const QString& alias) {
            ChangeSet c;
            c.create(QStringLiteral("mailbox"), recipients,
                     {{attr::MailNickname, {alias}}, {attr::DisplayName, {alias}}});
            return c;
        };

        auto first = DirectoryStore::open(path);
        QVERIFY(first.ok());
        QVERIFY(first.value()
                    ->commit(mailbox(QStringLiteral("Before")))
                    .ok()); // in the log, not yet checkpointed
        for (int round = 0; round < 3; ++round) {
            // A second connection in this process, as the window's worker opens one each tick...
            auto second = DirectoryStore::open(path);
            QVERIFY(second.ok());
            second.value().reset();
            // ...and another process opening and closing the same database.
            const sa::test::ProcessRun r = sa::test::runProcess(
                QString::fromLocal8Bit(qgetenv("SITEADMIN_CTL")),
                {QStringLiteral("--org"), dir.path(), QStringLiteral("list"), recipients.toString()});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains(QStringLiteral("Before")), qPrintable(r.out));
            // A third connection here writes, then the first: each sees the other's work, and
            // nothing is lost.
            auto third = DirectoryStore::open(path);
            QVERIFY(third.ok());
            auto wrote = third.value()->commit(mailbox(QStringLiteral("Third%1").arg(round)));
            QVERIFY2(wrote.ok(), qPrintable(wrote.ok() ? QString() : wrote.error().message()));
            wrote = first.value()->commit(mailbox(QStringLiteral("After%1").arg(round)));
            QVERIFY2(wrote.ok(), qPrintable(wrote.ok() ? QString() : wrote.error().message()));
            QVERIFY(first.value()
                        ->object(recipients.child(QStringLiteral("cn"), QStringLiteral("Third%1").arg(round)))
                        .ok());
            QVERIFY(third.value()
                        ->object(recipients.child(QStringLiteral("cn"), QStringLiteral("After%1").arg(round)))
                        .ok());
        }
        first.value().reset();
        auto again = DirectoryStore::open(path);
        QVERIFY(again.ok());
        for (const QString& alias :
             {QStringLiteral("Before"), QStringLiteral("After0"), QStringLiteral("After1"),
              QStringLiteral("After2"), QStringLiteral("Third0"), QStringLiteral("Third1"),
              QStringLiteral("Third2")})
            QVERIFY2(again.value()->object(recipients.child(QStringLiteral("cn"), alias)).ok(),
                     qPrintable(alias));
    }
};

QTEST_GUILESS_MAIN(TestSharedFiles)
#include "tst_shared_files.moc"
