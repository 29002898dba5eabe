#pragma once

// What a command is given when it runs: its positional arguments and options (already checked
// against what it declares), the output streams, and the one way each program fails: one line on
// stderr, never a flood, and an exit code scripts can branch on.

#include "core/common/Error.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <optional>

namespace sa::app {

class Command;

class CommandRun
{
public:
    /// Exit codes (sysexits where there is one).
    static constexpr int ExitFailed = 1;
    static constexpr int ExitUsage = 2;
    static constexpr int ExitDataError = 65; ///< EX_DATAERR: input that can never be taken
    static constexpr int ExitSoftware = 70;  ///< EX_SOFTWARE: the program's command table is wrong
    static constexpr int ExitTryAgain = 75;  ///< EX_TEMPFAIL: another process holds the work

    CommandRun(const QString& program, const Command& command, const QCommandLineParser& parser,
               QStringList arguments, QTextStream& out, QTextStream& err);

    const QString& program() const { return m_program; }
    const Command& command() const { return m_command; }
    /// The positional arguments after the command's words.
    const QStringList& args() const { return m_args; }
    QString arg(int i) const { return m_args.value(i); }

    bool isSet(const QString& option) const { return m_parser.isSet(option); }
    QString value(const QString& option) const { return m_parser.value(option); }
    QStringList values(const QString& option) const { return m_parser.values(option); }
    /// --json was given (the programs' common option).
    bool json() const;

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    /// "program: message" on stderr; returns `code`.
    int fail(const QString& message, int code = ExitFailed);
    /// fail() with the error's message; a lock another process holds (ErrorCode::Busy) exits 75, so
    /// scripts can try again.
    int fail(const core::Error& error);
    int usage(const QString& message) { return fail(message, ExitUsage); }
    /// A line on stderr that does not end the command ("program: line").
    void warn(const QString& line);
    /// A warning said once the command has done its work (a refusal stays one line on stderr).
    void noteOnSuccess(const QString& line) const { *m_notes << line; }
    /// Notes, for after a success, that other users may read files of the organization `orgDir`
    /// (PrivateFiles::looseIn), with the command that keeps them for their owner.
    void noteLooseFiles(const QString& orgDir) const;
    /// Says the notes (the command table, after a command that exits 0).
    void flushNotes();

    /// The whole number given to --`option`: `fallback` when it is not given; nothing, after a usage
    /// message ("--limit takes a positive number, not "0""), when it is not a number of at least
    /// `minimum`. `unit` words what it takes.
    std::optional<int> number(const QString& option, int minimum, int fallback, const QString& unit);

    /// The password of Command::addPasswordOption(`name`), from the one way it was given: --NAME-file,
    /// --NAME-stdin or --NAME (said to be visible to every user). None given, it is typed at `prompt`
    /// without echo (twice, unless it is a password already set: `Typed::Once`) when standard input
    /// is a terminal and `prompt` is not empty; else empty.
    enum class Typed
    {
        Twice, ///< a new password, typed blind: asked again and compared
        Once   ///< a password to check
    };
    core::Result<QString> password(const QString& name, const QString& prompt = {},
                                   Typed typed = Typed::Twice);
    /// A new password that must be given (`what` names it: "the postoffice's administrator
    /// password"): as password(), but none given with no terminal to type it at fails saying how
    /// to give it, and an empty one typed fails as PasswordRule says.
    core::Result<QString> requiredPassword(const QString& name, const QString& prompt, const QString& what);

    /// `value` as indented JSON.
    void printJson(const QJsonValue& value);
    /// `json` with --json, else `text` (a line end added when it has none; nothing when empty).
    void print(const QJsonValue& json, const QString& text);

private:
    QString m_program;
    const Command& m_command;
    const QCommandLineParser& m_parser;
    QStringList m_args;
    QTextStream& m_out;
    QTextStream& m_err;
    /// Shared by the program's own run made from this one (CtlRun, PoRun), which is a copy.
    std::shared_ptr<QStringList> m_notes = std::make_shared<QStringList>();
};

} // namespace sa::app
