// siteadminctl: the site directory from the command line. Parses arguments and hands them to
// CtlCommands; all the work is in the core.
#include "CtlCommands.h"
#include "app/common/CommandLineMain.h"
#include "core/common/Version.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("siteadmin"));
    QCoreApplication::setOrganizationName(QStringLiteral("siteadmin")); // settings in ~/.config/siteadmin
    QCoreApplication::setApplicationVersion(sa::core::productVersion());

    return sa::app::runCommandLine<sa::app::CtlCommands>(
        QStringLiteral("siteadminctl"), sa::core::productName() + QStringLiteral(" command line"));
}
