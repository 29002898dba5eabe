#include "core/services/ServiceLock.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using sa::test::ProcessRun;

/// Issue 15, finding 4: errors say what is really wrong. Each fault of the machine around the
/// organization gives one line that names it (permission denied and for whom, a read-only file
/// system, an immutable file, a full disk, a truncated or empty database, a lock another process
/// holds: exit 75 so scripts can try again), and the command writes nothing. The faults need root
/// (runuser, mount, chattr); where the machine refuses one (no CAP_SYS_ADMIN in a container, a
/// file system without attributes) that case is skipped and says why.
class TestEnvironmentFaultsCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    sa::test::Cli m_cli;
    QStringList m_mounts;

    static int sh(const QString& command)
    {
        QProcess p;
        p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
        p.waitForFinished(60000);
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    /// One line on stderr, containing `expected`, with `code`; stdout empty.
    static QString said(const ProcessRun& r, int code, const QString& expected)
    {
        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (r.exitCode != code)
            return QStringLiteral("exit %1, not %2: %3").arg(r.exitCode).arg(code).arg(r.err);
        if (lines.size() != 1)
            return QStringLiteral("%1 lines on stderr: %2").arg(lines.size()).arg(r.err);
        if (!lines.first().contains(expected))
            return QStringLiteral("\"%1\" does not say \"%2\"").arg(lines.first(), expected);
        return {};
    }
    /// siteadminctl run as `user`: a copy beside the organization, as the build folder may be closed
    /// to other users (a clone in a private temporary folder).
    ProcessRun ctlAs(const QString& user, const QStringList& args) const
    {
        const QString program = m_dir.filePath(QStringLiteral("siteadminctl"));
        if (!QFile::exists(program))
            sh(QStringLiteral("cp '%1' '%2' && chmod 755 '%2'").arg(sa::test::Cli::ctlProgram(), program));
        return sa::test::runProcess(QStringLiteral("runuser"),
                                    QStringList{QStringLiteral("-u"), user, QStringLiteral("--"), program,
                                                QStringLiteral("--org"), m_cli.org} +
                                        args);
    }

private Q_SLOTS:
    void init()
    {
        if (::geteuid() != 0)
            QSKIP("the faults are made as root (runuser, mount, chattr)");
        m_cli.org = m_dir.filePath(QStringLiteral("org%1").arg(QRandomGenerator::global()->generate()));
        QCOMPARE(m_cli.ctl({QStringLiteral("demo")}).exitCode, 0);
        QCOMPARE(sh(QStringLiteral("chmod -R a+rX '%1' && chmod a+x '%2'").arg(m_cli.org, m_dir.path())), 0);
    }
    void cleanup()
    {
        for (const QString& m : m_mounts)
            sh(QStringLiteral("umount '%1'").arg(m));
        m_mounts.clear();
        sh(QStringLiteral("chattr -R -i '%1' 2>/dev/null").arg(m_dir.path()));
    }

    void anotherUserIsToldItIsPermissions()
    {
        const QString before = sa::test::folderDigest(m_cli.org);
        for (const QStringList& args : {QStringList{QStringLiteral("dirsync"), QStringLiteral("cycle")},
                                        QStringList{QStringLiteral("run")}}) {
            // The first thing it cannot write says so: the site files' folder or the lock files'.
            const QString problem =
                said(ctlAs(QStringLiteral("nobody"), args), 1,
                     QStringLiteral("permission denied: user nobody cannot write in %1").arg(m_cli.org));
            QVERIFY2(problem.isEmpty(), qPrintable(args.join(' ') + QStringLiteral(": ") + problem));
        }
        // Reading needs no writing: another user can look.
        const ProcessRun status =
            ctlAs(QStringLiteral("nobody"), {QStringLiteral("dirsync"), QStringLiteral("status")});
        QVERIFY2(status.exitCode == 0, qPrintable(status.err));
        QVERIFY(status.out.contains(QStringLiteral("NWNET/PO1")));
        QCOMPARE(sa::test::folderDigest(m_cli.org), before);
    }

    void aReadOnlyFileSystemIsNamed()
    {
        const QString ro = m_dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(ro));
        if (sh(QStringLiteral("mount --bind '%1' '%2' && mount -o remount,ro,bind '%2'")
                   .arg(m_cli.org, ro)) != 0)
            QSKIP("this machine does not let a test mount (no CAP_SYS_ADMIN)");
        m_mounts << ro;
        sa::test::Cli cli{ro};
        for (const QStringList& args : {QStringList{QStringLiteral("dirsync"), QStringLiteral("cycle")},
                                        QStringList{QStringLiteral("run")}}) {
            const QString problem =
                said(cli.ctl(args), 1, QStringLiteral("the file system is read-only (mounted read-only)"));
            QVERIFY2(problem.isEmpty(), qPrintable(args.join(' ') + QStringLiteral(": ") + problem));
        }
    }

    void anImmutableSiteFileIsNamed()
    {
        const QString site = m_cli.org + QStringLiteral("/sites/SEATTLE.sqlite");
        if (sh(QStringLiteral("chattr +i '%1'").arg(site)) != 0)
            QSKIP("this file system has no immutable attribute (chattr)");
        const ProcessRun r = m_cli.ctl({QStringLiteral("create"), QStringLiteral("mailbox"),
                                        QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients"),
                                        QStringLiteral("Given-Name=Ima"), QStringLiteral("Surname=Blocked")});
        const QString problem =
            said(r, 1, QStringLiteral("SEATTLE.sqlite: permission denied: user root cannot write it"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void aFullDiskIsNamed()
    {
        const QString small = m_dir.filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(small));
        if (sh(QStringLiteral("mount -t tmpfs -o size=8m tmpfs '%1'").arg(small)) != 0)
            QSKIP("this machine does not let a test mount a tmpfs");
        m_mounts << small;
        QCOMPARE(sh(QStringLiteral("cp -a '%1' '%2/org'").arg(m_cli.org, small)), 0);
        sh(QStringLiteral("dd if=/dev/zero of='%1/fill' bs=64k 2>/dev/null; sync").arg(small));
        sa::test::Cli cli{small + QStringLiteral("/org")};
        const ProcessRun r = cli.ctl({QStringLiteral("create"), QStringLiteral("mailbox"),
                                      QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients"),
                                      QStringLiteral("Given-Name=Dee"), QStringLiteral("Surname=Skfull")});
        const QString problem = said(r, 1, QStringLiteral("the disk is full"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void aTruncatedOrEmptySiteDatabaseIsNamedNotMistaken()
    {
        const QString site = m_cli.org + QStringLiteral("/sites/SEATTLE.sqlite");
        QFile f(site);
        const qint64 size = f.size();
        QVERIFY(f.resize(size / 2));
        const QString problem = said(
            m_cli.ctl({QStringLiteral("dirsync"), QStringLiteral("cycle")}), 1,
            QStringLiteral("the site SEATTLE (sites/SEATTLE.sqlite) cannot be opened: not a site database "
                           "(truncated: %1 bytes of the %2 it holds)")
                .arg(size / 2)
                .arg(size));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // An empty file is refused as one, and a read command leaves it empty.
        QVERIFY(f.resize(0));
        const QString empty = said(
            m_cli.ctl({QStringLiteral("dirsync"), QStringLiteral("status")}), 1,
            QStringLiteral("SEATTLE.sqlite) cannot be opened: not a site database (it is empty, 0 bytes)"));
        QVERIFY2(empty.isEmpty(), qPrintable(empty));
        QCOMPARE(QFileInfo(site).size(), 0);
    }

    void aLockAnotherProcessHoldsExits75()
    {
        sa::core::ServiceLock lock(m_cli.org, sa::core::ServiceLock::Dirsync);
        QVERIFY(lock.tryLock());
        const QString problem =
            said(m_cli.ctl({QStringLiteral("dirsync"), QStringLiteral("cycle")}), 75,
                 QStringLiteral("directory synchronization of this organization is done by"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void aDirsyncServerThatDoesNotExistIsRefused()
    {
        const QString problem = m_cli.poRefused(
            {QStringLiteral("dirsync"), QStringLiteral("requestor"), QStringLiteral("NWNET/PO1"),
             QStringLiteral("--dirsync-server"), QStringLiteral("NO/SUCH"), QStringLiteral("--password"),
             QStringLiteral("syncpw1")},
            QStringLiteral("no dirsync server \"NO/SUCH\" in this organization"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentFaultsCli)
#include "tst_environment_faults_cli.moc"
