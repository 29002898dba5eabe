#include "CommandTable.h"

#include "CommandHelp.h"
#include "CommandRun.h"
#include "CompletionCommand.h"
#include "ErrorLine.h"
#include "HelpCommand.h"
#include "ManualCommand.h"
#include "core/common/Logging.h"
#include "core/common/Version.h"

#include <QCommandLineParser>
#include <QHash>
#include <QSet>

namespace sa::app {

namespace {

const QString HelpOption = QStringLiteral("help");
const QString VersionOption = QStringLiteral("version");
const QString VerboseOption = QStringLiteral("verbose");

/// "a, b or c"
QString choices(const QStringList& words)
{
    if (words.size() < 2)
        return words.join(QString());
    return words.mid(0, words.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ") + words.last();
}

} // namespace

CommandTable::CommandTable(QString program, QString description)
    : m_program(std::move(program)), m_description(std::move(description))
{
    addCommonOption(
        {VerboseOption, QStringLiteral("Trace what the program does on standard error (the "
                                       "siteadmin.* logging categories), for a problem report.")});
}

CommandTable::~CommandTable() = default;

void CommandTable::addCommonOption(const QCommandLineOption& option)
{
    m_common.append(option);
}

void CommandTable::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

void CommandTable::addStandardCommands()
{
    add(std::make_unique<HelpCommand>(*this));
    add(std::make_unique<ManualCommand>(*this));
    add(std::make_unique<CompletionCommand>(*this));
}

void CommandTable::addExitCode(int code, const QString& meaning)
{
    m_exitCodes.append({code, meaning});
}

Command* CommandTable::find(const QStringList& positional, int* consumed) const
{
    Command* best = nullptr;
    for (const auto& c : m_commands) {
        const QStringList& words = c->words();
        if (words.size() <= positional.size() && positional.mid(0, words.size()) == words &&
            (!best || words.size() > best->words().size()))
            best = c.get();
    }
    if (consumed)
        *consumed = best ? int(best->words().size()) : 0;
    return best;
}

QStringList CommandTable::nextWords(const QStringList& prefix) const
{
    QStringList next;
    for (const auto& c : m_commands) {
        const QStringList& words = c->words();
        if (words.size() > prefix.size() && words.mid(0, prefix.size()) == prefix &&
            !next.contains(words.at(prefix.size())))
            next << words.at(prefix.size());
    }
    return next;
}

QList<QCommandLineOption> CommandTable::allOptions() const
{
    QList<QCommandLineOption> all = m_common;
    QSet<QString> seen;
    for (const QCommandLineOption& o : m_common)
        seen.insert(o.names().constLast());
    for (const auto& c : m_commands) {
        for (const QCommandLineOption& o : c->options()) {
            if (!seen.contains(o.names().constLast())) {
                seen.insert(o.names().constLast());
                all.append(o);
            }
        }
    }
    return all;
}

QStringList CommandTable::problems() const
{
    QStringList found;
    QSet<QString> common;
    for (const QCommandLineOption& o : m_common)
        common.insert(o.names().constLast());
    // Whether each option takes a value, as the table first declares it (read once: every run checks).
    QHash<QString, bool> takesValue;
    for (const QCommandLineOption& o : allOptions()) {
        for (const QString& name : o.names())
            takesValue.insert(name, !o.valueName().isEmpty());
    }
    for (const auto& c : m_commands) {
        if (c->words().isEmpty())
            found << QStringLiteral("a command has no name");
        for (const auto& other : m_commands) {
            if (other == c)
                continue;
            const QStringList& a = c->words();
            const QStringList& b = other->words();
            if (a.size() <= b.size() && b.mid(0, a.size()) == a)
                found << QStringLiteral("\"%1\" hides \"%2\"").arg(c->name(), other->name());
        }
        for (const QCommandLineOption& o : c->options()) {
            const QString name = o.names().constLast();
            if (common.contains(name) || name == HelpOption || name == VersionOption)
                found << QStringLiteral("%1 declares the program's option --%2").arg(c->name(), name);
            if (takesValue.value(name) != !o.valueName().isEmpty())
                found
                    << QStringLiteral("--%1 is declared with and without a value (%2)").arg(name, c->name());
        }
    }
    return found;
}

int CommandTable::refuse(QTextStream& err, bool json, const QString& message, int code) const
{
    sayProblem(err, m_program, message, json, code);
    return code;
}

int CommandTable::run(const QStringList& arguments, QTextStream& out, QTextStream& err) const
{
    // EX_SOFTWARE: a table that could route a command line two ways runs nothing at all.
    // Said as JSON under --json, even before the line could be parsed.
    bool json = asksForJson(arguments);
    if (const QStringList wrong = problems(); !wrong.isEmpty())
        return refuse(err, json,
                      QStringLiteral("the command table is wrong: ") + wrong.join(QStringLiteral("; ")),
                      CommandRun::ExitSoftware);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({{QStringLiteral("h"), HelpOption}, QStringLiteral("Show this help, or a command's.")});
    parser.addOption({{QStringLiteral("v"), VersionOption}, QStringLiteral("Show the version.")});
    parser.addOptions(allOptions());
    if (!parser.parse(arguments))
        return refuse(err, json, parser.errorText());
    json = parser.optionNames().contains(QStringLiteral("json"));
    if (parser.isSet(VerboseOption))
        core::Logging::traceAll();
    const QStringList positional = parser.positionalArguments();
    const bool help = parser.isSet(HelpOption);
    if (parser.isSet(VersionOption)) {
        out << m_program << ' ' << core::productVersion() << Qt::endl;
        return 0;
    }
    if (positional.isEmpty()) {
        if (help) {
            out << CommandHelp(*this).programHelp();
            return 0;
        }
        return refuse(err, json, QStringLiteral("no command given (see %1 --help)").arg(m_program));
    }
    int consumed = 0;
    Command* command = find(positional, &consumed);
    if (!command) {
        // The longest start of what was typed that some commands share ("dirsync", "user").
        QStringList group;
        for (int n = 1; n <= positional.size() && !nextWords(positional.mid(0, n)).isEmpty(); ++n)
            group = positional.mid(0, n);
        if (group.isEmpty())
            return refuse(
                err, json,
                QStringLiteral("unknown command \"%1\" (see %2 --help)").arg(positional.first(), m_program));
        const QString name = group.join(QLatin1Char(' '));
        if (help && group.size() == positional.size()) {
            out << CommandHelp(*this).groupHelp(group);
            return 0;
        }
        const QStringList next = nextWords(group);
        if (group.size() == positional.size())
            return refuse(err, json,
                          QStringLiteral("%1 needs one of: %2 (see %3 help %1)")
                              .arg(name, next.join(QStringLiteral(", ")), m_program));
        return refuse(err, json,
                      QStringLiteral("unknown %1 command \"%2\": %1 takes %3")
                          .arg(name, positional.at(group.size()), choices(next)));
    }
    if (help) {
        out << CommandHelp(*this).commandHelp(*command);
        return 0;
    }
    QSet<QString> common;
    for (const QCommandLineOption& o : m_common)
        common.insert(o.names().constLast());
    for (const QString& name : parser.optionNames()) {
        if (!common.contains(name) && !command->takesOption(name))
            return refuse(err, json, QStringLiteral("%1 does not take --%2").arg(command->name(), name));
    }
    const QStringList args = positional.mid(consumed);
    if (args.size() < command->minimumArguments()) {
        QStringList missing;
        int given = int(args.size());
        for (const CommandArgument& a : command->arguments()) {
            const bool needed =
                a.count == CommandArgument::Count::One || a.count == CommandArgument::Count::OneOrMore;
            if (needed && given-- <= 0)
                missing << a.name;
        }
        return refuse(err, json,
                      QStringLiteral("%1: missing argument%2 %3 (usage: %4 %5)")
                          .arg(command->name(), missing.size() > 1 ? QStringLiteral("s") : QString(),
                               missing.join(QLatin1Char(' ')), m_program, command->synopsis()));
    }
    if (command->maximumArguments() >= 0 && args.size() > command->maximumArguments())
        return refuse(err, json,
                      QStringLiteral("%1: unexpected argument \"%2\"")
                          .arg(command->name(), args.at(command->maximumArguments())));
    for (const QCommandLineOption& o : command->options()) {
        const QString name = o.names().constLast();
        if (command->requiredOptions().contains(name) && !parser.isSet(name))
            return refuse(err, json,
                          QStringLiteral("%1 needs --%2 %3").arg(command->name(), name, o.valueName()));
    }
    CommandRun run(m_program, *command, parser, args, out, err);
    const int code = command->run(run);
    if (code == 0)
        run.flushNotes();
    return code;
}

} // namespace sa::app
