#include "tests/support/TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using sa::test::ProcessRun;

/// msmail-po and the services and run commands of siteadminctl, as an administrator runs them:
/// separate processes, their output and exit codes, and refusals that write nothing.
class TestPoCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_org;

    static QString poProgram() { return sa::test::Cli::poProgram(); }
    static QString ctlProgram() { return sa::test::Cli::ctlProgram(); }
    ProcessRun po(QStringList args) const { return sa::test::Cli{m_org}.po(args); }
    ProcessRun ctl(QStringList args) const { return sa::test::Cli{m_org}.ctl(args); }
    void poRefuses(QStringList args, const QString& expected)
    {
        const QString problem = sa::test::Cli{m_org}.poRefused(args, expected);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void ctlRefuses(QStringList args, const QString& expected)
    {
        const QString problem = sa::test::Cli{m_org}.ctlRefused(args, expected);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    static QString stateOf(const QString& statusText, const QString& server, const QString& service)
    {
        for (const QString& line : statusText.split(QLatin1Char('\n'))) {
            if (line.startsWith(server + QLatin1Char(' ')) &&
                line.contains(QStringLiteral("  ") + service + QLatin1Char(' ')))
                return line.section(QLatin1Char(' '), -1);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!poProgram().isEmpty());
        QVERIFY(!ctlProgram().isEmpty());
        m_org = m_dir.filePath(QStringLiteral("northwind"));
        QCOMPARE(ctl({QStringLiteral("demo"), QStringLiteral("--linked")}).exitCode, 0);
    }

    void postofficesAndUsers()
    {
        ProcessRun r = po({QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("NWNET/PO1\nNWNET/PO2\n"));

        QCOMPARE(sa::test::Cli{m_org}
                     .poFed("PASSWORD\n", {QStringLiteral("create"), QStringLiteral("NWNET/PO3"),
                                           QStringLiteral("--admin-password-stdin")})
                     .exitCode,
                 0);
        r = po({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("NWNET/PO3"),
                QStringLiteral("jsmith"), QStringLiteral("--name"), QStringLiteral("John Smith"),
                QStringLiteral("--field"), QStringLiteral("Phone=555-0100")});
        QCOMPARE(r.exitCode, 0);
        r = po({QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("list"),
                QStringLiteral("NWNET/PO3")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray users = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(users.size(), 1);
        // MS Mail keeps mailbox names in capitals.
        QCOMPARE(users.at(0).toObject().value(QStringLiteral("mailbox")).toString(),
                 QStringLiteral("JSMITH"));
        QCOMPARE(users.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("John Smith"));
        // The address list shows each entry's template fields after it.
        r = po({QStringLiteral("gal"), QStringLiteral("NWNET/PO3")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("NWNET/PO3/JSMITH  [Phone: 555-0100]")), qPrintable(r.out));
        r = po({QStringLiteral("--json"), QStringLiteral("gal"), QStringLiteral("NWNET/PO3")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .array()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("fields"))
                     .toObject()
                     .value(QStringLiteral("Phone"))
                     .toString(),
                 QStringLiteral("555-0100"));

        QCOMPARE(po({QStringLiteral("route"), QStringLiteral("direct"), QStringLiteral("NWNET/PO3"),
                     QStringLiteral("NWNET/PO1")})
                     .exitCode,
                 0);
        r = po({QStringLiteral("route"), QStringLiteral("list"), QStringLiteral("NWNET/PO3")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("NWNET/PO1")), qPrintable(r.out));

        QCOMPARE(po({QStringLiteral("user"), QStringLiteral("delete"), QStringLiteral("NWNET/PO3"),
                     QStringLiteral("JSMITH")})
                     .exitCode,
                 0);
        r = po({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("NWNET/PO3")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains(QStringLiteral("JSMITH")), qPrintable(r.out));
    }

    void anAdministratorPasswordIsKeptOnlyAsAHashAndChecked()
    {
        const sa::test::Cli cli{m_org};
        const QString name = QStringLiteral("NWNET/PO5");
        const QString path = m_org + QStringLiteral("/postoffices/NWNET-PO5.sqlite");
        const auto refusedUnwritten = [&](const ProcessRun& r, const QString& expected) {
            QVERIFY2(r.exitCode != 0, qPrintable(r.out));
            QVERIFY2(r.err.contains(expected), qPrintable(r.err));
            QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one line
            QVERIFY(!QFileInfo::exists(path));
        };
        // None given, and no terminal to type it at: refused, nothing made.
        refusedUnwritten(po({QStringLiteral("create"), name}),
                         QStringLiteral("give the postoffice's administrator password"));
        // Below the product's one minimum: refused, nothing made.
        refusedUnwritten(
            cli.poFed("abc\n", {QStringLiteral("create"), name, QStringLiteral("--admin-password-stdin")}),
            QStringLiteral("the administrator password of NWNET/PO5 is too short"));
        refusedUnwritten(cli.poFed("zzzzzzzz\n", {QStringLiteral("create"), name,
                                                  QStringLiteral("--admin-password-stdin")}),
                         QStringLiteral("is one character repeated"));

        const QByteArray first = QByteArrayLiteral("First-Admin-Pw1");
        ProcessRun r = cli.poFed(first + '\n',
                                 {QStringLiteral("create"), name, QStringLiteral("--admin-password-stdin")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const auto fileBytes = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        // At rest only its Argon2id hash (the program closed the file: everything is in it).
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(!fileBytes().contains(first));
        QVERIFY(!fileBytes().contains(first.toLower()));
        QVERIFY(fileBytes().contains("$argon2id$"));

        // Changing it takes the current one: a wrong one is refused and changes nothing.
        QTemporaryDir secrets;
        const auto secretFile = [&](const QString& file, const QByteArray& text) {
            QFile f(secrets.filePath(file));
            if (f.open(QIODevice::WriteOnly))
                f.write(text + '\n');
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            return f.fileName();
        };
        const QByteArray before = fileBytes();
        r = cli.poFed("Second-Admin-Pw2\n",
                      {QStringLiteral("admin-password"), name, QStringLiteral("--admin-password-file"),
                       secretFile(QStringLiteral("wrong"), "First-Admin-Pw0"),
                       QStringLiteral("--new-admin-password-stdin")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(
            r.err.contains(QStringLiteral("the administrator password of NWNET/PO5 is not right; nothing was "
                                          "changed")),
            qPrintable(r.err));
        QCOMPARE(fileBytes(), before);
        // A new one below the minimum is refused too, the right current one given.
        r = cli.poFed("short\n",
                      {QStringLiteral("admin-password"), name, QStringLiteral("--admin-password-file"),
                       secretFile(QStringLiteral("right"), first),
                       QStringLiteral("--new-admin-password-stdin")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("is too short")), qPrintable(r.err));
        QCOMPARE(fileBytes(), before);
        // The right one: changed; the old one is then not right any more.
        r = cli.poFed("Second-Admin-Pw2\n",
                      {QStringLiteral("admin-password"), name, QStringLiteral("--admin-password-file"),
                       secretFile(QStringLiteral("right"), first),
                       QStringLiteral("--new-admin-password-stdin")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Changed the administrator password of NWNET/PO5")),
                 qPrintable(r.out));
        QVERIFY(!fileBytes().contains("Second-Admin-Pw2"));
        r = cli.poFed("Third-Admin-Pw3\n",
                      {QStringLiteral("admin-password"), name, QStringLiteral("--admin-password-file"),
                       secretFile(QStringLiteral("right"), first),
                       QStringLiteral("--new-admin-password-stdin")});
        QVERIFY2(r.err.contains(QStringLiteral("is not right")), qPrintable(r.err));
        r = cli.poFed("Third-Admin-Pw3\n",
                      {QStringLiteral("admin-password"), name, QStringLiteral("--admin-password-file"),
                       secretFile(QStringLiteral("second"), "Second-Admin-Pw2"),
                       QStringLiteral("--new-admin-password-stdin")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void badPostofficeInput()
    {
        poRefuses({QStringLiteral("create"), QStringLiteral("NWNET/PO1")}, QStringLiteral("already exists"));
        poRefuses({QStringLiteral("create"), QStringLiteral("PO9")},
                  QStringLiteral("is not NETWORK/POSTOFFICE"));
        poRefuses({QStringLiteral("create"), QStringLiteral("NETWORKTOOLONG/PO9")},
                  QStringLiteral("the network name \"NETWORKTOOLONG\" is longer than 10 characters"));
        poRefuses({QStringLiteral("create"), QStringLiteral("NWNET/POSTOFFICE99")},
                  QStringLiteral("the postoffice name \"POSTOFFICE99\" is longer than 10 characters"));
        poRefuses({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("NWNET/PO1"),
                   QStringLiteral("AMARTIN"), QStringLiteral("--name"), QStringLiteral("Someone Else")},
                  QStringLiteral("already has a mailbox AMARTIN"));
        poRefuses({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("NWNET/PO1"),
                   QStringLiteral("NEWUSER"), QStringLiteral("--name"), QStringLiteral("Alice Martin")},
                  QStringLiteral("already used by AMARTIN"));
        poRefuses({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("NWNET/PO1"),
                   QStringLiteral("$ADMIN"), QStringLiteral("--name"), QStringLiteral("Admin")},
                  QStringLiteral("starting with $"));
        poRefuses({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("NWNET/PO1"),
                   QStringLiteral("LONGNAME"), QStringLiteral("--name"), QString(31, QLatin1Char('x'))},
                  QStringLiteral("longer than 30 characters"));
        poRefuses({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("NWNET/PO1"),
                   QStringLiteral("MAILBOXNAMETOOLONG"), QStringLiteral("--name"),
                   QStringLiteral("Too Long")},
                  QStringLiteral("mailbox"));
        poRefuses({QStringLiteral("user"), QStringLiteral("delete"), QStringLiteral("NWNET/PO1"),
                   QStringLiteral("NOBODY")},
                  QStringLiteral("has no user NOBODY"));
        poRefuses({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("NWNET/PO7")},
                  QStringLiteral("no postoffice NWNET/PO7"));
        poRefuses({QStringLiteral("route"), QStringLiteral("indirect"), QStringLiteral("NWNET/PO1"),
                   QStringLiteral("FARNET/PO5"), QStringLiteral("--via"), QStringLiteral("FARNET/PO6")},
                  QStringLiteral("has no route to FARNET/PO6"));
        poRefuses({QStringLiteral("route"), QStringLiteral("remove"), QStringLiteral("NWNET/PO1"),
                   QStringLiteral("FARNET/PO5")},
                  QStringLiteral("has no route to FARNET/PO5"));
        poRefuses({QStringLiteral("mail"), QStringLiteral("send"), QStringLiteral("NWNET/PO1"),
                   QStringLiteral("--from"), QStringLiteral("NOBODY"), QStringLiteral("--to"),
                   QStringLiteral("NWNET/PO2/AHOFF"), QStringLiteral("--subject"), QStringLiteral("s"),
                   QStringLiteral("--body"), QStringLiteral("b")},
                  QStringLiteral("has no user NOBODY"));
        poRefuses({QStringLiteral("mail"), QStringLiteral("read"), QStringLiteral("NWNET/PO1"),
                   QStringLiteral("AMARTIN"), QStringLiteral("9999")},
                  QStringLiteral("has no message 9999"));
        poRefuses({QStringLiteral("frobnicate")}, QStringLiteral("frobnicate"));
    }

    void mailCrossesToTheOtherPostofficeAndASite()
    {
        ProcessRun r =
            po({QStringLiteral("mail"), QStringLiteral("send"), QStringLiteral("NWNET/PO1"),
                QStringLiteral("--from"), QStringLiteral("AMARTIN"), QStringLiteral("--to"),
                QStringLiteral("NWNET/PO2/AHOFF"), QStringLiteral("--subject"), QStringLiteral("Quarterly"),
                QStringLiteral("--body"), QStringLiteral("Figures attached.")});
        QCOMPARE(r.exitCode, 0);
        r = po({QStringLiteral("mail"), QStringLiteral("send"), QStringLiteral("NWNET/PO1"),
                QStringLiteral("--from"), QStringLiteral("AMARTIN"), QStringLiteral("--to"),
                QStringLiteral("NWNET/PO2/NOSUCH"), QStringLiteral("--subject"), QStringLiteral("Lost"),
                QStringLiteral("--body"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 0);
        r = ctl({QStringLiteral("run"), QStringLiteral("--until-idle")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Postoffices delivered or forwarded ")), qPrintable(r.out));

        r = po({QStringLiteral("mail"), QStringLiteral("list"), QStringLiteral("NWNET/PO2"),
                QStringLiteral("AHOFF")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Quarterly")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("NWNET/PO1/AMARTIN")), qPrintable(r.out));
        // The unknown mailbox comes back to the sender as a non-delivery report.
        r = po({QStringLiteral("--json"), QStringLiteral("mail"), QStringLiteral("list"),
                QStringLiteral("NWNET/PO1"), QStringLiteral("AMARTIN")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray mails = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(mails.size(), 1);
        QVERIFY(mails.at(0).toObject().value(QStringLiteral("report")).toBool());
        QVERIFY2(mails.at(0)
                     .toObject()
                     .value(QStringLiteral("subject"))
                     .toString()
                     .contains(QStringLiteral("Lost")),
                 qPrintable(r.out));
        // A second run finds nothing more to do.
        r = ctl({QStringLiteral("--json"), QStringLiteral("run"), QStringLiteral("--until-idle")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("dispatched")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("pickedUp")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("routed")).toInt(), 0);
    }

    /// mail send-batch: every line checked first, each bad one named by its line, and then nothing
    /// sent; a good file queued in one go, from a file or standard input, and carried like any mail.
    void mailSentInABatchAllOrNone()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad-batch.jsonl"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"from\": \"AMARTIN\", \"to\": \"NWNET/PO2/AHOFF\", \"subject\": \"Batch never\"}\n"
                    "{\"from\": \"NOBODY\", \"to\": \"NWNET/PO2/AHOFF\"}\n"
                    "\n"
                    "  {\"from\": \"AMARTIN\" \"to\": 1}\n"
                    "{\"from\": \"AMARTIN\"}\n"
                    "{\"from\": \"AMARTIN\", \"to\": \"NWNET/PO2/AHOFF\", \"cc\": \"BEVANS\"}\n"
                    "[1, 2]\n"
                    "{\"from\": \"AMARTIN\", \"to\": \"NWNET/PO2/AHOFF\", \"body\": 7}\n");
        }
        const QString before = sa::test::folderDigest(m_org);
        ProcessRun r =
            po({QStringLiteral("mail"), QStringLiteral("send-batch"), QStringLiteral("NWNET/PO1"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QString at = QStringLiteral("msmail-po: ") + bad + QLatin1Char(':');
        const QStringList expected{
            at + QStringLiteral("2: NWNET/PO1 has no user NOBODY"),
            at + QStringLiteral("4: column 23: unterminated object"),
            at + QStringLiteral("5: no \"to\""),
            at + QStringLiteral("6: unknown field \"cc\" (a message has from, to, subject, body)"),
            at + QStringLiteral("7: not a JSON object"),
            at + QStringLiteral("8: \"body\" is not a string"),
        };
        QCOMPARE(lines, expected);
        QCOMPARE(sa::test::folderDigest(m_org), before);

        // One bad line: one line on standard error, and still nothing sent.
        const QString oneBad = m_dir.filePath(QStringLiteral("one-bad.jsonl"));
        {
            QFile f(oneBad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"from\": \"AMARTIN\", \"to\": \"NWNET/PO2/AHOFF\"}\n"
                    "{\"from\": \"AMARTIN\", \"to\": \"NO ADDRESS\"}\n");
        }
        poRefuses({QStringLiteral("mail"), QStringLiteral("send-batch"), QStringLiteral("NWNET/PO1"), oneBad},
                  oneBad + QStringLiteral(":2: \"NO ADDRESS\" is not an address"));
        poRefuses({QStringLiteral("mail"), QStringLiteral("send-batch"), QStringLiteral("NWNET/PO1"),
                   m_dir.filePath(QStringLiteral("missing.jsonl"))},
                  QStringLiteral("cannot read"));

        // A good batch on standard input: queued together, carried, delivered.
        QByteArray good;
        for (int i = 0; i < 3; ++i)
            good += QStringLiteral("{\"from\": \"amartin\", \"to\": \"NWNET/PO2/BEVANS\", \"subject\": "
                                   "\"Batched %1\", \"body\": \"Line one.\\nLine two.\"}\n")
                        .arg(i)
                        .toUtf8();
        r = sa::test::runProcess(poProgram(),
                                 {QStringLiteral("--org"), m_org, QStringLiteral("--json"),
                                  QStringLiteral("mail"), QStringLiteral("send-batch"),
                                  QStringLiteral("NWNET/PO1"), QStringLiteral("-")},
                                 good);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("queued")).toArray().size(),
            3);
        QCOMPARE(ctl({QStringLiteral("run"), QStringLiteral("--until-idle")}).exitCode, 0);
        r = po({QStringLiteral("--json"), QStringLiteral("mail"), QStringLiteral("list"),
                QStringLiteral("NWNET/PO2"), QStringLiteral("BEVANS")});
        QCOMPARE(r.exitCode, 0);
        QStringList subjects;
        for (const QJsonValue& m : QJsonDocument::fromJson(r.out.toUtf8()).array())
            subjects << m.toObject().value(QStringLiteral("subject")).toString();
        subjects.sort();
        QCOMPARE(subjects, (QStringList{QStringLiteral("Batched 0"), QStringLiteral("Batched 1"),
                                        QStringLiteral("Batched 2")}));
        QVERIFY2(!r.out.contains(QStringLiteral("Batch never")), qPrintable(r.out));
    }

    void connectorsByCommandLine()
    {
        const QString connections = QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Configuration/cn=Connections");
        ctlRefuses({QStringLiteral("create"), QStringLiteral("site-connector"), connections,
                    QStringLiteral("Common-Name=Site Connector (X)"), QStringLiteral("Target-Site=LONDON"),
                    QStringLiteral("Cost=200")},
                   QStringLiteral("Cost: \"200\" is not valid: it must be from 1 to 100"));
        ctlRefuses({QStringLiteral("modify"), connections + QStringLiteral("/cn=MS Mail Connector (X1)"),
                    QStringLiteral("Cost=3")},
                   QStringLiteral("Cost is not an attribute of MS Mail Connector objects"));
        // SEATTLE has its Site Connector to LONDON: a second one is refused (issue 20); the one it has
        // takes a new cost.
        ctlRefuses(
            {QStringLiteral("create"), QStringLiteral("site-connector"), connections,
             QStringLiteral("Common-Name=Backup Route"), QStringLiteral("Target-Site=LONDON"),
             QStringLiteral("Cost=20")},
            QStringLiteral("site SEATTLE already has a Site Connector to LONDON (Site Connector (LONDON)); "
                           "there is one between two sites"));
        const QString london = connections + QStringLiteral("/cn=Site Connector (LONDON)");
        ProcessRun r = ctl({QStringLiteral("modify"), london, QStringLiteral("Cost=20")});
        QCOMPARE(r.exitCode, 0);
        r = ctl({QStringLiteral("show"), london});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Cost")) && r.out.contains(QStringLiteral("20")),
                 qPrintable(r.out));
        QCOMPARE(ctl({QStringLiteral("modify"), london, QStringLiteral("Cost=1")}).exitCode, 0);
    }

    void servicesStartAndStop()
    {
        ProcessRun r = ctl({QStringLiteral("services"), QStringLiteral("status")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(stateOf(r.out, QStringLiteral("X1"), QStringLiteral("Message Transfer Agent")),
                 QStringLiteral("Running"));
        QCOMPARE(stateOf(r.out, QStringLiteral("X1"), QStringLiteral("Directory Synchronization")),
                 QStringLiteral("Stopped"));

        // Stopping a service others need is refused and changes nothing.
        ctlRefuses({QStringLiteral("services"), QStringLiteral("stop"), QStringLiteral("System Attendant"),
                    QStringLiteral("--server"), QStringLiteral("X1")},
                   QStringLiteral("is needed by"));
        ctlRefuses(
            {QStringLiteral("services"), QStringLiteral("stop"), QStringLiteral("Message Transfer Agent")},
            QStringLiteral("needs --server"));
        ctlRefuses({QStringLiteral("services"), QStringLiteral("start"), QStringLiteral("Fax Service"),
                    QStringLiteral("--server"), QStringLiteral("X1")},
                   QStringLiteral("has no service \"Fax Service\""));
        ctlRefuses({QStringLiteral("services"), QStringLiteral("status"), QStringLiteral("--server"),
                    QStringLiteral("X9")},
                   QStringLiteral("no server named X9"));
        ctlRefuses({QStringLiteral("services"), QStringLiteral("restart"), QStringLiteral("Directory")},
                   QStringLiteral("unknown services command \"restart\": services takes status, start"));
        ctlRefuses({QStringLiteral("services"), QStringLiteral("continue"), QStringLiteral("Directory"),
                    QStringLiteral("--server"), QStringLiteral("X1")},
                   QStringLiteral("only a paused service can continue"));
        ctlRefuses({QStringLiteral("run"), QStringLiteral("--max-seconds"), QStringLiteral("soon")},
                   QStringLiteral("--max-seconds takes a number of seconds"));

        // With X1's connector MTA stopped, mail to PO1 waits in the MTA queue; started again, it is
        // delivered.
        r = ctl({QStringLiteral("services"), QStringLiteral("stop"), QStringLiteral("PO1 Connector MTA"),
                 QStringLiteral("--server"), QStringLiteral("X1")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(stateOf(r.out, QStringLiteral("X1"), QStringLiteral("PO1 Connector MTA")),
                 QStringLiteral("Stopped"));
        QCOMPARE(po({QStringLiteral("mail"), QStringLiteral("send"), QStringLiteral("NWNET/PO2"),
                     QStringLiteral("--from"), QStringLiteral("AHOFF"), QStringLiteral("--to"),
                     QStringLiteral("NWNET/PO1/CDIAZ"), QStringLiteral("--subject"),
                     QStringLiteral("Waiting"), QStringLiteral("--body"), QStringLiteral("b")})
                     .exitCode,
                 0);
        QCOMPARE(ctl({QStringLiteral("run"), QStringLiteral("--until-idle")}).exitCode, 0);
        r = po({QStringLiteral("mail"), QStringLiteral("list"), QStringLiteral("NWNET/PO1"),
                QStringLiteral("CDIAZ")});
        QVERIFY2(!r.out.contains(QStringLiteral("Waiting")), qPrintable(r.out));
        QCOMPARE(ctl({QStringLiteral("services"), QStringLiteral("start"),
                      QStringLiteral("PO1 Connector MTA"), QStringLiteral("--server"), QStringLiteral("X1")})
                     .exitCode,
                 0);
        QCOMPARE(ctl({QStringLiteral("run"), QStringLiteral("--until-idle")}).exitCode, 0);
        r = po({QStringLiteral("mail"), QStringLiteral("list"), QStringLiteral("NWNET/PO1"),
                QStringLiteral("CDIAZ")});
        QVERIFY2(r.out.contains(QStringLiteral("Waiting")), qPrintable(r.out));
    }

    /// Q152167 without the window: the procedure's objects made with siteadminctl create, the
    /// postoffices registered with msmail-po, whole cycles with siteadminctl dirsync cycle.
    void dirsyncByCommandLine()
    {
        const QString site = QStringLiteral("/o=NORTHWIND/ou=SEATTLE");
        const QString connections = site + QStringLiteral("/cn=Configuration/cn=Connections");
        const QString dxa = connections + QStringLiteral("/cn=Dirsync Server");
        const QString x1 = site + QStringLiteral("/cn=Configuration/cn=Servers/cn=X1");
        const QString msmail = site + QStringLiteral("/cn=MSMail Recipients");
        const QStringList exported{QStringLiteral("Export-Containers=") + site +
                                       QStringLiteral("/cn=Recipients"),
                                   QStringLiteral("Export-Containers=/o=NORTHWIND/ou=LONDON/cn=Recipients")};
        ctlRefuses({QStringLiteral("dirsync"), QStringLiteral("cycle")},
                   QStringLiteral("has no Directory Synchronization Server"));
        ctlRefuses({QStringLiteral("dirsync"), QStringLiteral("sometime")},
                   QStringLiteral("unknown dirsync command \"sometime\""));
        poRefuses({QStringLiteral("dirsync"), QStringLiteral("t1"), QStringLiteral("NWNET/PO1")},
                  QStringLiteral("is not a dirsync requestor"));
        poRefuses({QStringLiteral("dirsync"), QStringLiteral("requestor"), QStringLiteral("NWNET/PO1")},
                  QStringLiteral("needs --dirsync-server"));
        poRefuses({QStringLiteral("dirsync"), QStringLiteral("requestor"), QStringLiteral("NWNET/PO1"),
                   QStringLiteral("--dirsync-server"), QStringLiteral("NORTHWIND/SEATTLE"),
                   QStringLiteral("--types"), QStringLiteral("PCM,S M T P")},
                  QStringLiteral("is not an address type"));
        poRefuses({QStringLiteral("dirsync"), QStringLiteral("requestor"), QStringLiteral("NWNET/PO1"),
                   QStringLiteral("--dirsync-server"), QStringLiteral("NWNET/PO1")},
                  QStringLiteral("cannot be its own dirsync server"));

        QCOMPARE(ctl({QStringLiteral("create"), QStringLiteral("recipients-container"), site,
                      QStringLiteral("Common-Name=MSMail Recipients")})
                     .exitCode,
                 0);
        QCOMPARE(
            ctl({QStringLiteral("create"), QStringLiteral("custom-recipient"),
                 site + QStringLiteral("/cn=Recipients"), QStringLiteral("Display-Name=NWNET/PO2/$system"),
                 QStringLiteral("Mail-Nickname=PO2SYSTEM"),
                 QStringLiteral("Target-Address=MS:NWNET/PO2/$system"),
                 QStringLiteral("Hide-From-Address-Book=TRUE")})
                .exitCode,
            0);
        QCOMPARE(
            ctl({QStringLiteral("create"), QStringLiteral("dirsync-server"), connections,
                 QStringLiteral("Common-Name=Dirsync Server"), QStringLiteral("Responsible-Local-DXA=") + x1})
                .exitCode,
            0);
        ctlRefuses(
            {QStringLiteral("create"), QStringLiteral("remote-dirsync-requestor"), dxa,
             QStringLiteral("Common-Name=PO9"),
             QStringLiteral("DXA-Dirsync-Address=") + site + QStringLiteral("/cn=Recipients/cn=AndrewF")},
            QStringLiteral("must be an MS Mail custom recipient"));
        // Without a password, or with a weak one, a requestor is refused with the reason (and, being
        // refused, leaves no object behind: PO1 is created below under the same name).
        ctlRefuses({QStringLiteral("create"), QStringLiteral("remote-dirsync-requestor"), dxa,
                    QStringLiteral("Common-Name=PO1"), QStringLiteral("DXA-ReqName=NWNET/PO1"),
                    QStringLiteral("Import-Container=") + msmail},
                   QStringLiteral("is empty; give one of at least 6 characters"));
        ctlRefuses({QStringLiteral("create"), QStringLiteral("remote-dirsync-requestor"), dxa,
                    QStringLiteral("Common-Name=PO1"), QStringLiteral("DXA-ReqName=NWNET/PO1"),
                    QStringLiteral("DXA-Password=aaaaaa"), QStringLiteral("Import-Container=") + msmail},
                   QStringLiteral("is one character repeated"));
        poRefuses({QStringLiteral("dirsync"), QStringLiteral("requestor"), QStringLiteral("NWNET/PO1"),
                   QStringLiteral("--dirsync-server"), QStringLiteral("NORTHWIND/SEATTLE"),
                   QStringLiteral("--password"), QStringLiteral("pw")},
                  QStringLiteral("the dirsync password of NWNET/PO1 is too short"));
        ProcessRun r =
            ctl(QStringList{QStringLiteral("create"), QStringLiteral("remote-dirsync-requestor"), dxa,
                            QStringLiteral("Common-Name=PO1"), QStringLiteral("DXA-ReqName=NWNET/PO1"),
                            QStringLiteral("DXA-Password=syncpw1"),
                            QStringLiteral("Import-Container=") + msmail} +
                exported);
        QCOMPARE(r.exitCode, 0);
        r = ctl(QStringList{QStringLiteral("create"), QStringLiteral("remote-dirsync-requestor"), dxa,
                            QStringLiteral("Common-Name=PO2"),
                            QStringLiteral("DXA-Dirsync-Address=") + site +
                                QStringLiteral("/cn=Recipients/cn=PO2SYSTEM"),
                            QStringLiteral("DXA-Password=syncpw1"),
                            QStringLiteral("Import-Container=") + msmail} +
                exported);
        QCOMPARE(r.exitCode, 0);
        ctlRefuses({QStringLiteral("create"), QStringLiteral("remote-dirsync-requestor"), dxa,
                    QStringLiteral("Common-Name=PO1 again"), QStringLiteral("DXA-ReqName=NWNET/PO1")},
                   QStringLiteral("NWNET/PO1 already has a requestor"));
        for (const QString& p : {QStringLiteral("NWNET/PO1"), QStringLiteral("NWNET/PO2")}) {
            r = po({QStringLiteral("dirsync"), QStringLiteral("requestor"), p,
                    QStringLiteral("--dirsync-server"), QStringLiteral("NORTHWIND/SEATTLE"),
                    QStringLiteral("--password"), QStringLiteral("syncpw1")});
            QCOMPARE(r.exitCode, 0);
        }
        ctlRefuses({QStringLiteral("dirsync"), QStringLiteral("now")},
                   QStringLiteral("Directory Synchronization is not running on X1"));
        // A requestor is not a server as well, and only a server registers requestors or runs T2.
        poRefuses({QStringLiteral("dirsync"), QStringLiteral("server"), QStringLiteral("NWNET/PO1")},
                  QStringLiteral("a requestor cannot be a server as well"));
        poRefuses({QStringLiteral("dirsync"), QStringLiteral("register"), QStringLiteral("NWNET/PO2"),
                   QStringLiteral("NWNET/PO1"), QStringLiteral("--password"), QStringLiteral("syncpw1")},
                  QStringLiteral("NWNET/PO2 is not a dirsync server"));
        poRefuses({QStringLiteral("dirsync"), QStringLiteral("t2"), QStringLiteral("NWNET/PO2")},
                  QStringLiteral("is not a dirsync server"));
        poRefuses({QStringLiteral("dirsync"), QStringLiteral("register"), QStringLiteral("NWNET/PO2")},
                  QStringLiteral("dirsync register: missing argument REQUESTOR"));
        QCOMPARE(ctl({QStringLiteral("services"), QStringLiteral("start"),
                      QStringLiteral("Directory Synchronization"), QStringLiteral("--server"),
                      QStringLiteral("X1")})
                     .exitCode,
                 0);
        for (int i = 0; i < 2; ++i) {
            r = ctl({QStringLiteral("dirsync"), QStringLiteral("cycle")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains(QStringLiteral("T1: NWNET/PO1, NWNET/PO2")), qPrintable(r.out));
        }
        r = po({QStringLiteral("gal"), QStringLiteral("NWNET/PO1")});
        QVERIFY2(r.out.contains(QStringLiteral("NWNET/PO2/AHOFF")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("NORTHWIND/LONDON/")), qPrintable(r.out));
        r = po({QStringLiteral("gal"), QStringLiteral("NWNET/PO2")});
        QVERIFY2(r.out.contains(QStringLiteral("NWNET/PO1/AMARTIN")), qPrintable(r.out));
        r = ctl({QStringLiteral("--json"), QStringLiteral("dirsync"), QStringLiteral("status")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray status = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(status.size(), 2);
        for (const QJsonValue& v : status) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("srvConfirmed")).toInteger(),
                     o.value(QStringLiteral("srvSync")).toInteger());
            QVERIFY(o.value(QStringLiteral("srvSync")).toInteger() > 0);
            QCOMPARE(o.value(QStringLiteral("lastResult")).toString(), QStringLiteral("success"));
        }
        r = po({QStringLiteral("dirsync"), QStringLiteral("status"), QStringLiteral("NWNET/PO1")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("0 waiting")), qPrintable(r.out));
        // One vocabulary: the postoffice names its numbers as the site does (MS Mail's ReqSync, SrvSync,
        // ImpSync), and its dirsync server is dirsyncServer, as the option that sets it.
        r = po({QStringLiteral("--json"), QStringLiteral("dirsync"), QStringLiteral("status"),
                QStringLiteral("NWNET/PO1")});
        const QJsonObject requestor = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const QString& key :
             {QStringLiteral("reqSync"), QStringLiteral("srvSync"), QStringLiteral("impSync"),
              QStringLiteral("reqConfirmed"), QStringLiteral("dirsyncServer")})
            QVERIFY2(requestor.contains(key), qPrintable(key + QLatin1Char(' ') + r.out));
        QCOMPARE(requestor.value(QStringLiteral("dirsyncServer")).toString(),
                 QStringLiteral("NORTHWIND/SEATTLE"));
        for (const QJsonValue& v : status) {
            for (const QString& key :
                 {QStringLiteral("reqSync"), QStringLiteral("srvSync"), QStringLiteral("impSync")})
                QVERIFY2(v.toObject().contains(key), qPrintable(key));
        }
        r = ctl({QStringLiteral("dirsync"), QStringLiteral("history"), QStringLiteral("--limit"),
                 QStringLiteral("4")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(QLatin1Char('\n')), 4);
        ctlRefuses({QStringLiteral("dirsync"), QStringLiteral("history"), QStringLiteral("--limit"),
                    QStringLiteral("0")},
                   QStringLiteral("--limit takes a positive number, not \"0\""));
        ctlRefuses({QStringLiteral("dirsync"), QStringLiteral("now"), QStringLiteral("--server"),
                    QStringLiteral("X2")},
                   QStringLiteral("X2 does not run the organization's directory synchronization (X1 does)"));
        // Pausing the service on X1, the dirsync server's, starts a cycle and leaves it running.
        QCOMPARE(po({QStringLiteral("dirsync"), QStringLiteral("t1"), QStringLiteral("NWNET/PO1")}).exitCode,
                 0);
        QCOMPARE(ctl({QStringLiteral("run"), QStringLiteral("--until-idle")}).exitCode, 0);
        r = ctl({QStringLiteral("services"), QStringLiteral("pause"),
                 QStringLiteral("Directory Synchronization"), QStringLiteral("--server"),
                 QStringLiteral("X1")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Directory Synchronization on X1 keeps running")) &&
                     r.out.contains(QStringLiteral("Dirsync cycle: T1 and T3 at NWNET/PO1, NWNET/PO2; T2 at "
                                                   "site SEATTLE: 2 received, 2 replies")),
                 qPrintable(r.out));
        QCOMPARE(stateOf(r.out, QStringLiteral("X1"), QStringLiteral("Directory Synchronization")),
                 QStringLiteral("Running"));
        ctlRefuses({QStringLiteral("services"), QStringLiteral("continue"),
                    QStringLiteral("Directory Synchronization"), QStringLiteral("--server"),
                    QStringLiteral("X1")},
                   QStringLiteral("only a paused service can continue"));
        // On a server without the dirsync role a pause is only a pause (the window's rule too).
        QCOMPARE(ctl({QStringLiteral("services"), QStringLiteral("start"),
                      QStringLiteral("Directory Synchronization"), QStringLiteral("--server"),
                      QStringLiteral("X2")})
                     .exitCode,
                 0);
        r = ctl({QStringLiteral("services"), QStringLiteral("pause"),
                 QStringLiteral("Directory Synchronization"), QStringLiteral("--server"),
                 QStringLiteral("X2")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Paused")) &&
                     r.out.contains(
                         QStringLiteral("Directory Synchronization on X2 is paused: X2 runs neither")) &&
                     !r.out.contains(QStringLiteral("keeps running")),
                 qPrintable(r.out));
        QCOMPARE(ctl({QStringLiteral("services"), QStringLiteral("continue"),
                      QStringLiteral("Directory Synchronization"), QStringLiteral("--server"),
                      QStringLiteral("X2")})
                     .exitCode,
                 0);
        r = ctl({QStringLiteral("dirsync"), QStringLiteral("preview")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("PO1: from it 0 add(s)")), qPrintable(r.out));
        ctlRefuses({QStringLiteral("dirsync"), QStringLiteral("approve-deletes"), QStringLiteral("PO9")},
                   QStringLiteral("no Remote Dir-Sync Requestor \"PO9\" (there are: PO1, PO2)"));
        ctlRefuses({QStringLiteral("dirsync"), QStringLiteral("reset")}, QStringLiteral("missing argument"));
        r = ctl({QStringLiteral("dirsync"), QStringLiteral("approve-deletes"), QStringLiteral("PO1")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("nothing is held back")), qPrintable(r.out));
        // A wrong password at PO2: its request is discarded with an event.
        QCOMPARE(po({QStringLiteral("dirsync"), QStringLiteral("requestor"), QStringLiteral("NWNET/PO2"),
                     QStringLiteral("--dirsync-server"), QStringLiteral("NORTHWIND/SEATTLE"),
                     QStringLiteral("--password"), QStringLiteral("WRONGPW")})
                     .exitCode,
                 0);
        QCOMPARE(ctl({QStringLiteral("dirsync"), QStringLiteral("cycle")}).exitCode, 0);
        r = ctl({QStringLiteral("events"), QStringLiteral("--limit"), QStringLiteral("50")});
        QVERIFY2(r.out.contains(QStringLiteral("[156] Invalid DirSync password from PCM:NWNET/PO2")),
                 qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestPoCli)
#include "tst_po_cli.moc"
