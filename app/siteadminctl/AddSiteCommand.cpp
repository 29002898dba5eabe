#include "AddSiteCommand.h"

#include "CtlOptions.h"

#include <QJsonObject>

namespace sa::app::ctl {

using namespace sa::core;

AddSiteCommand::AddSiteCommand()
    : CtlCommand(QStringLiteral("add-site"), QStringLiteral("Add a site with its own database"))
{
    addRequiredOption({OptSite, QStringLiteral("The new site's name."), QStringLiteral("SITE")});
    addRequiredOption({OptServer, QStringLiteral("The site's server."), QStringLiteral("SERVER")});
}

int AddSiteCommand::execute(CtlRun& run)
{
    auto org = run.organization();
    if (!org)
        return run.fail(org.error().message());
    auto site = org.value().addSite(run.value(OptSite), run.value(OptServer));
    if (!site)
        return run.fail(site.error().message());
    if (run.json())
        run.printJson(
            QJsonObject{{QStringLiteral("site"), site->name}, {QStringLiteral("database"), site->path}});
    else
        run.out() << "Added site " << site->name << " with server " << site->servers.value(0) << Qt::endl;
    return 0;
}

} // namespace sa::app::ctl
