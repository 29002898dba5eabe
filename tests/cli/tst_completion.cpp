// The programs' shell completions as a user meets them (issue 21): bash and zsh, installed by the
// build from each program's command table, offer the same words on the same lines, and zsh's
// compinit takes the script for its program.
#include "tests/support/ShellCompletion.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using sa::test::Cli;
using sa::test::complete;
using sa::test::completeZsh;
using sa::test::ProcessRun;
using sa::test::runProcess;

class TestCompletion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theProgramsCompleteTheirOwnWords()
    {
        const ProcessRun ctl = runProcess(Cli::ctlProgram(), {QStringLiteral("completion")});
        QCOMPARE(complete(ctl.out, QStringLiteral("_siteadminctl"),
                          {QStringLiteral("siteadminctl"), QStringLiteral("--org"), QStringLiteral("/tmp"),
                           QStringLiteral("dirsync"), QStringLiteral("c")}),
                 QStringList{QStringLiteral("cycle")});
        QCOMPARE(complete(ctl.out, QStringLiteral("_siteadminctl"),
                          {QStringLiteral("siteadminctl"), QStringLiteral("dirsync"),
                           QStringLiteral("history"), QStringLiteral("--l")}),
                 QStringList{QStringLiteral("--limit")});
        const ProcessRun po = runProcess(Cli::poProgram(), {QStringLiteral("completion")});
        QCOMPARE(complete(po.out, QStringLiteral("_msmail_po"),
                          {QStringLiteral("msmail-po"), QStringLiteral("user"), QStringLiteral("")}),
                 (QStringList{QStringLiteral("add"), QStringLiteral("delete"), QStringLiteral("list"),
                              QStringLiteral("modify")}));
    }

    /// Both programs say a failure, and a refused line, as JSON under --json.
    /// The zsh completion each build installs (`_program`, made by "completion zsh"): compinit takes it
    /// for the program, and it offers what the bash one offers on the same lines; a folder after --org.
    void theProgramsCompleteInZshAsInBash_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("words");
        const QString ctl = QStringLiteral("siteadminctl");
        const QString po = QStringLiteral("msmail-po");
        QTest::newRow("ctl first") << ctl << QStringList{ctl, QString()};
        QTest::newRow("ctl dirsync c") << ctl
                                       << QStringList{ctl, QStringLiteral("--org"), QStringLiteral("/tmp"),
                                                      QStringLiteral("dirsync"), QStringLiteral("c")};
        QTest::newRow("ctl history --l")
            << ctl
            << QStringList{ctl, QStringLiteral("dirsync"), QStringLiteral("history"), QStringLiteral("--l")};
        QTest::newRow("ctl import --")
            << ctl << QStringList{ctl, QStringLiteral("import"), QStringLiteral("--")};
        QTest::newRow("po first") << po << QStringList{po, QString()};
        QTest::newRow("po user") << po << QStringList{po, QStringLiteral("user"), QString()};
        QTest::newRow("po --") << po << QStringList{po, QStringLiteral("--")};
    }

    void theProgramsCompleteInZshAsInBash()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, words);
        const QString path = program == QLatin1String("msmail-po") ? Cli::poProgram() : Cli::ctlProgram();
        QFile installed(QFileInfo(path).dir().filePath(QStringLiteral("_") + program));
        QVERIFY2(installed.open(QIODevice::ReadOnly), qPrintable(installed.fileName()));
        const QString zsh = QString::fromUtf8(installed.readAll());
        QCOMPARE(zsh, runProcess(path, {QStringLiteral("completion"), QStringLiteral("zsh")}).out);
        const QString bash = runProcess(path, {QStringLiteral("completion")}).out;
        const QStringList offered = completeZsh(zsh, words);
        QVERIFY2(!offered.isEmpty(), "zsh offers nothing");
        QCOMPARE(offered,
                 complete(bash,
                          QStringLiteral("_") + QString(program).replace(QLatin1Char('-'), QLatin1Char('_')),
                          words));
        // compinit reads the #compdef line: the function is the program's completion.
        const ProcessRun compinit = runProcess(
            QStringLiteral("zsh"),
            {QStringLiteral("-f"), QStringLiteral("-c"),
             QStringLiteral(
                 "fpath=('%1' $fpath); autoload -Uz compinit; compinit -u -D; print -r -- $_comps[%2]")
                 .arg(QFileInfo(installed).absolutePath(), program)});
        QCOMPARE(compinit.out.trimmed(), QStringLiteral("_") + program);
        // After --org, folders.
        QCOMPARE(completeZsh(zsh, {program, QStringLiteral("--org"), QString()}),
                 QStringList{QStringLiteral("files -/")});
    }
};

QTEST_GUILESS_MAIN(TestCompletion)
#include "tst_completion.moc"
