#pragma once

// What siteadminctl and msmail-po do before their commands run: the same option parsing, --help
// and --version, and the same one-line error (exit 2) for options the parser refuses.

#include "core/common/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

namespace sa::app {

/// Parses the arguments for `Commands` (a class with static declareOptions(parser) and
/// commandSummary(), constructed from (parser, out, err), with run()) and runs the command.
template <typename Commands> int runCommandLine(const QString& program, const QString& description)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(description + QStringLiteral("\n\n") + Commands::commandSummary());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    Commands::declareOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (see Commands)."),
                                 QStringLiteral("COMMAND [ARGS...]"));
    if (!parser.parse(QCoreApplication::arguments())) {
        err << program << ": " << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return 0;
    }
    if (parser.isSet(version)) {
        out << program << ' ' << sa::core::productVersion() << Qt::endl;
        return 0;
    }
    Commands commands(parser, out, err);
    return commands.run();
}

} // namespace sa::app
