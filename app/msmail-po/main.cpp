// msmail-po: an emulated MS Mail 3.x postoffice. It talks to the site only through messages, as
// the real ones did; this program administers it and sends and reads its users' mail.
#include "PoCommands.h"
#include "app/common/CommandLineMain.h"
#include "core/common/Version.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("siteadmin"));
    QCoreApplication::setOrganizationName(QStringLiteral("siteadmin")); // settings in ~/.config/siteadmin
    QCoreApplication::setApplicationVersion(sa::core::productVersion());
    return sa::app::runCommandLine<sa::app::PoCommands>(QStringLiteral("msmail-po"),
                                                        QStringLiteral("Emulated MS Mail 3.x postoffice"));
}
