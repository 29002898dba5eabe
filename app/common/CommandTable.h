#pragma once

// A program's commands in one table: what runs a command line (finding the command by its words,
// checking its options and arguments, --help and --version) and what the help, the manual page and
// the shell completion are made from.

#include "Command.h"

#include <QCommandLineOption>
#include <QTextStream>
#include <memory>
#include <vector>

namespace sa::app {

class CommandTable
{
public:
    /// `program` as it is called ("siteadminctl"); `description` one line of what it is.
    CommandTable(QString program, QString description);
    ~CommandTable();
    CommandTable(const CommandTable&) = delete;
    CommandTable& operator=(const CommandTable&) = delete;

    /// An option every command takes (--org, --json).
    void addCommonOption(const QCommandLineOption& option);
    void add(std::unique_ptr<Command> command);
    /// Adds help, manual and completion, which describe this table.
    void addStandardCommands();
    /// Exit codes beyond 0, 1 and 2, for the manual page.
    void addExitCode(int code, const QString& meaning);
    /// A paragraph for the manual page's description (after the one line).
    void setDescription(const QString& paragraph) { m_paragraph = paragraph; }
    /// Other programs' manual pages to name under SEE ALSO.
    void setSeeAlso(const QStringList& pages) { m_seeAlso = pages; }

    const QString& program() const { return m_program; }
    const QString& description() const { return m_description; }
    const QString& paragraph() const { return m_paragraph; }
    const QStringList& seeAlso() const { return m_seeAlso; }
    const QList<QCommandLineOption>& commonOptions() const { return m_common; }
    const std::vector<std::unique_ptr<Command>>& commands() const { return m_commands; }
    const QList<std::pair<int, QString>>& exitCodes() const { return m_exitCodes; }

    /// The command named by the first words of `positional` (the longest that matches), or null;
    /// `consumed` is set to the number of its words.
    Command* find(const QStringList& positional, int* consumed = nullptr) const;
    /// The words that may follow `prefix` ("" for the first word): {"status", "now", ...} after
    /// "dirsync".
    QStringList nextWords(const QStringList& prefix) const;
    /// Every option any command or the program takes, each name once.
    QList<QCommandLineOption> allOptions() const;

    /// What is wrong with the table itself: two commands with the same words, an option declared
    /// with a value by one command and without by another, ... Empty when it is sound.
    QStringList problems() const;

    /// Runs the command line `arguments` (the program's name first); returns the exit code.
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) const;

private:
    /// Says why the line is refused (as JSON under --json) and returns `code`.
    int refuse(QTextStream& err, bool json, const QString& message, int code = 2) const;

    QString m_program;
    QString m_description;
    QString m_paragraph;
    QStringList m_seeAlso;
    QList<QCommandLineOption> m_common;
    std::vector<std::unique_ptr<Command>> m_commands;
    QList<std::pair<int, QString>> m_exitCodes;
};

} // namespace sa::app
