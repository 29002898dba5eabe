#include "AddServerCommand.h"

#include "CtlOptions.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sa::app::ctl {

using namespace sa::core;

AddServerCommand::AddServerCommand()
    : CtlCommand(QStringLiteral("add-server"),
                 QStringLiteral("Add a server to a site (as Setup joined one); mailboxes may live on it"))
{
    addRequiredOption({OptSite, QStringLiteral("The site the server joins."), QStringLiteral("SITE")});
    addRequiredOption({OptServer, QStringLiteral("The new server's name."), QStringLiteral("SERVER")});
}

int AddServerCommand::execute(CtlRun& run)
{
    auto org = run.organization();
    if (!org)
        return run.fail(org.error().message());
    const QString server = run.value(OptServer);
    auto site = org.value().addServer(run.value(OptSite), server);
    if (!site)
        return run.fail(site.error().message());
    if (run.json())
        run.printJson(QJsonObject{{QStringLiteral("site"), site->name},
                                  {QStringLiteral("server"), server},
                                  {QStringLiteral("servers"), QJsonArray::fromStringList(site->servers)}});
    else
        run.out() << "Added server " << server << " to site " << site->name << Qt::endl;
    return 0;
}

} // namespace sa::app::ctl
