#pragma once

// One command of siteadminctl or msmail-po: its words ("dirsync cycle"), a line for the command list,
// the paragraph its help and manual page give, its options and positional arguments, and what it
// does. The programs' command tables are lists of these; --help, "help COMMAND", the manual page and
// the shell completion are all made from them (CommandTable), so none can drift from the others.

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

namespace sa::app {

class CommandRun;

/// A positional argument, as the command's synopsis, help and completion show it.
struct CommandArgument
{
    enum class Count
    {
        One,      ///< NAME
        Optional, ///< [NAME]
        Many,     ///< [NAME...]
        OneOrMore ///< NAME...
    };
    /// What the shell may offer for it.
    enum class Completion
    {
        Nothing,
        File,
        Directory,
    };
    QString name;
    QString help;
    Count count = Count::One;
    Completion completion = Completion::Nothing;
};

class Command
{
public:
    /// `name` is the words that call it ("list", "dirsync cycle"); `summary` one line for the list of
    /// commands.
    Command(const QString& name, QString summary);
    virtual ~Command();
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    const QString& name() const { return m_name; }
    const QStringList& words() const { return m_words; }
    const QString& summary() const { return m_summary; }
    /// More than the summary, for the command's help and the manual page (may be empty).
    const QString& details() const { return m_details; }
    const QList<QCommandLineOption>& options() const { return m_options; }
    const QList<CommandArgument>& arguments() const { return m_arguments; }

    /// The fewest positional arguments it takes, and the most (-1: no limit).
    int minimumArguments() const;
    int maximumArguments() const;
    /// "dirsync history [--limit N]", "create CLASS PARENT-DN ATTR=VALUE...".
    QString synopsis() const;
    bool takesOption(const QString& name) const;
    /// The options that must be given (shown without brackets in the synopsis).
    const QStringList& requiredOptions() const { return m_required; }

    /// Does the work: the options and arguments have been checked against what the command declares.
    /// Returns the exit code: 0 done, 1 failed, 2 bad usage (CommandRun says the line to stderr).
    virtual int run(CommandRun& run) = 0;

protected:
    void setDetails(QString details) { m_details = std::move(details); }
    void addOption(const QCommandLineOption& option) { m_options.append(option); }
    /// An option without which the command refuses to run ("init needs --organization ORG").
    void addRequiredOption(const QCommandLineOption& option);
    void addArgument(CommandArgument argument) { m_arguments.append(std::move(argument)); }
    /// A password, `what` in words ("The dirsync password the server expects"): --NAME PW, which
    /// every user of the machine can read in the process list (said when it is used), and
    /// --NAME-file FILE and --NAME-stdin, which keep it off the command line (CommandRun::password).
    void addPasswordOption(const QString& name, const QString& what);

private:
    QString m_name;
    QStringList m_words;
    QString m_summary;
    QString m_details;
    QList<QCommandLineOption> m_options;
    QList<CommandArgument> m_arguments;
    QStringList m_required;
};

} // namespace sa::app
