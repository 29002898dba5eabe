// siteadminctl: the site directory from the command line. The commands are CtlCommandTable's; all
// the work is in the core.
#include "CtlCommandTable.h"
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
    sa::core::AuditTrail::setProgram(QStringLiteral("siteadminctl")); // who changed what: the audit trail

    QTextStream out(stdout);
    QTextStream err(stderr);
    const sa::app::ctl::CtlCommandTable table;
    return table.run(QCoreApplication::arguments(), out, err);
}
