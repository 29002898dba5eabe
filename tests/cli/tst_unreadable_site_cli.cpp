#include "core/directory/Organization.h"
#include "core/msmail/PostofficeStore.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using sa::test::ProcessRun;
using namespace sa::core;

/// Issue 15's third finding, for sites: one site database that cannot be opened no longer blocks
/// every command on the organization. Each command does its work on the other sites, names the bad
/// one on stderr, and exits 1 when it needed it; a command that did not need it succeeds. A
/// postoffice that cannot be opened shows on its requestor's row in dirsync status.
class TestUnreadableSiteCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    sa::test::Cli m_cli;
    const QString m_named = QStringLiteral("siteadminctl: the site LONDON (sites/LONDON.sqlite) cannot be "
                                           "opened: not a site database (truncated: 5000");

    /// Exit 1, the bad site named once on stderr, and `out` in what was printed.
    static QString wentOnWithout(const ProcessRun& r, const QString& named, const QString& out)
    {
        if (r.exitCode != 1)
            return QStringLiteral("exit %1, not 1: %2").arg(r.exitCode).arg(r.err);
        if (r.err.count(named) != 1)
            return QStringLiteral("stderr does not name the site once: %1").arg(r.err);
        if (!r.out.contains(out))
            return QStringLiteral("\"%1\" not in: %2").arg(out, r.out);
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli.org = m_dir.filePath(QStringLiteral("org"));
        QCOMPARE(m_cli.ctl({QStringLiteral("demo")}).exitCode, 0);
        QCOMPARE(m_cli.ctl({QStringLiteral("dirsync"), QStringLiteral("cycle")}).exitCode, 0);
        QFile london(m_cli.org + QStringLiteral("/sites/LONDON.sqlite"));
        QVERIFY(london.resize(5000));
    }

    void commandsThatNeedItNameItAndDoTheRest()
    {
        QString p = wentOnWithout(m_cli.ctl({QStringLiteral("list")}), m_named,
                                  QStringLiteral("/o=NORTHWIND/ou=SEATTLE  [Site]"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
        p = wentOnWithout(m_cli.ctl({QStringLiteral("services"), QStringLiteral("status")}), m_named,
                          QStringLiteral("Directory Synchronization"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
        p = wentOnWithout(m_cli.ctl({QStringLiteral("find"), QStringLiteral("Display-Name=a")}), m_named,
                          QStringLiteral("/o=NORTHWIND/ou=SEATTLE/"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
        p = wentOnWithout(m_cli.ctl({QStringLiteral("run"), QStringLiteral("--until-idle")}), m_named,
                          QStringLiteral("MTAs moved"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
    }

    void aCycleGoesOnAndTheEventNamesTheSite()
    {
        const ProcessRun cycle = m_cli.ctl({QStringLiteral("dirsync"), QStringLiteral("cycle")});
        QCOMPARE(cycle.exitCode, 1);
        QVERIFY2(cycle.out.contains(QStringLiteral("T2 at site SEATTLE")), qPrintable(cycle.out));
        QVERIFY2(cycle.err.contains(QStringLiteral("the site LONDON (sites/LONDON.sqlite) cannot be opened")),
                 qPrintable(cycle.err));
        const ProcessRun events =
            m_cli.ctl({QStringLiteral("events"), QStringLiteral("--limit"), QStringLiteral("5")});
        // The event log of every site: SEATTLE's, which tells of LONDON; and LONDON named once more.
        const QString p =
            wentOnWithout(events, m_named,
                          QStringLiteral("MSExchangeDX 1114  the site LONDON (sites/LONDON.sqlite) "
                                         "cannot be opened"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
    }

    void commandsThatDoNotNeedItSucceed()
    {
        const ProcessRun seattle =
            m_cli.ctl({QStringLiteral("list"), QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients")});
        QCOMPARE(seattle.exitCode, 0);
        QVERIFY(seattle.err.isEmpty());
        const ProcessRun status = m_cli.ctl({QStringLiteral("dirsync"), QStringLiteral("status")});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(QStringLiteral("NWNET/PO1")), qPrintable(status.out));
        // And what is in LONDON is refused with the reason, not "no such site".
        const ProcessRun london =
            m_cli.ctl({QStringLiteral("show"), QStringLiteral("/o=NORTHWIND/ou=LONDON")});
        QCOMPARE(london.exitCode, 1);
        QVERIFY2(london.err.startsWith(m_named), qPrintable(london.err));
        const ProcessRun x2 =
            m_cli.ctl({QStringLiteral("services"), QStringLiteral("stop"), QStringLiteral("--server"),
                       QStringLiteral("X2"), QStringLiteral("MTA")});
        QCOMPARE(x2.exitCode, 1);
        QVERIFY2(x2.err.contains(QStringLiteral("no server named X2 in the sites that can be opened")),
                 qPrintable(x2.err));
    }

    void aPostofficeThatCannotBeOpenedIsOnItsRequestorsRow()
    {
        const QString path =
            PostofficeStore::pathFor(m_cli.org, QStringLiteral("NWNET"), QStringLiteral("PO2"));
        QFile::remove(path + QStringLiteral("-wal"));
        QFile po2(path);
        QVERIFY(po2.open(QIODevice::WriteOnly | QIODevice::Truncate));
        po2.write("not a database\n");
        po2.close();
        const ProcessRun status = m_cli.ctl({QStringLiteral("dirsync"), QStringLiteral("status")});
        QCOMPARE(status.exitCode, 1);
        const QString line = QStringLiteral("the postoffice NWNET/PO2 cannot be opened: ");
        QVERIFY2(status.out.contains(line), qPrintable(status.out));
        QVERIFY2(status.err.contains(line), qPrintable(status.err));
        const ProcessRun json =
            m_cli.ctl({QStringLiteral("--json"), QStringLiteral("dirsync"), QStringLiteral("status")});
        QVERIFY2(
            json.out.contains(QStringLiteral("\"unreadable\": \"the postoffice NWNET/PO2 cannot be opened")),
            qPrintable(json.out));
    }
};

QTEST_GUILESS_MAIN(TestUnreadableSiteCli)
#include "tst_unreadable_site_cli.moc"
