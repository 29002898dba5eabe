#include "core/common/Version.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using Run = sa::test::ProcessRun;

/// siteadminctl as a user runs it: a separate process, its text and JSON output, its exit code.
class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_org;

    static Run ctl(const QStringList& args)
    {
        return sa::test::runProcess(QString::fromLocal8Bit(qgetenv("SITEADMIN_CTL")), args);
    }
    Run ctlOrg(QStringList args) const
    {
        args.prepend(m_org);
        args.prepend(QStringLiteral("--org"));
        return ctl(args);
    }

    /// A bad input: non-zero exit, one line on stderr that contains `expected`, nothing on stdout,
    /// the organization folder unchanged.
    void expectFailure(const QStringList& args, const QString& expected, const QString& folder = {})
    {
        const QString problem = sa::test::checkRefused(QString::fromLocal8Bit(qgetenv("SITEADMIN_CTL")),
                                                       QStringLiteral("siteadminctl"), args, expected,
                                                       folder.isEmpty() ? m_org : folder);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void expectFailureOrg(QStringList args, const QString& expected)
    {
        args.prepend(m_org);
        args.prepend(QStringLiteral("--org"));
        expectFailure(args, expected);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!qgetenv("SITEADMIN_CTL").isEmpty());
        m_org = m_dir.filePath(QStringLiteral("northwind"));
        const Run r = ctlOrg({QStringLiteral("demo"), QStringLiteral("--linked")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("NORTHWIND")));
    }

    void version()
    {
        const Run r = ctl({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("siteadminctl ") + sa::core::productVersion());
    }

    void initAndAddSite()
    {
        const QString org = m_dir.filePath(QStringLiteral("fresh"));
        Run r = ctl({QStringLiteral("--org"), org, QStringLiteral("init"), QStringLiteral("--organization"),
                     QStringLiteral("CONTOSO"), QStringLiteral("--site"), QStringLiteral("HQ"),
                     QStringLiteral("--server"), QStringLiteral("S1")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("CONTOSO")));
        r = ctl({QStringLiteral("--org"), org, QStringLiteral("--json"), QStringLiteral("add-site"),
                 QStringLiteral("--site"), QStringLiteral("BRANCH"), QStringLiteral("--server"),
                 QStringLiteral("S2")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("site")).toString(),
                 QStringLiteral("BRANCH"));
        QVERIFY(QFile::exists(org + QStringLiteral("/sites/BRANCH.sqlite")));
        r = ctl({QStringLiteral("--org"), org, QStringLiteral("list"),
                 QStringLiteral("/o=CONTOSO/ou=BRANCH/cn=Configuration/cn=Servers/cn=S2")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("cn=Microsoft MTA  [Message Transfer Agent]")));
    }

    void demoStagesOfTheProcedure()
    {
        // Q152167's starting point: the postoffices and their connectors, nothing between the sites.
        const QString lab = m_dir.filePath(QStringLiteral("lab"));
        QCOMPARE(
            ctl({QStringLiteral("--org"), lab, QStringLiteral("demo"), QStringLiteral("--lab")}).exitCode, 0);
        const auto count = [this](const QString& org, const QString& cls) {
            const Run r = ctl({QStringLiteral("--org"), org, QStringLiteral("--json"), QStringLiteral("list"),
                               QStringLiteral("/o=NORTHWIND"), QStringLiteral("--depth"),
                               QStringLiteral("-1"), QStringLiteral("--class"), cls});
            return r.exitCode == 0 ? int(QJsonDocument::fromJson(r.out.toUtf8()).array().size()) : -1;
        };
        QCOMPARE(count(lab, QStringLiteral("msmail-connector")), 2);
        QCOMPARE(count(lab, QStringLiteral("site-connector")), 0);
        QCOMPARE(count(lab, QStringLiteral("directory-replication-connector")), 0);
        QCOMPARE(count(lab, QStringLiteral("dirsync-server")), 0);
        QCOMPARE(count(lab, QStringLiteral("mailbox")),
                 36 + 30); // SEATTLE's and LONDON's
        // --linked is past steps 1 and 2: the sites are joined and replicate, no dirsync yet.
        QVERIFY(count(m_org, QStringLiteral("site-connector")) >= 2);
        QVERIFY(count(m_org, QStringLiteral("directory-replication-connector")) >= 2);
        QCOMPARE(count(m_org, QStringLiteral("dirsync-server")), 0);

        // Plain `demo` is what a newcomer sees: the procedure done, Directory Synchronization
        // running, so the first cycle already brings the postoffices' users in.
        const QString configured = m_dir.filePath(QStringLiteral("configured"));
        Run r = ctl({QStringLiteral("--org"), configured, QStringLiteral("demo")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("as Q152167 leaves it")), qPrintable(r.out));
        QCOMPARE(count(configured, QStringLiteral("dirsync-server")), 1);
        QCOMPARE(count(configured, QStringLiteral("remote-dirsync-requestor")), 2);
        r = ctl({QStringLiteral("--org"), configured, QStringLiteral("services"), QStringLiteral("status"),
                 QStringLiteral("--server"), QStringLiteral("X1"),
                 QStringLiteral("Directory Synchronization")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Running")), qPrintable(r.out));
        QCOMPARE(
            ctl({QStringLiteral("--org"), configured, QStringLiteral("dirsync"), QStringLiteral("cycle")})
                .exitCode,
            0);
        QCOMPARE(count(configured, QStringLiteral("custom-recipient")),
                 2 + 20 + 20); // the two $SYSTEM dir-sync addresses, PO1's and PO2's users
        r = ctl({QStringLiteral("--org"), configured, QStringLiteral("dirsync"), QStringLiteral("status")});
        QCOMPARE(r.out.count(QStringLiteral(" success")), 2);

        // The stages exclude each other; the refusal writes nothing.
        expectFailure({QStringLiteral("--org"), m_dir.filePath(QStringLiteral("both")),
                       QStringLiteral("demo"), QStringLiteral("--lab"), QStringLiteral("--linked")},
                      QStringLiteral("--lab or --linked, not both"), m_dir.filePath(QStringLiteral("both")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("both"))));
    }

    void listAndShow()
    {
        Run r = ctlOrg({QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("/o=NORTHWIND  [Organization]\n/o=NORTHWIND/ou=SEATTLE  [Site]\n"
                                       "/o=NORTHWIND/ou=LONDON  [Site]\n"));
        r = ctlOrg({QStringLiteral("--json"), QStringLiteral("list"),
                    QStringLiteral("/o=NORTHWIND/ou=SEATTLE"), QStringLiteral("--depth"),
                    QStringLiteral("-1"), QStringLiteral("--class"), QStringLiteral("mailbox")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray boxes = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(boxes.size(), 36);
        QCOMPARE(boxes.first().toObject().value(QStringLiteral("class")).toString(),
                 QStringLiteral("mailbox"));
        // The class once, by the name --class takes (the schema's Obj-Class is an attribute: show).
        QVERIFY(!boxes.first().toObject().contains(QStringLiteral("objClass")));

        r = ctlOrg(
            {QStringLiteral("show"), QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients/cn=NancyD")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Display-Name:")));
        QVERIFY(r.out.contains(QStringLiteral("Nancy Davolio")));
        QVERIFY(r.out.contains(QStringLiteral("USN-Changed:")));
        QVERIFY(r.out.contains(QStringLiteral("Obj-Class:")));
        r = ctlOrg({QStringLiteral("--json"), QStringLiteral("show"),
                    QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients/cn=NancyD")});
        const QJsonObject attrs =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("attributes")).toObject();
        QCOMPARE(attrs.value(QStringLiteral("Given-Name")).toArray().first().toString(),
                 QStringLiteral("Nancy"));
        QCOMPARE(attrs.value(QStringLiteral("Proxy-Addresses")).toArray().size(), 3);
    }

    void createModifyDelete()
    {
        const QString parent = QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients");
        Run r = ctlOrg({QStringLiteral("create"), QStringLiteral("custom-recipient"), parent,
                        QStringLiteral("Display-Name=PO2 System"), QStringLiteral("Mail-Nickname=PO2sys"),
                        QStringLiteral("Target-Address=MS:NWNET/PO2/$system"),
                        QStringLiteral("Hide-From-Address-Book=yes")});
        QCOMPARE(r.exitCode, 0);
        const QString dn = parent + QStringLiteral("/cn=PO2sys");
        QCOMPARE(r.out.trimmed(), dn);

        r = ctlOrg({QStringLiteral("modify"), dn, QStringLiteral("admin-note=made by the test"),
                    QStringLiteral("--add"), QStringLiteral("Proxy-Addresses=smtp:po2@nw.example")});
        QCOMPARE(r.exitCode, 0);
        r = ctlOrg({QStringLiteral("modify"), dn, QStringLiteral("--remove"),
                    QStringLiteral("Proxy-Addresses=smtp:po2@nw.example")});
        QCOMPARE(r.exitCode, 0);
        r = ctlOrg({QStringLiteral("--json"), QStringLiteral("show"), dn});
        const QJsonObject attrs =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("attributes")).toObject();
        QCOMPARE(attrs.value(QStringLiteral("Admin-Note")).toArray().first().toString(),
                 QStringLiteral("made by the test"));
        QCOMPARE(attrs.value(QStringLiteral("Hide-From-Address-Book")).toArray().first().toString(),
                 QStringLiteral("TRUE"));
        // The target address is its MS address; SMTP and X.400 ones were generated.
        QCOMPARE(attrs.value(QStringLiteral("Proxy-Addresses")).toArray().first().toString(),
                 QStringLiteral("MS:NWNET/PO2/$system"));
        QCOMPARE(attrs.value(QStringLiteral("Proxy-Addresses")).toArray().size(), 3);

        r = ctlOrg({QStringLiteral("delete"), dn});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Deleted ")));
        expectFailureOrg({QStringLiteral("show"), dn}, QStringLiteral("no object"));
    }

    void findAndAutoNaming()
    {
        Run r = ctlOrg({QStringLiteral("find"), QStringLiteral("Department=arketin"),
                        QStringLiteral("Title=Manager"), QStringLiteral("--container"),
                        QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(QLatin1Char('\n')), 6);
        QVERIFY(
            r.out.contains(QStringLiteral("Peter Franken  /o=NORTHWIND/ou=SEATTLE/cn=Recipients/cn=PeterF")));
        r = ctlOrg({QStringLiteral("--json"), QStringLiteral("find"), QStringLiteral("Surname=King")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1); // across both sites
        expectFailureOrg({QStringLiteral("find"), QStringLiteral("Shoe-Size=9")},
                         QStringLiteral("unknown attribute"));

        // Names from the person's names when not given, and addresses from Site Addressing.
        r = ctlOrg({QStringLiteral("create"), QStringLiteral("mailbox"),
                    QStringLiteral("/o=NORTHWIND/ou=LONDON/cn=Recipients"), QStringLiteral("Given-Name=Ada"),
                    QStringLiteral("Surname=Lovelace")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("/o=NORTHWIND/ou=LONDON/cn=Recipients/cn=AdaL"));
        r = ctlOrg({QStringLiteral("show"), QStringLiteral("/o=NORTHWIND/ou=LONDON/cn=Recipients/cn=AdaL")});
        QVERIFY(r.out.contains(QStringLiteral("Ada Lovelace")));
        QVERIFY(r.out.contains(QStringLiteral("SMTP:AdaL@london.northwind.example")));
    }

    void importAndExport()
    {
        const QString file = m_dir.filePath(QStringLiteral("seattle.csv"));
        Run r =
            ctlOrg({QStringLiteral("export"), file, QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients"),
                    QStringLiteral("--class"), QStringLiteral("mailbox")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Exported ")));
        const QString other = m_dir.filePath(QStringLiteral("copy"));
        QCOMPARE(ctl({QStringLiteral("--org"), other, QStringLiteral("init"),
                      QStringLiteral("--organization"), QStringLiteral("NORTHWIND"), QStringLiteral("--site"),
                      QStringLiteral("SEATTLE"), QStringLiteral("--server"), QStringLiteral("X1")})
                     .exitCode,
                 0);
        r = ctl({QStringLiteral("--org"), other, QStringLiteral("--json"), QStringLiteral("import"), file,
                 QStringLiteral("--container"), QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("created")).toInt(),
                 36);
        const QString again = m_dir.filePath(QStringLiteral("again.csv"));
        QCOMPARE(ctl({QStringLiteral("--org"), other, QStringLiteral("export"), again,
                      QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients")})
                     .exitCode,
                 0);
        QFile a(file);
        QFile b(again);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());

        // A bad file: the problem with its line and column, and nothing written.
        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("Obj-Class,Common-Name,Display-Name,Mail-Nickname\r\nMailbox,z1,Zed "
                  "One,z1\r\nMailbox,z2,Zed Two,z1\r\n");
        out.close();
        expectFailureOrg({QStringLiteral("import"), bad, QStringLiteral("--container"),
                          QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients")},
                         QStringLiteral("bad.csv:3:4: the alias \"z1\" is already used by Zed One"));
        expectFailureOrg({QStringLiteral("import"), bad}, QStringLiteral("import needs --container"));
        expectFailureOrg({QStringLiteral("import"), m_dir.filePath(QStringLiteral("none.csv")),
                          QStringLiteral("--container"),
                          QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients")},
                         QStringLiteral("no such file"));
        expectFailureOrg(
            {QStringLiteral("export"), file, QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Configuration")},
            QStringLiteral("not a recipients container"));
    }

    void schema()
    {
        Run r = ctl({QStringLiteral("schema")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("custom-recipient (Remote-Address, cn=)")));
        QVERIFY(r.out.contains(QStringLiteral("Trust-Level: Integer")));
        r = ctl({QStringLiteral("--json"), QStringLiteral("schema")});
        const QJsonObject s = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(s.value(QStringLiteral("classes")).toArray().size() >= 13);
        QVERIFY(s.value(QStringLiteral("attributeTypes")).toArray().size() >= 21);
    }

    void badInput()
    {
        const QString box = QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients");
        expectFailureOrg({QStringLiteral("show"), box + QStringLiteral("/cn=nobody")},
                         QStringLiteral("no object"));
        expectFailureOrg({QStringLiteral("delete"), box + QStringLiteral("/cn=nobody")},
                         QStringLiteral("no object"));
        expectFailureOrg(
            {QStringLiteral("modify"), box + QStringLiteral("/cn=nobody"), QStringLiteral("Title=x")},
            QStringLiteral("no object"));
        expectFailureOrg({QStringLiteral("show"), QStringLiteral("/o=NORTHWIND/ou=PARIS/cn=Recipients")},
                         QStringLiteral("no site PARIS"));
        expectFailureOrg(
            {QStringLiteral("create"), QStringLiteral("printer"), box, QStringLiteral("Display-Name=x")},
            QStringLiteral("unknown class \"printer\""));
        expectFailureOrg({QStringLiteral("list"), QStringLiteral("--class"), QStringLiteral("printer")},
                         QStringLiteral("unknown class \"printer\""));
        expectFailureOrg({QStringLiteral("create"), QStringLiteral("mailbox"), box,
                          QStringLiteral("Display-Name=X Y"), QStringLiteral("Mail-Nickname=xy"),
                          QStringLiteral("Shoe-Size=42")},
                         QStringLiteral("unknown attribute \"Shoe-Size\""));
        expectFailureOrg(
            {QStringLiteral("modify"), box + QStringLiteral("/cn=NancyD"), QStringLiteral("Shoe-Size=42")},
            QStringLiteral("unknown attribute \"Shoe-Size\""));
        expectFailureOrg(
            {QStringLiteral("create"), QStringLiteral("mailbox"), box, QStringLiteral("Display-Name=X Y")},
            QStringLiteral("Mail-Nickname is required"));
        expectFailureOrg({QStringLiteral("create"), QStringLiteral("custom-recipient"), box,
                          QStringLiteral("Display-Name=X Y"), QStringLiteral("Mail-Nickname=xy")},
                         QStringLiteral("Target-Address is required"));
        expectFailureOrg(
            {QStringLiteral("modify"), box + QStringLiteral("/cn=NancyD"), QStringLiteral("Display-Name=")},
            QStringLiteral("Display-Name is required"));
        expectFailureOrg({QStringLiteral("create"), QStringLiteral("mailbox"),
                          QStringLiteral("o=NORTHWIND/cn=x"), QStringLiteral("Display-Name=X")},
                         QStringLiteral("malformed DN"));
        expectFailureOrg({QStringLiteral("show"), QStringLiteral("/o=NORTHWIND/xx=1")},
                         QStringLiteral("malformed DN"));
        expectFailureOrg({QStringLiteral("list"), QStringLiteral("/o=NORTHWIND/cn")},
                         QStringLiteral("malformed DN"));
        expectFailureOrg({QStringLiteral("create"), QStringLiteral("mailbox"), box,
                          QStringLiteral("Display-Name=X"), QStringLiteral("Mail-Nickname=x y")},
                         QStringLiteral("not allowed in an alias"));
        expectFailureOrg({QStringLiteral("create"), QStringLiteral("mailbox"), box,
                          QStringLiteral("Display-Name=Nancy"), QStringLiteral("Mail-Nickname=NancyD")},
                         QStringLiteral("the alias \"NancyD\" is already used by Nancy Davolio"));
        expectFailureOrg(
            {QStringLiteral("create"), QStringLiteral("mailbox"), box, QStringLiteral("Display-Name=N2"),
             QStringLiteral("Mail-Nickname=nd2"),
             QStringLiteral("Proxy-Addresses=smtp:NancyD@seattle.northwind.example")},
            QStringLiteral(
                "the address \"smtp:NancyD@seattle.northwind.example\" is already used by Nancy Davolio"));
        expectFailureOrg({QStringLiteral("create"), QStringLiteral("custom-recipient"), box,
                          QStringLiteral("Display-Name=Long"), QStringLiteral("Mail-Nickname=long"),
                          QStringLiteral("Target-Address=MS:NETWORKNAME1/PO/X")},
                         QStringLiteral("the network name \"NETWORKNAME1\" is longer than 10 characters"));
        expectFailureOrg(
            {QStringLiteral("create"), QStringLiteral("mailbox"), box, QStringLiteral("novalue")},
            QStringLiteral("expected ATTRIBUTE=VALUE"));
        expectFailureOrg({QStringLiteral("delete"), box}, QStringLiteral("delete them first"));
        expectFailureOrg({QStringLiteral("frobnicate")}, QStringLiteral("unknown command"));
        expectFailureOrg({QStringLiteral("show")}, QStringLiteral("missing argument"));
        expectFailureOrg({QStringLiteral("show"), box, QStringLiteral("--depth"), QStringLiteral("2")},
                         QStringLiteral("does not take --depth"));
        expectFailureOrg({QStringLiteral("add-site"), QStringLiteral("--site"), QStringLiteral("SEATTLE"),
                          QStringLiteral("--server"), QStringLiteral("X9")},
                         QStringLiteral("already has a site"));
        expectFailureOrg({QStringLiteral("init"), QStringLiteral("--organization"), QStringLiteral("A"),
                          QStringLiteral("--site"), QStringLiteral("B"), QStringLiteral("--server"),
                          QStringLiteral("C")},
                         QStringLiteral("already holds an organization"));
        expectFailureOrg({QStringLiteral("demo")}, QStringLiteral("already holds an organization"));
    }

    void orgFolderMissing()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing"));
        for (const QStringList& args :
             {QStringList{QStringLiteral("list")},
              QStringList{QStringLiteral("show"), QStringLiteral("/o=X")},
              QStringList{QStringLiteral("delete"), QStringLiteral("/o=X/ou=Y/cn=Z")},
              QStringList{QStringLiteral("add-site"), QStringLiteral("--site"), QStringLiteral("S"),
                          QStringLiteral("--server"), QStringLiteral("X")}}) {
            expectFailure(QStringList{QStringLiteral("--org"), missing} + args,
                          QStringLiteral("does not exist"), missing);
        }
        QVERIFY(!QFile::exists(missing));
    }

    void orgFolderUnwritable()
    {
        // init where no folder can be made.
        const QString impossible = QStringLiteral("/proc/siteadmin-test/org");
        expectFailure({QStringLiteral("--org"), impossible, QStringLiteral("init"),
                       QStringLiteral("--organization"), QStringLiteral("A"), QStringLiteral("--site"),
                       QStringLiteral("B"), QStringLiteral("--server"), QStringLiteral("C")},
                      QStringLiteral("cannot create the folder"), impossible);

        // An existing organization whose folder and files may not be written.
        const QString org = m_dir.filePath(QStringLiteral("readonly"));
        QCOMPARE(ctl({QStringLiteral("--org"), org, QStringLiteral("init"), QStringLiteral("--organization"),
                      QStringLiteral("RO"), QStringLiteral("--site"), QStringLiteral("S"),
                      QStringLiteral("--server"), QStringLiteral("X1")})
                     .exitCode,
                 0);
        const QString sites = org + QStringLiteral("/sites");
        const QString file = sites + QStringLiteral("/S.sqlite");
        bool locked = false;
        if (geteuid() != 0) {
            locked = QFile::setPermissions(file, QFile::ReadOwner) &&
                     QFile::setPermissions(sites, QFile::ReadOwner | QFile::ExeOwner);
        } else {
            // Permissions do not stop root: make the file and folder immutable instead.
            locked = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), file, sites}) == 0;
        }
        if (!locked)
            QSKIP("cannot make a folder unwritable on this machine (root without chattr)");
        const auto unlock = qScopeGuard([&] {
            if (geteuid() == 0)
                QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), file, sites});
            QFile::setPermissions(sites, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        });
        const QString before = sa::test::folderDigest(org);
        const Run r = ctl({QStringLiteral("--org"), org, QStringLiteral("create"), QStringLiteral("mailbox"),
                           QStringLiteral("/o=RO/ou=S/cn=Recipients"), QStringLiteral("Display-Name=A B"),
                           QStringLiteral("Mail-Nickname=ab")});
        QVERIFY(r.exitCode > 0);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(QStringLiteral("S.sqlite")), qPrintable(r.err));
        QCOMPARE(sa::test::folderDigest(org), before);
    }

    void siteFileThatIsNotADatabase()
    {
        const QString org = m_dir.filePath(QStringLiteral("broken"));
        QCOMPARE(ctl({QStringLiteral("--org"), org, QStringLiteral("init"), QStringLiteral("--organization"),
                      QStringLiteral("BR"), QStringLiteral("--site"), QStringLiteral("A"),
                      QStringLiteral("--server"), QStringLiteral("X1")})
                     .exitCode,
                 0);
        QFile junk(org + QStringLiteral("/sites/B.sqlite"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("these are somebody's notes, not a database\n");
        junk.close();
        expectFailure({QStringLiteral("--org"), org, QStringLiteral("show"), QStringLiteral("/o=BR/ou=B")},
                      QStringLiteral("the site B (sites/B.sqlite) cannot be opened: not a site database"),
                      org);
        // The other site is still listed; the bad one is named and the command fails.
        const Run all = ctl({QStringLiteral("--org"), org, QStringLiteral("list")});
        QCOMPARE(all.exitCode, 1);
        QVERIFY2(all.out.contains(QStringLiteral("/o=BR/ou=A  [Site]")), qPrintable(all.out));
        QVERIFY2(all.err.contains(
                     QStringLiteral("the site B (sites/B.sqlite) cannot be opened: not a site database")),
                 qPrintable(all.err));
        expectFailure({QStringLiteral("--org"), org, QStringLiteral("create"), QStringLiteral("mailbox"),
                       QStringLiteral("/o=BR/ou=B/cn=Recipients"), QStringLiteral("Display-Name=A"),
                       QStringLiteral("Mail-Nickname=a")},
                      QStringLiteral("not a site database"), org);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
