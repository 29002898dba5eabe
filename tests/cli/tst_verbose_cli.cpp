#include "tests/support/TestSupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using sa::test::ProcessRun;

/// What a user collects for a problem report (issue 21): --verbose, which every program takes, turns
/// on the siteadmin.* logging categories on standard error; QT_LOGGING_RULES picks some of them;
/// without either, standard error stays silent and standard output is never touched.
class TestVerboseCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    sa::test::Cli m_cli;

private Q_SLOTS:
    void initTestCase()
    {
        m_cli.org = m_dir.filePath(QStringLiteral("org"));
        const ProcessRun demo = m_cli.ctl({QStringLiteral("demo")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void silentUnlessAsked()
    {
        const ProcessRun r = m_cli.ctl({QStringLiteral("dirsync"), QStringLiteral("cycle")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void verboseTracesEachFloorOnStandardError()
    {
        const ProcessRun r =
            m_cli.ctl({QStringLiteral("--verbose"), QStringLiteral("dirsync"), QStringLiteral("cycle")});
        QCOMPARE(r.exitCode, 0);
        for (const char* line :
             {"siteadmin.dirsync: step 1 of ", "siteadmin.store: committed ", "siteadmin.transport: pass: "})
            QVERIFY2(r.err.contains(QLatin1String(line)), qPrintable(QLatin1String(line) + r.err.left(2000)));
        QVERIFY(!r.out.contains(QStringLiteral("siteadmin.")));
        // A transaction that changed the directory says which USNs; one that did not says so (it was
        // logged as "up to USN N", as if it had written changes).
        static const QRegularExpression changed(
            QStringLiteral("siteadmin.store: committed \\S+ USNs (\\d+) to (\\d+)"));
        const auto m = changed.match(r.err);
        QVERIFY2(m.hasMatch() && m.captured(1).toLongLong() <= m.captured(2).toLongLong(),
                 qPrintable(r.err.left(2000)));
        QVERIFY2(r.err.contains(QStringLiteral("without a directory change (USN ")),
                 qPrintable(r.err.left(2000)));
        QVERIFY(!r.err.contains(QStringLiteral("up to USN")));
        QVERIFY(!r.out.isEmpty()); // the cycle's own report
        // msmail-po takes it too.
        const ProcessRun po = m_cli.po({QStringLiteral("--verbose"), QStringLiteral("list")});
        QVERIFY2(po.exitCode == 0, qPrintable(po.err));
        QVERIFY(po.out.contains(QStringLiteral("NWNET/PO1")));
    }

    void loggingRulesPickAFloor()
    {
        qputenv("QT_LOGGING_RULES", "siteadmin.dirsync.debug=true");
        const ProcessRun r = m_cli.ctl({QStringLiteral("dirsync"), QStringLiteral("cycle")});
        qunsetenv("QT_LOGGING_RULES");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("siteadmin.dirsync: step 1 of ")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("siteadmin.store")), qPrintable(r.err.left(2000)));
    }
};

QTEST_GUILESS_MAIN(TestVerboseCli)
#include "tst_verbose_cli.moc"
