// siteadminctl: the site directory from the command line. Parses arguments and hands them to
// CtlCommands; all the work is in the core.
#include "CtlCommands.h"
#include "core/common/Version.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("siteadmin"));
    QCoreApplication::setApplicationVersion(sa::core::productVersion());

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(sa::core::productName() + QStringLiteral(" command line\n\n") +
                                     sa::app::CtlCommands::commandSummary());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    sa::app::CtlCommands::declareOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (see Commands)."),
                                 QStringLiteral("COMMAND [ARGS...]"));
    if (!parser.parse(QCoreApplication::arguments())) {
        err << "siteadminctl: " << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return 0;
    }
    if (parser.isSet(version)) {
        out << "siteadminctl " << sa::core::productVersion() << Qt::endl;
        return 0;
    }
    sa::app::CtlCommands commands(parser, out, err);
    return commands.run();
}
