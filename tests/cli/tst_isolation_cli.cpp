#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/msmail/PostofficeStore.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using sa::test::ProcessRun;
using namespace sa::core;

/// Issue 15's first and third findings from the command line: one entry that cannot be carried, or
/// one postoffice whose file cannot be opened, never stops the organization's dirsync; the commands
/// that met it say so (one line, exit 1) and the rest of the work is done.
class TestIsolationCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    sa::test::Cli m_cli;

    QString sitePath() const
    {
        auto org = Organization::open(m_cli.org);
        return org ? org->sitePath(QStringLiteral("SEATTLE")) : QString();
    }
    QStringList galOf(const QString& po) const
    {
        const ProcessRun r = m_cli.po({QStringLiteral("gal"), po});
        return r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void init()
    {
        m_cli.org = m_dir.filePath(QStringLiteral("org%1").arg(QRandomGenerator::global()->generate()));
        QCOMPARE(m_cli.ctl({QStringLiteral("demo")}).exitCode, 0);
        const ProcessRun first = m_cli.ctl({QStringLiteral("dirsync"), QStringLiteral("cycle")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    }

    void anEntryWithAControlCharacterIsSetAsideAndSaid()
    {
        // As an earlier version stored it (the doors refuse it now): Andrew Fuller's name holds 0x01.
        {
            auto store = DirectoryStore::open(sitePath());
            QVERIFY(store.ok());
            auto r = store.value()->connection().exec(QStringLiteral("UPDATE attrs SET value = 'Andrew\x01"
                                                                     "Fuller' WHERE name = ? AND value = ?"),
                                                      {attr::DisplayName, QStringLiteral("Andrew Fuller")});
            QVERIFY(r.ok());
            QCOMPARE(r->numRowsAffected(), 1);
            r = store.value()->connection().exec(QStringLiteral(
                "UPDATE objects SET usn_changed = usn_changed + 1000 WHERE dn_key LIKE '%cn=andrewf'"));
            QVERIFY(r.ok());
        }
        QCOMPARE(m_cli
                     .ctl({QStringLiteral("create"), QStringLiteral("mailbox"),
                           QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients"),
                           QStringLiteral("Given-Name=Nora"), QStringLiteral("Surname=Newby")})
                     .exitCode,
                 0);
        const ProcessRun cycle = m_cli.ctl({QStringLiteral("dirsync"), QStringLiteral("cycle")});
        QCOMPARE(cycle.exitCode, 1);
        const QStringList errLines = cycle.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(errLines.size(), 1);
        QVERIFY2(errLines.first().contains(QStringLiteral("2 entries were set aside")),
                 qPrintable(cycle.err));
        QVERIFY2(errLines.first().contains(QStringLiteral("cn=AndrewF")), qPrintable(cycle.err));
        QVERIFY2(errLines.first().contains(QStringLiteral("control character \\x01")), qPrintable(cycle.err));
        // The rest of the cycle went to every requestor.
        QVERIFY(galOf(QStringLiteral("NWNET/PO1"))
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("Nora Newby")));
        QVERIFY(galOf(QStringLiteral("NWNET/PO2"))
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("Nora Newby")));
        // dirsync status names it under each requestor, the JSON too.
        const ProcessRun status = m_cli.ctl({QStringLiteral("dirsync"), QStringLiteral("status")});
        QCOMPARE(status.exitCode, 0);
        QCOMPARE(
            status.out.count(QStringLiteral("set aside: /o=NORTHWIND/ou=SEATTLE/cn=Recipients/cn=AndrewF: ")),
            2);
        const ProcessRun json =
            m_cli.ctl({QStringLiteral("dirsync"), QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY(json.out.contains(QStringLiteral("\"setAside\": [")));
        // Corrected through the door: the next cycle is clean and carries it.
        QCOMPARE(m_cli
                     .ctl({QStringLiteral("modify"),
                           QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients/cn=AndrewF"),
                           QStringLiteral("Display-Name=Andrew Fuller")})
                     .exitCode,
                 0);
        const ProcessRun clean = m_cli.ctl({QStringLiteral("dirsync"), QStringLiteral("cycle")});
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.err));
        QVERIFY(clean.err.isEmpty());
    }

    void aPostofficeThatCannotBeOpenedIsNamedByEveryCommandThatNeedsIt()
    {
        const QString path =
            PostofficeStore::pathFor(m_cli.org, QStringLiteral("NWNET"), QStringLiteral("PO1"));
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const QString named =
            QStringLiteral("the postoffice NWNET/PO1 (postoffices/NWNET-PO1.sqlite) cannot be opened");

        const ProcessRun list = m_cli.po({QStringLiteral("list")});
        QCOMPARE(list.exitCode, 1);
        QCOMPARE(list.out.trimmed(), QStringLiteral("NWNET/PO2"));
        QVERIFY2(list.err.startsWith(QStringLiteral("msmail-po: ") + named), qPrintable(list.err));

        const ProcessRun run = m_cli.ctl({QStringLiteral("run")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));

        QCOMPARE(m_cli
                     .ctl({QStringLiteral("create"), QStringLiteral("mailbox"),
                           QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients"),
                           QStringLiteral("Given-Name=Otto"), QStringLiteral("Surname=Onward")})
                     .exitCode,
                 0);
        const ProcessRun cycle = m_cli.ctl({QStringLiteral("dirsync"), QStringLiteral("cycle")});
        QCOMPARE(cycle.exitCode, 1);
        QCOMPARE(cycle.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(cycle.err.contains(named), qPrintable(cycle.err));
        QVERIFY(galOf(QStringLiteral("NWNET/PO2"))
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("Otto Onward")));
        // An event says it where the administrator looks.
        const ProcessRun events =
            m_cli.ctl({QStringLiteral("events"), QStringLiteral("--limit"), QStringLiteral("50")});
        QVERIFY2(events.out.contains(QStringLiteral("NWNET/PO1")), qPrintable(events.out + events.err));
    }
};

QTEST_GUILESS_MAIN(TestIsolationCli)
#include "tst_isolation_cli.moc"
