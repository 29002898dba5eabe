// msmail-po: an emulated MS Mail 3.x postoffice. It talks to the site only through messages, as
// the real ones did; this program administers it and sends and reads its users' mail. The commands
// are PoCommandTable's.
#include "PoCommandTable.h"
#include "core/common/Version.h"
#include "core/directory/AuditTrail.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("siteadmin"));
    QCoreApplication::setOrganizationName(QStringLiteral("siteadmin")); // settings in ~/.config/siteadmin
    QCoreApplication::setApplicationVersion(sa::core::productVersion());
    sa::core::AuditTrail::setProgram(QStringLiteral("msmail-po")); // who changed what: the audit trail

    QTextStream out(stdout);
    QTextStream err(stderr);
    const sa::app::po::PoCommandTable table;
    return table.run(QCoreApplication::arguments(), out, err);
}
