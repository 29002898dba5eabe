// siteadminctl audit (issue 19): a change made with siteadminctl, and one made by an import, each
// appear with who made it, the program, the object and the attributes written; the command's
// filters, its limit (said when it cuts), and a bad --since refused.

#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <pwd.h>
#include <unistd.h>

using sa::test::Cli;
using sa::test::ProcessRun;

namespace {

const QString Recipients = QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients");

QString osUser()
{
    const passwd* pw = getpwuid(geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

} // namespace

class TestAuditCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Cli m_cli;

    QJsonArray audit(QStringList args)
    {
        args.prepend(QStringLiteral("audit"));
        args.prepend(QStringLiteral("--json"));
        const ProcessRun r = m_cli.ctl(args);
        if (r.exitCode != 0)
            qWarning("audit: %s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!Cli::ctlProgram().isEmpty());
        m_cli.org = m_dir.filePath(QStringLiteral("northwind"));
        QCOMPARE(m_cli.ctl({QStringLiteral("demo")}).exitCode, 0);
    }

    void aChangeWithSiteadminctlIsSaidToBeItsUsers()
    {
        const QString nancy = Recipients + QStringLiteral("/cn=NancyD");
        const ProcessRun r =
            m_cli.ctl({QStringLiteral("modify"), nancy, QStringLiteral("Title=Sales Manager")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray t = audit({QStringLiteral("--object"), nancy});
        QVERIFY(!t.isEmpty());
        const QJsonObject e = t.first().toObject(); // newest first
        QCOMPARE(e.value(QStringLiteral("action")).toString(), QStringLiteral("modify"));
        QCOMPARE(e.value(QStringLiteral("program")).toString(), QStringLiteral("siteadminctl"));
        QCOMPARE(e.value(QStringLiteral("user")).toString(), osUser());
        QCOMPARE(e.value(QStringLiteral("site")).toString(), QStringLiteral("SEATTLE"));
        QCOMPARE(e.value(QStringLiteral("dn")).toString(), nancy);
        QCOMPARE(e.value(QStringLiteral("class")).toString(), QStringLiteral("mailbox"));
        QCOMPARE(e.value(QStringLiteral("changedAttributes")).toArray(), QJsonArray{QStringLiteral("Title")});
        // The text form says the same on one line.
        const ProcessRun text = m_cli.ctl({QStringLiteral("audit"), QStringLiteral("--object"), nancy,
                                           QStringLiteral("--limit"), QStringLiteral("1")});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.count(QLatin1Char('\n')), 1);
        for (const QString& word : {osUser(), QStringLiteral("siteadminctl"), QStringLiteral("modify"), nancy,
                                    QStringLiteral("Title")})
            QVERIFY2(text.out.contains(word), qPrintable(text.out));
    }

    void anImportIsSaidToBeTheImports()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "Obj-Class,Common-Name,Display-Name,Mail-Nickname\r\nMailbox,AuditBen,Ben Audit,auditben\r\n");
        f.close();
        const ProcessRun r =
            m_cli.ctl({QStringLiteral("import"), path, QStringLiteral("--container"), Recipients});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray t = audit({QStringLiteral("--object"), Recipients + QStringLiteral("/cn=AuditBen")});
        QCOMPARE(t.size(), 1);
        const QJsonObject e = t.first().toObject();
        QCOMPARE(e.value(QStringLiteral("action")).toString(), QStringLiteral("create"));
        QCOMPARE(e.value(QStringLiteral("program")).toString(), QStringLiteral("import"));
        QCOMPARE(e.value(QStringLiteral("user")).toString(), osUser());
        QVERIFY(
            e.value(QStringLiteral("changedAttributes")).toArray().contains(QStringLiteral("Display-Name")));
    }

    void theLimitIsSaidWhenItCutsAndABadTimeIsRefused()
    {
        // The demo made hundreds of objects: the default limit cuts, and says so after the list.
        ProcessRun r = m_cli.ctl({QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("3")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(QLatin1Char('\n')), 3);
        QVERIFY2(r.err.contains(QStringLiteral("the newest 3 changes are shown; there are more")),
                 qPrintable(r.err));
        // Since a time to come: nothing, and nothing said.
        r = m_cli.ctl({QStringLiteral("audit"), QStringLiteral("--since"), QStringLiteral("2999-01-01")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, QString());
        const QString problem = m_cli.ctlRefused(
            {QStringLiteral("audit"), QStringLiteral("--since"), QStringLiteral("yesterday")},
            QStringLiteral("--since takes a time like 2026-12-01"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_audit_cli.moc"
