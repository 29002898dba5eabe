#include "InitCommand.h"

#include "CtlOptions.h"

#include <QDir>
#include <QJsonObject>

namespace sa::app::ctl {

using namespace sa::core;

InitCommand::InitCommand()
    : CtlCommand(QStringLiteral("init"),
                 QStringLiteral("Create an organization with its first site and server"))
{
    setDetails(QStringLiteral("Makes the organization folder (--org) with the site's database; the folder "
                              "must not hold an organization yet."));
    addRequiredOption({OptOrganization, QStringLiteral("The organization's name."), QStringLiteral("ORG")});
    addRequiredOption({OptSite, QStringLiteral("The first site's name."), QStringLiteral("SITE")});
    addRequiredOption({OptServer, QStringLiteral("The site's server."), QStringLiteral("SERVER")});
    addOption(
        {OptGroup,
         QStringLiteral("Share the organization with the members of GROUP, a team of administrators: its "
                        "folders are made 2770 and its files 0660, the group's (else 0700 and 0600, "
                        "the owner's alone)."),
         QStringLiteral("GROUP")});
}

int InitCommand::execute(CtlRun& run)
{
    auto org = Organization::create(run.orgDir(), run.value(OptOrganization), run.value(OptSite),
                                    run.value(OptServer), run.value(OptGroup));
    if (!org)
        return run.fail(org.error().message());
    if (run.json())
        run.printJson(QJsonObject{{QStringLiteral("organization"), org->name()},
                                  {QStringLiteral("folder"), org->dir()}});
    else
        run.out() << "Created organization " << org->name() << " in " << QDir::toNativeSeparators(org->dir())
                  << Qt::endl;
    return 0;
}

} // namespace sa::app::ctl
