#pragma once

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

namespace sa::app {

/// msmail-po's commands: an emulated MS Mail 3.x postoffice administered from the command line.
/// Text by default, JSON with --json; bad input gives one line on stderr, a non-zero exit and no
/// change.
class PoCommands
{
public:
    PoCommands(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);

    int run();
    static void declareOptions(QCommandLineParser& parser);
    static QString commandSummary();

private:
    int create();
    int list();
    int user();
    int route();
    int mail();
    int gal();
    int dispatch();
    int dirsync();   // PoDirsyncCommands.cpp
    int external();  // PoExternalCommands.cpp
    int queue();     // PoQueueCommands.cpp
    int settings();  // PoQueueCommands.cpp
    int systemLog(); // PoQueueCommands.cpp
    /// --limit N (default 50); -1 after a usage message when it is not a positive number.
    int limit();
    /// A whole number of seconds from option `option` (0 allowed when `zero`); -1 after a usage message.
    int seconds(const QString& option, bool zero);

    /// A time as the commands print it: local, to the second, or "never".
    static QString timeText(const QDateTime& t);
    QString orgDir() const;
    int fail(const QString& message, int code = 1);
    int usage(const QString& message) { return fail(message, 2); }
    bool needArguments(int count, const QString& form);
    void print(const QJsonValue& json, const QString& text);

    const QCommandLineParser& m_parser;
    QTextStream& m_out;
    QTextStream& m_err;
    QStringList m_args;
    bool m_json = false;
};

} // namespace sa::app
