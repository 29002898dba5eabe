#pragma once

#include "core/directory/DirectoryStore.h"
#include "core/directory/Dn.h"
#include "core/directory/Organization.h"
#include "core/dirsync/DirsyncServer.h"
#include "core/services/ServiceLock.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <vector>

namespace sa::app {

/// siteadminctl's commands: each reads its arguments from the parsed command line, calls the core,
/// and prints text (or JSON with --json). On bad input it prints one line to stderr and returns
/// non-zero, having written nothing.
class CtlCommands
{
public:
    CtlCommands(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);

    /// Runs the command named by the first positional argument; returns the exit code.
    int run();

    static void declareOptions(QCommandLineParser& parser);
    static QString commandSummary();

private:
    int init();
    int addSite();
    int demo();
    int list();
    int show();
    int create();
    int modify();
    int remove();
    int schema();
    int importFile();
    int exportFile();
    int find();
    int services();
    int runServices();
    int serve();   // CtlServe.cpp
    int queue();   // CtlQueueCommands.cpp
    int dirsync(); // CtlDirsyncCommands.cpp
    int events();
    /// --limit N (default 20); -1 after a usage message when it is not a positive number.
    int limit();
    int printStatus(const QList<core::DirsyncPartnerStatus>& status);
    /// After Directory Synchronization on `server` was paused: the cycle that kicks, if `server`
    /// runs the organization's dirsync role; what it did, in a line (empty when nothing ran).
    core::Result<QString> kickDirsync(const QString& server);

    /// Takes the ServiceLocks of `works` for the rest of the command; a refusal naming the process
    /// that holds one (siteadminctl serve, the window's worker) when it cannot.
    core::Status holdWork(const QStringList& works);

    /// The whole number given to --`option` into `target` (left alone when the option is not
    /// given); false after a usage message naming `unit` when it is not a number of at least
    /// `minimum`.
    bool readNumber(const QString& option, int minimum, const QString& unit, int* target);
    QString orgDir() const;
    /// The store of the site that holds `dn`, in the organization of --org.
    core::Result<std::unique_ptr<core::DirectoryStore>> storeFor(const core::Dn& dn) const;
    /// The sites of `organization` that can be opened; each that cannot is named at the end of the
    /// command, which then exits 1 (run()): one bad site file does not stop work on the others.
    core::Result<QList<core::SiteInfo>> readableSites(const core::Organization& organization);
    int fail(const QString& message, int code = 1);
    /// fail() with the error's message; a lock another process holds (ErrorCode::Busy) exits 75, as
    /// sysexits' EX_TEMPFAIL, so scripts can try again.
    int fail(const sa::core::Error& error);
    static constexpr int ExitTryAgain = 75;
    int usage(const QString& message) { return fail(message, 2); }
    bool checkOptions(const QStringList& allowed);
    bool checkArgumentCount(int min, int max);
    void printJson(const QJsonValue& value);

    const QCommandLineParser& m_parser;
    QTextStream& m_out;
    QTextStream& m_err;
    QString m_command;
    QStringList m_args; // positional arguments after the command
    bool m_json = false;
    QStringList m_unreadable; ///< sites and postoffices that could not be opened, said last (run())
    std::vector<std::unique_ptr<core::ServiceLock>> m_locks;
};

} // namespace sa::app
