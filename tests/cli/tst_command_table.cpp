// The command tables of siteadminctl and msmail-po, and what is made from them: a command line is
// routed to the one command its words name, checked against what that command declares (its
// options, its arguments, the options it needs), and --help, "help COMMAND", the manual page and the
// bash and zsh completions all list the same commands and options. First on a small table of its own, then
// on the two programs.
#include "app/common/BashCompletion.h"
#include "app/common/CommandHelp.h"
#include "app/common/CommandRun.h"
#include "app/common/CommandTable.h"
#include "app/common/ManPage.h"
#include "app/common/ZshCompletion.h"
#include "tests/support/ShellCompletion.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace sa::app;
using sa::test::Cli;
using sa::test::complete;
using sa::test::completeZsh;
using sa::test::ProcessRun;
using sa::test::runProcess;

namespace {

/// A command that says what it was given: its name, its arguments and --level.
class EchoCommand : public Command
{
public:
    EchoCommand(const QString& name, QString* said) : Command(name, QStringLiteral("Echo")), m_said(said) {}
    EchoCommand* withArgument(const QString& argName, CommandArgument::Count count)
    {
        addArgument({argName, QStringLiteral("What to echo (-- with a .dot)."), count,
                     CommandArgument::Completion::File});
        return this;
    }
    EchoCommand* withOption(const QCommandLineOption& option, bool required = false)
    {
        if (required)
            addRequiredOption(option);
        else
            addOption(option);
        return this;
    }
    EchoCommand* withDetails(const QString& text)
    {
        setDetails(text);
        return this;
    }
    int run(CommandRun& run) override
    {
        // Arguments that make it say something on stderr: a refusal, a busy lock, a warning.
        if (run.args().contains(QStringLiteral("fail")))
            return run.fail(QStringLiteral("no \"fail\" here"));
        if (run.args().contains(QStringLiteral("busy")))
            return run.fail(sa::core::Error(sa::core::ErrorCode::Busy, QStringLiteral("held by 42")));
        if (run.args().contains(QStringLiteral("warn")))
            run.warn(QStringLiteral("careful"));
        *m_said = QStringLiteral("%1(%2)%3")
                      .arg(name(), run.args().join(QLatin1Char(',')),
                           run.isSet(QStringLiteral("level"))
                               ? QLatin1Char('@') + run.value(QStringLiteral("level"))
                               : QString());
        return 0;
    }

private:
    QString* m_said;
};

struct Outcome
{
    int code = 0;
    QString out;
    QString err;
};

/// The names of the commands a program's --help lists.
QStringList listedCommands(const QString& help)
{
    const QString list = help.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
    QStringList names;
    for (const QString& line : list.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        names << line.trimmed().section(QStringLiteral("  "), 0, 0);
    return names;
}

} // namespace

class TestCommandTable : public QObject
{
    Q_OBJECT

    QString m_said;
    std::unique_ptr<CommandTable> m_table;

    Outcome run(const QStringList& args)
    {
        m_said.clear();
        Outcome o;
        QTextStream out(&o.out);
        QTextStream err(&o.err);
        o.code = m_table->run(QStringList{QStringLiteral("toy")} + args, out, err);
        return o;
    }

    /// Refused with exit 2, one line on stderr containing `expected`, and no command ran.
    void refused(const QStringList& args, const QString& expected)
    {
        const Outcome o = run(args);
        QVERIFY2(o.code == 2,
                 qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": exit %1").arg(o.code)));
        QVERIFY2(o.err.contains(expected) && o.err.count(QLatin1Char('\n')) == 1 &&
                     o.err.startsWith(QStringLiteral("toy: ")),
                 qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + o.err));
        QVERIFY2(m_said.isEmpty(), qPrintable(m_said));
        QVERIFY(o.out.isEmpty());
    }

