// A password never has to be on the command line (issue 19): every command that takes one reads it
// from a file only its owner may read, from standard input, or from the terminal without echo; given
// on the command line it still works and says that every user can read it there.

#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/host/DemoOrganization.h"
#include "tests/support/TestSupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <grp.h>
#include <poll.h>
#include <pty.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace sa::core;
using sa::test::Cli;
using sa::test::ProcessRun;

namespace {

/// What a run on a pseudo-terminal left: its exit (or the signal that ended it), its screen, and
/// whether the terminal echoes what is typed once it has ended.
struct TerminalRun : ProcessRun
{
    int signal = 0;
    bool echoesAfter = false;
};

/// The answer that is Ctrl+C: typed without a new line after it.
const QByteArray CtrlC("\x03");

/// `program args` on a pseudo-terminal, as a person at a terminal runs it: each (prompt, answer)
/// waits for the prompt on the screen and types the answer.
TerminalRun onTerminal(const QString& program, const QStringList& args,
                       const QList<std::pair<QByteArray, QByteArray>>& dialogue)
{
    std::vector<QByteArray> words{program.toLocal8Bit()};
    for (const QString& a : args)
        words.push_back(a.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& w : words)
        argv.push_back(w.data());
    argv.push_back(nullptr);
    int master = -1;
    const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
    if (pid == 0) {
        execv(argv[0], argv.data());
        _exit(127);
    }
    TerminalRun r;
    if (pid < 0)
        return r;
    QByteArray screen;
    const auto readFor = [&](int ms) {
        pollfd p{master, POLLIN, 0};
        if (poll(&p, 1, ms) <= 0)
            return false;
        char buffer[512];
        const ssize_t n = ::read(master, buffer, sizeof buffer);
        if (n <= 0)
            return false;
        screen.append(buffer, int(n));
        return true;
    };
    qsizetype seen = 0;
    for (const auto& [prompt, answer] : dialogue) {
        QDeadlineTimer deadline(20000);
        qsizetype at = -1;
        while ((at = screen.indexOf(prompt, seen)) < 0 && !deadline.hasExpired())
            readFor(200);
        if (at < 0)
            break;
        seen = at + prompt.size();
        const QByteArray line = answer == CtrlC ? answer : answer + '\n';
        if (::write(master, line.constData(), size_t(line.size())) != line.size())
            break;
    }
    // The child ends by itself when all went as planned; a child still waiting (for an answer it
    // was not given) is ended, so that a broken dialogue fails the test instead of hanging it.
    int status = 0;
    QDeadlineTimer deadline(20000);
    pid_t ended = 0;
    while ((ended = waitpid(pid, &status, WNOHANG)) == 0 && !deadline.hasExpired())
        readFor(100);
    if (ended == 0) {
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
    }
    while (readFor(100)) {
    }
    termios after{};
    r.echoesAfter = tcgetattr(master, &after) == 0 && (after.c_lflag & ECHO) != 0;
    ::close(master);
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -2;
    r.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    r.out = QString::fromLocal8Bit(screen);
    return r;
}

} // namespace

class TestPasswordCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_org;

    Cli cli() const { return Cli{m_org}; }
    ProcessRun po(const QStringList& args, const QByteArray& input = {}) const
    {
        return sa::test::runProcess(Cli::poProgram(), QStringList{QStringLiteral("--org"), m_org} + args,
                                    input);
    }
    QString file(const QString& name, const QByteArray& text, QFileDevice::Permissions permissions) const
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            return {};
        f.close();
        f.setPermissions(permissions);
        return f.fileName();
    }
    QString requestorPassword(const QString& name) const
    {
        auto store = DirectoryStore::open(m_org + QStringLiteral("/sites/SEATTLE.sqlite"));
        auto o = store.value()->object(
            Dn::parse(QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Configuration/cn=Connections/"
                                     "cn=Directory Synchronization Server/cn=%1")
                          .arg(name))
                .value());
        return o ? o->value(attr::DxaPassword) : QStringLiteral("(none)");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!Cli::poProgram().isEmpty() && !Cli::ctlProgram().isEmpty());
        auto org =
            DemoOrganization::build(m_dir.filePath(QStringLiteral("northwind")), DemoStage::Configured);
        QVERIFY2(org.ok(), qPrintable(org.error().message()));
        m_org = org->dir();
        for (const QString& name : {QStringLiteral("NWNET/PO3"), QStringLiteral("NWNET/PO4")})
            QCOMPARE(
                po({QStringLiteral("create"), name, QStringLiteral("--admin-password-stdin")}, "PASSWORD\n")
                    .exitCode,
                0);
        QCOMPARE(
            po({QStringLiteral("dirsync"), QStringLiteral("server"), QStringLiteral("NWNET/PO3")}).exitCode,
            0);
    }

    void aPasswordFileOthersMayReadIsRefused()
    {
        const QString loose = file(QStringLiteral("loose"), "syncpw1\n",
                                   QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        QVERIFY(!loose.isEmpty());
        // Refused with one line, and nothing written (Cli compares the folder before and after).
        const QString problem = cli().poRefused(
            {QStringLiteral("dirsync"), QStringLiteral("register"), QStringLiteral("NWNET/PO3"),
             QStringLiteral("NWNET/PO4"), QStringLiteral("--password-file"), loose},
            QStringLiteral("can be read by other users; chmod 600 it first"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString own =
            file(QStringLiteral("own"), "syncpw1\n", QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const ProcessRun r =
            po({QStringLiteral("dirsync"), QStringLiteral("register"), QStringLiteral("NWNET/PO3"),
                QStringLiteral("NWNET/PO4"), QStringLiteral("--password-file"), own});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void aPasswordFromStandardInput()
    {
        const ProcessRun r =
            po({QStringLiteral("dirsync"), QStringLiteral("register"), QStringLiteral("NWNET/PO3"),
                QStringLiteral("NWNET/PO5"), QStringLiteral("--password-stdin")},
               "syncpw2\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        // The site's requestor: a new password from standard input, none on the command line.
        const ProcessRun c =
            cli().ctlFed("newsync1\n", {QStringLiteral("modify"),
                                        QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Configuration/"
                                                       "cn=Connections/cn=Directory Synchronization "
                                                       "Server/cn=PO1"),
                                        QStringLiteral("--password-stdin")});
        QCOMPARE(c.exitCode, 0);
        QVERIFY2(c.err.isEmpty(), qPrintable(c.err));
        QCOMPARE(requestorPassword(QStringLiteral("PO1")), QStringLiteral("newsync1"));
    }

    void aPasswordOnTheCommandLineIsSaidToBeSeen()
    {
        ProcessRun r =
            po({QStringLiteral("dirsync"), QStringLiteral("register"), QStringLiteral("NWNET/PO3"),
                QStringLiteral("NWNET/PO6"), QStringLiteral("--password"), QStringLiteral("syncpw3")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("--password on the command line can be read by every user")),
                 qPrintable(r.err));
        r = cli().ctl({QStringLiteral("modify"),
                       QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Configuration/cn=Connections/"
                                      "cn=Directory Synchronization Server/cn=PO2"),
                       QStringLiteral("DXA-Password=newsync2")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            r.err.contains(QStringLiteral("DXA-Password=... on the command line can be read by every user")),
            qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("newsync2")));
        // One way only.
        const QString problem = cli().poRefused({QStringLiteral("dirsync"), QStringLiteral("register"),
                                                 QStringLiteral("NWNET/PO3"), QStringLiteral("NWNET/PO7"),
                                                 QStringLiteral("--password"), QStringLiteral("syncpw3"),
                                                 QStringLiteral("--password-stdin")},
                                                QStringLiteral("give the password one way"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void aSecretIsShownMaskedUnlessRevealed()
    {
        const QString dn = QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Configuration/cn=Connections/"
                                          "cn=Directory Synchronization Server/cn=PO1");
        const QString password = requestorPassword(QStringLiteral("PO1"));
        QVERIFY(password.size() >= 6);
        ProcessRun r = cli().ctl({QStringLiteral("show"), dn});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("DXA-Password: +\\*{8}\n"))),
                 qPrintable(r.out));
        QVERIFY2(!r.out.contains(password), qPrintable(r.out));
        r = cli().ctl({QStringLiteral("--json"), QStringLiteral("show"), dn});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject attributes =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("attributes")).toObject();
        QCOMPARE(attributes.value(QStringLiteral("DXA-Password")).toArray(),
                 QJsonArray{QStringLiteral("********")});
        QVERIFY(!r.out.contains(password));
        // Asked for explicitly, it is shown as it is.
        r = cli().ctl({QStringLiteral("show"), dn, QStringLiteral("--reveal-secrets")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(
                     QRegularExpression(QStringLiteral("DXA-Password: +") + password + QLatin1Char('\n'))),
                 qPrintable(r.out));
    }

    void noOutputOfAWholeRoundOfWorkCarriesAStoredPassword()
    {
        // The test: every command an administrator would run after a dirsync cycle, their
        // output and their errors, grepped for the stored passwords: none unless revealed.
        const QString password = requestorPassword(QStringLiteral("PO1"));
        QVERIFY(password.size() >= 6);
        const QString dn = QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Configuration/cn=Connections/"
                                          "cn=Directory Synchronization Server/cn=PO1");
        const QString json = QStringLiteral("--json");
        const QList<QStringList> succeeding{
            {QStringLiteral("dirsync"), QStringLiteral("now")},
            {QStringLiteral("show"), dn},
            {json, QStringLiteral("show"), dn},
            {QStringLiteral("list"), QStringLiteral("/o=NORTHWIND"), QStringLiteral("--depth"),
             QStringLiteral("9")},
            {json, QStringLiteral("list"), QStringLiteral("/o=NORTHWIND"), QStringLiteral("--depth"),
             QStringLiteral("9")},
            {QStringLiteral("find"), QStringLiteral("DXA-ReqName=NWNET/PO1")},
            {QStringLiteral("events"), QStringLiteral("--limit"), QStringLiteral("1000")},
            {QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("100000")},
            {json, QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("100000")},
            {QStringLiteral("dirsync"), QStringLiteral("status")},
            {json, QStringLiteral("dirsync"), QStringLiteral("status")},
            {QStringLiteral("dirsync"), QStringLiteral("history")},
            {QStringLiteral("dirsync"), QStringLiteral("preview")},
            {QStringLiteral("services"), QStringLiteral("status")},
        };
        const auto clean = [&](const QStringList& args, const ProcessRun& r) {
            QVERIFY2(!r.out.contains(password) && !r.err.contains(password),
                     qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" printed the password")));
        };
        for (const QStringList& args : succeeding) {
            const ProcessRun r = cli().ctl(args);
            QVERIFY2(r.exitCode == 0, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
            clean(args, r);
        }
        for (const QStringList& args : QList<QStringList>{
                 {QStringLiteral("dirsync"), QStringLiteral("status"), QStringLiteral("NWNET/PO1")},
                 {QStringLiteral("dirsync"), QStringLiteral("log"), QStringLiteral("NWNET/PO1")},
                 {QStringLiteral("gal"), QStringLiteral("NWNET/PO2")},
                 {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("NWNET/PO1")}}) {
            const ProcessRun r = po(args);
            QVERIFY2(r.exitCode == 0, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
            clean(args, r);
        }
        // An export of the requestors' container leaves the column out.
        const QString exported = m_dir.filePath(QStringLiteral("connections.csv"));
        const QStringList exportArgs{
            QStringLiteral("export"), exported,
            QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Configuration/cn=Connections"),
            QStringLiteral("--subcontainers")};
        const ProcessRun e = cli().ctl(exportArgs);
        clean(exportArgs, e);
        QFile f(exported);
        if (f.open(QIODevice::ReadOnly))
            QVERIFY2(!f.readAll().contains(password.toUtf8()), "the export holds the password");
        // Errors about a secret say neither it nor what was typed.
        const QString typed = QString(70, QLatin1Char('q')) + QStringLiteral("Typed9");
        const QStringList tooLong{QStringLiteral("modify"), dn, QStringLiteral("DXA-Password=") + typed};
        const ProcessRun refused = cli().ctl(tooLong);
        QVERIFY(refused.exitCode != 0);
        clean(tooLong, refused);
        QVERIFY2(!refused.err.contains(QStringLiteral("Typed9")), qPrintable(refused.err));
        QCOMPARE(requestorPassword(QStringLiteral("PO1")), password); // and nothing was written
    }

    void anOrganizationMadeForATeamIsTheGroupsAndAGroupNotThereIsRefused()
    {
        QTemporaryDir tmp;
        const QString made = tmp.filePath(QStringLiteral("team"));
        const QStringList init{QStringLiteral("init"), QStringLiteral("--organization"),
                               QStringLiteral("NW"),   QStringLiteral("--site"),
                               QStringLiteral("S1"),   QStringLiteral("--server"),
                               QStringLiteral("SV1")};
        ProcessRun r =
            Cli{made}.ctl(init + QStringList{QStringLiteral("--group"), QStringLiteral("no-such-group-x9")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err,
                 QStringLiteral("siteadminctl: there is no group \"no-such-group-x9\" on this machine\n"));
        QVERIFY(!QFileInfo::exists(made));
        const group* own = ::getgrgid(::getegid());
        QVERIFY(own);
        r = Cli{made}.ctl(init +
                          QStringList{QStringLiteral("--group"), QString::fromLocal8Bit(own->gr_name)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        struct stat st;
        QVERIFY(::stat(QFile::encodeName(made + QStringLiteral("/sites/S1.sqlite")).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0660));
        QVERIFY(::stat(QFile::encodeName(made).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 07777, mode_t(02770));
        QCOMPARE(st.st_gid, own->gr_gid);
        // The group may read them: nothing said.
        r = Cli{made}.ctl({QStringLiteral("list"), QStringLiteral("/o=NW")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void filesOthersMayReadAreSaidWithTheCommandThatMendsThem()
    {
        const QStringList list{QStringLiteral("list"), QStringLiteral("/o=NORTHWIND")};
        const QStringList users{QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("NWNET/PO1")};
        ProcessRun r = cli().ctl(list);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // made by this version: its owner's alone
        // A site file others may read, as an earlier version left it (0644 under the usual umask).
        QVERIFY(QFile::setPermissions(m_org + QStringLiteral("/sites/SEATTLE.sqlite"),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QString fix = QStringLiteral("chmod -R go-rwx '%1'").arg(m_org);
        r = cli().ctl(list);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("other users of this machine may read 1 file of")) &&
                     r.err.contains(QStringLiteral("sites/SEATTLE.sqlite")) && r.err.contains(fix),
                 qPrintable(r.err));
        r = po(users);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(fix), qPrintable(r.err));
        // A refusal stays its one line.
        r = cli().ctl({QStringLiteral("show"), QStringLiteral("/o=NORTHWIND/ou=NOPE")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!r.err.contains(fix));
        // The command said mends it.
        QCOMPARE(sa::test::runProcess(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), fix}).exitCode, 0);
        r = cli().ctl(list);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        r = po(users);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void aPasswordTypedAtTheTerminalIsNotEchoed()
    {
        const QStringList args{QStringLiteral("--org"),     m_org,
                               QStringLiteral("dirsync"),   QStringLiteral("requestor"),
                               QStringLiteral("NWNET/PO4"), QStringLiteral("--dirsync-server"),
                               QStringLiteral("NWNET/PO3")};
        // Typed twice, differently: refused.
        TerminalRun r = onTerminal(Cli::poProgram(), args,
                                   {{"Dirsync password of NWNET/PO4: ", "syncpw1"}, {"Again: ", "syncpw9"}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("the two passwords typed differ")), qPrintable(r.out));
        // Typed twice the same: taken, and the terminal never showed it.
        r = onTerminal(Cli::poProgram(), args,
                       {{"Dirsync password of NWNET/PO4: ", "syncpw1"}, {"Again: ", "syncpw1"}});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("NWNET/PO4 is a dirsync requestor of NWNET/PO3")),
                 qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("syncpw1")), qPrintable(r.out));
        QVERIFY(r.echoesAfter);
    }

    void ctrlCAtThePromptLeavesTheTerminalEchoing()
    {
        const QStringList args{QStringLiteral("--org"), m_org, QStringLiteral("create"),
                               QStringLiteral("NWNET/PO5")};
        // Ended at the first prompt and at the second: the program ends as Ctrl+C ends it, nothing
        // was made, and the shell gets back a terminal that shows what is typed.
        TerminalRun r = onTerminal(Cli::poProgram(), args, {{"Administrator password: ", CtrlC}});
        QCOMPARE(r.signal, SIGINT);
        QVERIFY(r.echoesAfter);
        r = onTerminal(Cli::poProgram(), args,
                       {{"Administrator password: ", "Admin-Pw-5"}, {"Again: ", CtrlC}});
        QCOMPARE(r.signal, SIGINT);
        QVERIFY(r.echoesAfter);
        const ProcessRun listed = po({QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(!listed.out.contains(QStringLiteral("PO5")), qPrintable(listed.out));
    }
};

QTEST_GUILESS_MAIN(TestPasswordCli)
#include "tst_password_cli.moc"
