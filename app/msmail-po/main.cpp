// msmail-po: an emulated MS Mail 3.x postoffice. It talks to the site only through messages, as
// the real ones did; this program administers it and sends and reads its users' mail.
#include "PoCommands.h"
#include "core/common/Version.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("siteadmin"));
    QCoreApplication::setApplicationVersion(sa::core::productVersion());
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Emulated MS Mail 3.x postoffice\n\n") +
                                     sa::app::PoCommands::commandSummary());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    sa::app::PoCommands::declareOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (see Commands)."),
                                 QStringLiteral("COMMAND [ARGS...]"));
    if (!parser.parse(QCoreApplication::arguments())) {
        err << "msmail-po: " << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return 0;
    }
    if (parser.isSet(version)) {
        out << "msmail-po " << sa::core::productVersion() << Qt::endl;
        return 0;
    }
    sa::app::PoCommands commands(parser, out, err);
    return commands.run();
}
