// siteadmin: the administrator's window. Parses the command line, finds the organization and
// opens the main window on a server; everything else is in the UI and core libraries.
#include "app/common/HomePath.h"
#include "app/common/StopSignals.h"
#include "core/common/Logging.h"
#include "core/common/Version.h"
#include "core/directory/AuditTrail.h"
#include "core/directory/Organization.h"
#include "ui/common/SettingsMigration.h"
#include "ui/common/Translations.h"
#include "ui/dialogs/OptionsDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ServerWindow.h"
#include "ui/mainwindow/ServiceCommands.h"
#include "ui/mainwindow/Startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTimer>

namespace {

/// The main window on `organization` until it closes; the folder of the organization to open next
/// when it closed for File > Open Organization, else nothing.
QString runWindow(const sa::core::Organization& organization, bool demo, const QString& server)
{
    sa::ui::MainWindow window(organization);
    QString next;
    QObject::connect(&window, &sa::ui::MainWindow::organizationChosen, &window,
                     [&next](const QString& folder) { next = folder; });
    window.show();
    // The services run in the background while the window is open. Always-scheduled dirsync
    // cycles: every 15 minutes (Tools > Options > Services), every 30 seconds in the demo, so
    // that a newcomer sees them within a minute; the demo is the one --demo opens or the one in the
    // demo folder (which the first-run dialog's demo choice builds).
    const bool showingDemo =
        demo || QDir(organization.dir()) == QDir(sa::core::Organization::defaultDemoPath());
    sa::core::WorkerSettings services;
    services.cycleSeconds = showingDemo ? 30 : sa::ui::OptionsDialog::savedCycleSeconds();
    services.keepDays = sa::ui::OptionsDialog::savedKeepDays();
    window.services()->start(services);
    window.restorePanels(showingDemo);
    const QStringList servers = !server.isEmpty() ? QStringList{server} : window.serversToOpen();
    for (const QString& s : servers)
        window.openServer(s);
    // SIGTERM (a session ending, `kill`) and Ctrl+C close the window as File > Exit does: settings
    // saved, the worker stopped between transactions.
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &window, [&window, &watch] {
        if (sa::app::StopSignals::asked()) {
            watch.stop();
            window.close();
        }
    });
    watch.start(200);
    QApplication::exec();
    return next;
}

/// The program's options; `parser` gets them, with --help and --version.
struct Options
{
    QCommandLineOption org{QStringLiteral("org"),
                           QStringLiteral("The organization folder (default: %1).")
                               .arg(sa::app::homePath(sa::core::Organization::defaultPath())),
                           QStringLiteral("DIR")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            QStringLiteral("Open the demo organization, building it first if the folder "
                                           "has none: NORTHWIND with MS Mail directory synchronization "
                                           "set up and running (default folder: %1).")
                                .arg(sa::app::homePath(sa::core::Organization::defaultDemoPath()))};
    QCommandLineOption server{QStringLiteral("server"), QStringLiteral("Connect to this server first."),
                              QStringLiteral("SERVER")};
    QCommandLineOption verbose{QStringLiteral("verbose"),
                               QStringLiteral("Trace what the window and its worker do on standard error "
                                              "(the siteadmin.* logging categories), for a problem report.")};

    explicit Options(QCommandLineParser& parser)
    {
        parser.setApplicationDescription(sa::core::productName());
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({org, demo, server, verbose});
    }
};

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("siteadmin"));
    QCoreApplication::setOrganizationName(QStringLiteral("siteadmin")); // settings in ~/.config/siteadmin
    QCoreApplication::setApplicationVersion(sa::core::productVersion());
}

} // namespace

int main(int argc, char* argv[])
{
    nameApplication(); // before the options: their default folders are named after the program
    {
        // --help, --version and a mistyped option are answered in text, with no display needed: a
        // QApplication made first aborted (exit 134) where there is none (issue 21).
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments << QString::fromLocal8Bit(argv[i]);
        QCommandLineParser parser;
        const Options options(parser);
        if (!parser.parse(arguments) || parser.isSet(QStringLiteral("help")) ||
            parser.isSet(QStringLiteral("help-all")) || parser.isSet(QStringLiteral("version"))) {
            QCoreApplication text(argc, argv);
            parser.process(text); // prints, and exits
            return 0;
        }
    }
    QApplication app(argc, argv);
    sa::ui::Translations::install(); // the window in the user's language (LANGUAGE, LC_MESSAGES, LANG)
    QApplication::setApplicationDisplayName(sa::core::productName());
    sa::core::AuditTrail::setProgram(QStringLiteral("window")); // who changed what: the audit trail
    QApplication::setDesktopFileName(QStringLiteral("siteadmin"));

    QCommandLineParser parser;
    const Options options(parser);
    parser.process(app);
    if (parser.isSet(options.verbose))
        sa::core::Logging::traceAll();
    sa::ui::adoptUnnamedOrganizationSettings();

    bool demo = parser.isSet(options.demo);
    const QString folder = parser.isSet(options.org) ? parser.value(options.org)
                           : demo                    ? sa::core::Organization::defaultDemoPath()
                                                     : sa::core::Organization::defaultPath();
    QString server = parser.value(options.server);
    const sa::app::StopSignals stopSignals; // SIGTERM and Ctrl+C close the window (runWindow)
    // File > Open Organization closes the window and names another folder: a window opens on it.
    for (QString next = folder;;) {
        auto organization = sa::ui::Startup::openOrganization(next, demo);
        if (!organization)
            return 1;
        next = runWindow(*organization, demo, server);
        if (next.isEmpty() || sa::app::StopSignals::asked())
            return 0;
        demo = false;
        server.clear();
    }
}