private Q_SLOTS:
    void init()
    {
        m_table = std::make_unique<CommandTable>(QStringLiteral("toy"), QStringLiteral("A toy"));
        m_table->addCommonOption({QStringLiteral("json"), QStringLiteral("JSON.")});
        m_table->add(
            std::unique_ptr<Command>((new EchoCommand(QStringLiteral("show"), &m_said))
                                         ->withArgument(QStringLiteral("DN"), CommandArgument::Count::One)));
        m_table->add(std::unique_ptr<Command>(
            (new EchoCommand(QStringLiteral("box add"), &m_said))
                ->withArgument(QStringLiteral("NAME"), CommandArgument::Count::One)
                ->withArgument(QStringLiteral("MORE"), CommandArgument::Count::Many)
                ->withOption({QStringLiteral("level"), QStringLiteral("How loud."), QStringLiteral("N")},
                             true)
                ->withDetails(QStringLiteral(".starts with a dot\n\nand a back\\slash"))));
        m_table->add(std::unique_ptr<Command>(
            (new EchoCommand(QStringLiteral("box list"), &m_said))
                ->withOption({QStringLiteral("quiet"), QStringLiteral("Say less.")})));
        m_table->addStandardCommands();
    }

    void aCommandLineRunsTheCommandItsWordsName()
    {
        QCOMPARE(m_table->problems(), QStringList());
        QCOMPARE(run({QStringLiteral("show"), QStringLiteral("/o=X")}).code, 0);
        QCOMPARE(m_said, QStringLiteral("show(/o=X)"));
        // Options go anywhere, before or after the words.
        QCOMPARE(
            run({QStringLiteral("--level"), QStringLiteral("3"), QStringLiteral("box"), QStringLiteral("add"),
                 QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("--json")})
                .code,
            0);
        QCOMPARE(m_said, QStringLiteral("box add(a,b)@3"));
        QCOMPARE(run({QStringLiteral("box"), QStringLiteral("list"), QStringLiteral("--quiet")}).code, 0);
        QCOMPARE(m_said, QStringLiteral("box list()"));
    }

    /// Under --json, what is said on stderr is one JSON object a line: refusals of the line (before and
    /// after it parses), a command's failure with its exit code named, a warning; without, text.
    void underJsonProblemsAreJsonObjectsOnStderr_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        const QString json = QStringLiteral("--json");
        QTest::newRow("unknown option")
            << QStringList{json, QStringLiteral("--frob")} << 2 << QStringLiteral("usage")
            << QStringLiteral("Unknown option 'frob'.");
        QTest::newRow("-json too") << QStringList{QStringLiteral("-json"), QStringLiteral("--frob")} << 2
                                   << QStringLiteral("usage") << QStringLiteral("Unknown option 'frob'.");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frob"), json} << 2 << QStringLiteral("usage")
            << QStringLiteral("unknown command \"frob\" (see toy --help)");
        QTest::newRow("missing argument")
            << QStringList{json, QStringLiteral("show")} << 2 << QStringLiteral("usage")
            << QStringLiteral("show: missing argument DN (usage: toy show DN)");
        QTest::newRow("failed") << QStringList{json, QStringLiteral("show"), QStringLiteral("fail")} << 1
                                << QStringLiteral("failed") << QStringLiteral("no \"fail\" here");
        QTest::newRow("busy") << QStringList{json, QStringLiteral("show"), QStringLiteral("busy")} << 75
                              << QStringLiteral("busy") << QStringLiteral("held by 42");
    }

    void underJsonProblemsAreJsonObjectsOnStderr()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, kind);
        QFETCH(QString, message);
        const Outcome o = run(args);
        QCOMPARE(o.code, code);
        QVERIFY2(o.err.endsWith(QLatin1Char('\n')) && o.err.count(QLatin1Char('\n')) == 1, qPrintable(o.err));
        QJsonParseError error{};
        const QJsonObject line = QJsonDocument::fromJson(o.err.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(o.err));
        QCOMPARE(line, (QJsonObject{{QStringLiteral("program"), QStringLiteral("toy")},
                                    {QStringLiteral("error"), message},
                                    {QStringLiteral("exitCode"), code},
                                    {QStringLiteral("kind"), kind}}));
        QVERIFY(o.out.isEmpty());
        // The same line without --json: text.
        QStringList plain = args;
        plain.removeAll(QStringLiteral("--json"));
        plain.removeAll(QStringLiteral("-json"));
        QCOMPARE(run(plain).err, QStringLiteral("toy: %1\n").arg(message));
    }

    void underJsonAWarningIsAJsonObjectAndTheCommandGoesOn()
    {
        Outcome o = run({QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("warn")});
        QCOMPARE(o.code, 0);
        QCOMPARE(m_said, QStringLiteral("show(warn)"));
        QCOMPARE(QJsonDocument::fromJson(o.err.toUtf8()).object(),
                 (QJsonObject{{QStringLiteral("program"), QStringLiteral("toy")},
                              {QStringLiteral("warning"), QStringLiteral("careful")}}));
        // "--" ends the options: a later "--json" is an argument, and the warning is text.
        o = run({QStringLiteral("box"), QStringLiteral("add"), QStringLiteral("--level"), QStringLiteral("1"),
                 QStringLiteral("warn"), QStringLiteral("--"), QStringLiteral("--json")});
        QCOMPARE(o.code, 0);
        QCOMPARE(m_said, QStringLiteral("box add(warn,--json)@1"));
        QCOMPARE(o.err, QStringLiteral("toy: careful\n"));
    }

    void whatACommandDoesNotDeclareIsRefusedBeforeItRuns()
    {
        refused({}, QStringLiteral("no command given (see toy --help)"));
        refused({QStringLiteral("frob")}, QStringLiteral("unknown command \"frob\" (see toy --help)"));
        refused({QStringLiteral("box")}, QStringLiteral("box needs one of: add, list (see toy help box)"));
        refused({QStringLiteral("box"), QStringLiteral("drop")},
                QStringLiteral("unknown box command \"drop\": box takes add or list"));
        refused({QStringLiteral("show")}, QStringLiteral("show: missing argument DN (usage: toy show DN)"));
        refused({QStringLiteral("show"), QStringLiteral("a"), QStringLiteral("b")},
                QStringLiteral("show: unexpected argument \"b\""));
        refused({QStringLiteral("show"), QStringLiteral("a"), QStringLiteral("--quiet")},
                QStringLiteral("show does not take --quiet"));
        refused({QStringLiteral("box"), QStringLiteral("add"), QStringLiteral("a")},
                QStringLiteral("box add needs --level N"));
        refused({QStringLiteral("show"), QStringLiteral("a"), QStringLiteral("--nonsense")},
                QStringLiteral("Unknown option 'nonsense'"));
        // A huge word is quoted short, not echoed whole.
        const Outcome o = run({QString(100000, QLatin1Char('x'))});
        QCOMPARE(o.code, 2);
        QVERIFY2(o.err.size() < 1200, qPrintable(QString::number(o.err.size())));
    }

    void helpIsMadeFromTheTable()
    {
        const Outcome all = run({QStringLiteral("--help")});
        QCOMPARE(all.code, 0);
        QCOMPARE(
            listedCommands(all.out),
            (QStringList{QStringLiteral("show"), QStringLiteral("box add"), QStringLiteral("box list"),
                         QStringLiteral("help"), QStringLiteral("manual"), QStringLiteral("completion")}));
        // --verbose is every program's (the siteadmin.* logging categories, issue 21).
        QVERIFY2(
            all.out.startsWith(QStringLiteral("Usage: toy [--verbose] [--json] COMMAND [ARGUMENTS...]\n")),
            qPrintable(all.out));
        QCOMPARE(run({QStringLiteral("help")}).out, all.out);

        const Outcome one = run({QStringLiteral("help"), QStringLiteral("box"), QStringLiteral("add")});
        QCOMPARE(one.code, 0);
        QVERIFY2(one.out.startsWith(
                     QStringLiteral("Usage: toy [--verbose] [--json] box add NAME [MORE...] --level N\n")),
                 qPrintable(one.out));
        QVERIFY2(one.out.contains(QStringLiteral("  --level N  How loud.")), qPrintable(one.out));
        QVERIFY2(one.out.contains(QStringLiteral("Arguments:\n  NAME  What to echo")), qPrintable(one.out));
        // "COMMAND --help" is the same page, and runs nothing even when arguments are missing.
        QCOMPARE(run({QStringLiteral("box"), QStringLiteral("add"), QStringLiteral("--help")}).out, one.out);
        QVERIFY(m_said.isEmpty());
        const Outcome group = run({QStringLiteral("help"), QStringLiteral("box")});
        QCOMPARE(listedCommands(group.out),
                 (QStringList{QStringLiteral("box add"), QStringLiteral("box list")}));
        QCOMPARE(run({QStringLiteral("box"), QStringLiteral("--help")}).out, group.out);
        refused({QStringLiteral("help"), QStringLiteral("nothing")},
                QStringLiteral("unknown command \"nothing\""));
    }

    void theManualPageIsSafeRoff()
    {
        const QString page = ManPage(*m_table).text();
        QVERIFY(page.startsWith(QStringLiteral(".TH TOY 1 ")));
        for (const QString& section : {QStringLiteral(".SH NAME\ntoy \\- A toy\n"),
                                       QStringLiteral(".SH SYNOPSIS"), QStringLiteral(".SH OPTIONS"),
                                       QStringLiteral(".SH COMMANDS"), QStringLiteral(".SH \"EXIT STATUS\"")})
            QVERIFY2(page.contains(section), qPrintable(section));
        QVERIFY2(page.contains(QStringLiteral("\\fBbox add NAME [MORE...] \\-\\-level N\\fR")),
                 qPrintable(page));
        // Text that roff would take for a request or an escape is quoted.
        QVERIFY2(page.contains(QStringLiteral("\\&.starts with a dot\n.sp\nand a back\\eslash")),
                 qPrintable(page));
        QVERIFY(!page.contains(QStringLiteral("\n.starts")));
        QVERIFY2(page.contains(QStringLiteral("What to echo (\\-\\- with a .dot).")), qPrintable(page));
        const ProcessRun groff = [&] {
            QTemporaryDir dir;
            QFile f(dir.filePath(QStringLiteral("toy.1")));
            if (!f.open(QIODevice::WriteOnly))
                return ProcessRun{};
            f.write(page.toUtf8());
            f.close();
            return runProcess(QStringLiteral("groff"),
                              {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"),
                               QStringLiteral("-z"), f.fileName()});
        }();
        QVERIFY2(groff.exitCode == 0 && groff.err.isEmpty(), qPrintable(groff.err));
    }

    void theCompletionOffersWhatTheTableHolds()
    {
        const QString script = BashCompletion(*m_table).script();
        const QString f = QStringLiteral("_toy");
        QCOMPARE(complete(script, f, {QStringLiteral("toy"), QString()}),
                 (QStringList{QStringLiteral("box"), QStringLiteral("completion"), QStringLiteral("help"),
                              QStringLiteral("manual"), QStringLiteral("show")}));
        QCOMPARE(complete(script, f, {QStringLiteral("toy"), QStringLiteral("box"), QStringLiteral("l")}),
                 QStringList{QStringLiteral("list")});
        // An option's value is skipped when finding the command.
        QCOMPARE(complete(script, f,
                          {QStringLiteral("toy"), QStringLiteral("--level"), QStringLiteral("box"),
                           QStringLiteral("box"), QStringLiteral("list"), QStringLiteral("--")}),
                 (QStringList{QStringLiteral("--help"), QStringLiteral("--json"), QStringLiteral("--quiet"),
                              QStringLiteral("--verbose")}));
        QCOMPARE(complete(script, f,
                          {QStringLiteral("toy"), QStringLiteral("box"), QStringLiteral("add"),
                           QStringLiteral("--l")}),
                 QStringList{QStringLiteral("--level")});
        // Files where the argument is a file.
        QCOMPARE(complete(script, f, {QStringLiteral("toy"), QStringLiteral("show"), QStringLiteral("comp")}),
                 QStringList{QStringLiteral("completion.bash")});
    }

    /// zsh offers what bash does, from the same table: command words, a command's options and the
    /// program's, an option's value skipped, files where the argument is a file, folders after a DIR.
    void theZshCompletionOffersWhatTheTableHolds()
    {
        const QString script = ZshCompletion(*m_table).script();
        QVERIFY(script.startsWith(QStringLiteral("#compdef toy\n")));
        QCOMPARE(completeZsh(script, {QStringLiteral("toy"), QString()}),
                 (QStringList{QStringLiteral("box"), QStringLiteral("completion"), QStringLiteral("help"),
                              QStringLiteral("manual"), QStringLiteral("show")}));
        QCOMPARE(completeZsh(script, {QStringLiteral("toy"), QStringLiteral("box"), QStringLiteral("l")}),
                 QStringList{QStringLiteral("list")});
        QCOMPARE(completeZsh(script, {QStringLiteral("toy"), QStringLiteral("--level"), QStringLiteral("box"),
                                      QStringLiteral("box"), QStringLiteral("list"), QStringLiteral("--")}),
                 (QStringList{QStringLiteral("--help"), QStringLiteral("--json"), QStringLiteral("--quiet"),
                              QStringLiteral("--verbose")}));
        QCOMPARE(completeZsh(script, {QStringLiteral("toy"), QStringLiteral("box"), QStringLiteral("add"),
                                      QStringLiteral("--l")}),
                 QStringList{QStringLiteral("--level")});
        QCOMPARE(completeZsh(script, {QStringLiteral("toy"), QStringLiteral("show"), QStringLiteral("comp")}),
                 QStringList{QStringLiteral("files -f")});
        // A shell it has no script for is refused, by name.
        const Outcome fish = run({QStringLiteral("completion"), QStringLiteral("fish")});
        QCOMPARE(fish.code, 2);
        QCOMPARE(fish.err, QStringLiteral("toy: completion is made for bash or zsh, not \"fish\"\n"));
        QVERIFY(fish.out.isEmpty());
        // Before a command: the program's own options.
        QCOMPARE(completeZsh(script, {QStringLiteral("toy"), QStringLiteral("--")}),
                 (QStringList{QStringLiteral("--help"), QStringLiteral("--json"), QStringLiteral("--verbose"),
                              QStringLiteral("--version")}));
    }

    void aWrongTableIsFoundBeforeAnythingRuns()
    {
        m_table->add(std::make_unique<EchoCommand>(QStringLiteral("box"), &m_said));
        m_table->add(std::unique_ptr<Command>(
            (new EchoCommand(QStringLiteral("other"), &m_said))
                ->withOption({QStringLiteral("quiet"), QStringLiteral("x"), QStringLiteral("VALUE")})));
        m_table->add(
            std::unique_ptr<Command>((new EchoCommand(QStringLiteral("third"), &m_said))
                                         ->withOption({QStringLiteral("json"), QStringLiteral("x")})));
        const QStringList problems = m_table->problems();
        QVERIFY2(problems.contains(QStringLiteral("\"box\" hides \"box add\"")),
                 qPrintable(problems.join('\n')));
        QVERIFY2(problems.contains(QStringLiteral("--quiet is declared with and without a value (other)")),
                 qPrintable(problems.join('\n')));
        QVERIFY2(problems.contains(QStringLiteral("third declares the program's option --json")),
                 qPrintable(problems.join('\n')));
        const Outcome o = run({QStringLiteral("show"), QStringLiteral("x")});
        QCOMPARE(o.code, 70);
        QVERIFY(m_said.isEmpty());
    }

    /// Each program: every command --help lists has its page, "COMMAND --help" is that page, the
    /// installed manual page is what "manual" prints and names every command, the completion offers
    /// every first word, and the table is sound (the program would refuse to run otherwise).
    void theProgramsDescribeEveryCommand_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("installedManual");
        QTest::newRow("siteadminctl") << Cli::ctlProgram() << QStringLiteral(SITEADMIN_CTL_MAN);
        QTest::newRow("msmail-po") << Cli::poProgram() << QStringLiteral(MSMAIL_PO_MAN);
    }

    void theProgramsDescribeEveryCommand()
    {
        QFETCH(QString, program);
        QFETCH(QString, installedManual);
        const ProcessRun help = runProcess(program, {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QStringList commands = listedCommands(help.out);
        QVERIFY2(commands.size() > 15, qPrintable(help.out));
        const ProcessRun manual = runProcess(program, {QStringLiteral("manual")});
        QCOMPARE(manual.exitCode, 0);
        QFile installed(installedManual);
        QVERIFY2(installed.open(QIODevice::ReadOnly), qPrintable(installedManual));
        const QString builtPage = QString::fromUtf8(installed.readAll());
        QVERIFY(builtPage.startsWith(QStringLiteral(".TH ")));
        QVERIFY2(!builtPage.contains(QDir::homePath() + QLatin1Char('/')),
                 "the manual page holds the builder's home");
        QSet<QString> firstWords;
        for (const QString& command : commands) {
            const QStringList words = command.split(QLatin1Char(' '));
            firstWords.insert(words.first());
            const ProcessRun page = runProcess(program, QStringList{QStringLiteral("help")} + words);
            QVERIFY2(page.exitCode == 0 && page.out.contains(QStringLiteral("] %1").arg(command)),
                     qPrintable(command + QStringLiteral(": ") + page.out + page.err));
            QCOMPARE(runProcess(program, words + QStringList{QStringLiteral("--help")}).out, page.out);
            // Every option the page lists is in the manual, under the command.
            QString manualEntry =
                builtPage.section(QStringLiteral(".TP\n\\fB%1")
                                      .arg(QString(command).replace(QLatin1Char('-'), QStringLiteral("\\-"))),
                                  1);
            manualEntry = manualEntry.section(QStringLiteral("\n.TP\n\\fB"), 0, 0);
            QVERIFY2(!manualEntry.isEmpty() || builtPage.contains(QStringLiteral(".TP\n\\fB%1").arg(command)),
                     qPrintable(command + QStringLiteral(" is not in the manual page")));
            static const QRegularExpression option(QStringLiteral("^  (--[a-z-]+)"),
                                                   QRegularExpression::MultilineOption);
            for (auto it = option.globalMatch(page.out.section(QStringLiteral("Options:\n"), 1));
                 it.hasNext();) {
                const QString name = it.next().captured(1);
                QVERIFY2(builtPage.contains(QStringLiteral("\\fB") +
                                            QString(name).replace(QLatin1Char('-'), QStringLiteral("\\-"))),
                         qPrintable(command + QStringLiteral(": ") + name +
                                    QStringLiteral(" is not in the manual page")));
            }
        }
        const QString name = QFileInfo(program).fileName();
        const ProcessRun script = runProcess(program, {QStringLiteral("completion")});
        QCOMPARE(script.exitCode, 0);
        QStringList expected(firstWords.begin(), firstWords.end());
        expected.sort();
        QCOMPARE(complete(script.out,
                          QStringLiteral("_") + QString(name).replace(QLatin1Char('-'), QLatin1Char('_')),
                          {name, QString()}),
                 expected);
        const ProcessRun groff = runProcess(QStringLiteral("groff"),
                                            {QStringLiteral("-man"), QStringLiteral("-Tutf8"),
                                             QStringLiteral("-ww"), QStringLiteral("-z"), installedManual});
        QVERIFY2(groff.exitCode == 0 && groff.err.isEmpty(), qPrintable(groff.err));
    }

    void theProgramsSayProblemsAsJsonUnderJson()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("none"));
        ProcessRun r = runProcess(Cli::ctlProgram(), {QStringLiteral("--org"), missing,
                                                      QStringLiteral("--json"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QJsonObject line = QJsonDocument::fromJson(r.err.toUtf8()).object();
        QCOMPARE(line.value(QStringLiteral("program")).toString(), QStringLiteral("siteadminctl"));
        QCOMPARE(line.value(QStringLiteral("kind")).toString(), QStringLiteral("failed"));
        QVERIFY2(line.value(QStringLiteral("error")).toString().contains(missing), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        r = runProcess(Cli::poProgram(),
                       {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("frob")});
        QCOMPARE(r.exitCode, 2);
        line = QJsonDocument::fromJson(r.err.toUtf8()).object();
        QCOMPARE(line.value(QStringLiteral("program")).toString(), QStringLiteral("msmail-po"));
        QCOMPARE(line.value(QStringLiteral("exitCode")).toInt(), 2);
        QVERIFY2(
            line.value(QStringLiteral("error")).toString().startsWith(QStringLiteral("unknown user command")),
            qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCommandTable)
#include "tst_command_table.moc"
