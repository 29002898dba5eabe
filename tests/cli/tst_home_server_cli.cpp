#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using sa::test::ProcessRun;

namespace {
const QString Recipients = QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients");
const QString Servers = QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Configuration/cn=Servers");
} // namespace

/// Mailboxes' home servers on the command line (issue 22): `add-server` joins a server to a site,
/// `create mailbox --server` and `import --server` name the server new mailboxes live on (the site's
/// first without it), a server of another site or none is refused with nothing written.
class TestHomeServerCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    sa::test::Cli m_cli;

    QString homeOf(const QString& alias)
    {
        const ProcessRun shown = m_cli.ctl(
            {QStringLiteral("--json"), QStringLiteral("show"), Recipients + QStringLiteral("/cn=") + alias});
        if (shown.exitCode != 0)
            return shown.err;
        const QJsonObject attributes = QJsonDocument::fromJson(shown.out.toUtf8())
                                           .object()
                                           .value(QStringLiteral("attributes"))
                                           .toObject();
        return attributes.value(QStringLiteral("Home-Server")).toArray().first().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli.org = m_dir.filePath(QStringLiteral("org"));
        QCOMPARE(m_cli.ctl({QStringLiteral("demo"), QStringLiteral("--linked")}).exitCode, 0);
        const ProcessRun added =
            m_cli.ctl({QStringLiteral("add-server"), QStringLiteral("--site"), QStringLiteral("SEATTLE"),
                       QStringLiteral("--server"), QStringLiteral("X1B")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(added.out.trimmed(), QStringLiteral("Added server X1B to site SEATTLE"));
    }

    void addServerRefusesANameTheOrganizationHas()
    {
        const QString problem =
            m_cli.ctlRefused({QStringLiteral("add-server"), QStringLiteral("--site"),
                              QStringLiteral("SEATTLE"), QStringLiteral("--server"), QStringLiteral("x2")},
                             QStringLiteral("the organization already has a server named "
                                            "X2 (in site LONDON)"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const ProcessRun status = m_cli.ctl({QStringLiteral("services"), QStringLiteral("status")});
        QVERIFY2(status.out.contains(QStringLiteral("X1B")), qPrintable(status.out));
    }

    void createNamesTheServerOrTakesTheSitesFirst()
    {
        const ProcessRun made = m_cli.ctl({QStringLiteral("create"), QStringLiteral("mailbox"), Recipients,
                                           QStringLiteral("Given-Name=Nora"), QStringLiteral("Surname=Xu"),
                                           QStringLiteral("--server"), QStringLiteral("x1b")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QCOMPARE(homeOf(QStringLiteral("NoraX")), Servers + QStringLiteral("/cn=X1B"));
        const ProcessRun plain =
            m_cli.ctl({QStringLiteral("create"), QStringLiteral("mailbox"), Recipients,
                       QStringLiteral("Given-Name=Olga"), QStringLiteral("Surname=Yin")});
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        QCOMPARE(homeOf(QStringLiteral("OlgaY")), Servers + QStringLiteral("/cn=X1"));
        // Moving it is an edit.
        const ProcessRun moved =
            m_cli.ctl({QStringLiteral("modify"), Recipients + QStringLiteral("/cn=OlgaY"),
                       QStringLiteral("Home-Server=X1B")});
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
        QCOMPARE(homeOf(QStringLiteral("OlgaY")), Servers + QStringLiteral("/cn=X1B"));
    }

    void aServerOfAnotherSiteIsRefused()
    {
        QString problem = m_cli.ctlRefused({QStringLiteral("create"), QStringLiteral("mailbox"), Recipients,
                                            QStringLiteral("Given-Name=Pia"), QStringLiteral("Surname=Zed"),
                                            QStringLiteral("--server"), QStringLiteral("X2")},
                                           QStringLiteral("the Home-Server \"X2\" is not a server of site "
                                                          "SEATTLE (its servers: X1, X1B)"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = m_cli.ctlRefused({QStringLiteral("create"), QStringLiteral("distribution-list"), Recipients,
                                    QStringLiteral("Display-Name=Team"), QStringLiteral("--server"),
                                    QStringLiteral("X1")},
                                   QStringLiteral("--server is for mailboxes"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void importPutsNewMailboxesOnTheServerNamed()
    {
        const QString file = m_dir.filePath(QStringLiteral("people.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Obj-Class,Common-Name,Given-Name,Surname,Home-Server\n"
                "mailbox,QuinnA,Quinn,Able,\n"
                "mailbox,RitaB,Rita,Baker,X1\n");
        f.close();
        const ProcessRun imported =
            m_cli.ctl({QStringLiteral("import"), file, QStringLiteral("--container"), Recipients,
                       QStringLiteral("--server"), QStringLiteral("X1B")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(homeOf(QStringLiteral("QuinnA")), Servers + QStringLiteral("/cn=X1B"));
        QCOMPARE(homeOf(QStringLiteral("RitaB")), Servers + QStringLiteral("/cn=X1"));

        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("Obj-Class,Common-Name,Given-Name,Surname,Home-Server\n"
                "mailbox,SamC,Sam,Cole,FALCON\n");
        b.close();
        const QString problem = m_cli.ctlRefused(
            {QStringLiteral("import"), bad, QStringLiteral("--container"), Recipients},
            bad + QStringLiteral(":2:5: the Home-Server \"FALCON\" is not a server of site SEATTLE"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestHomeServerCli)
#include "tst_home_server_cli.moc"
