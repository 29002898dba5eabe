#include "DemoCommand.h"

#include "CtlOptions.h"
#include "core/host/DemoOrganization.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace sa::app::ctl {

using namespace sa::core;

DemoCommand::DemoCommand()
    : CtlCommand(QStringLiteral("demo"), QStringLiteral("Build the NORTHWIND demo organization"))
{
    setDetails(QStringLiteral(
        "NORTHWIND with the sites SEATTLE (server X1) and LONDON (X2) and the MS Mail postoffices NWNET/PO1 "
        "and NWNET/PO2, configured as the Q152167 procedure leaves it unless --lab or --linked says "
        "otherwise. Without --org it goes to the demo folder, not the default organization's."));
    addOption({OptLab, QStringLiteral("The state the Q152167 procedure starts from (no site, directory "
                                      "replication or dirsync connectors yet).")});
    addOption({OptLinked, QStringLiteral("The sites joined and replicated, no dirsync objects yet "
                                         "(Q152167's steps 1 and 2 done).")});
}

QString DemoCommand::defaultOrganization() const
{
    return Organization::defaultDemoPath();
}

int DemoCommand::execute(CtlRun& run)
{
    if (run.isSet(OptLab) && run.isSet(OptLinked))
        return run.usage(QStringLiteral("demo takes --lab or --linked, not both"));
    const DemoStage stage = run.isSet(OptLab)      ? DemoStage::Lab
                            : run.isSet(OptLinked) ? DemoStage::Linked
                                                   : DemoStage::Configured;
    const auto [stageName, stageText] =
        stage == DemoStage::Lab
            ? std::pair{QStringLiteral("lab"),
                        QStringLiteral("as Q152167 starts: no site connector, no directory "
                                       "replication connector, no dirsync objects")}
        : stage == DemoStage::Linked
            ? std::pair{QStringLiteral("linked"),
                        QStringLiteral("sites joined and replicated; no dirsync objects yet")}
            : std::pair{QStringLiteral("configured"),
                        QStringLiteral("as Q152167 leaves it: X1 is the dirsync server of NWNET/PO1 and "
                                       "NWNET/PO2, Directory Synchronization started")};
    auto org = DemoOrganization::build(run.orgDir(), stage);
    if (!org)
        return run.fail(org.error().message());
    auto sites = org->sites();
    if (!sites)
        return run.fail(sites.error().message());
    if (run.json()) {
        QJsonArray list;
        for (const SiteInfo& s : sites.value())
            list.append(QJsonObject{{QStringLiteral("site"), s.name},
                                    {QStringLiteral("servers"), QJsonArray::fromStringList(s.servers)}});
        run.printJson(QJsonObject{{QStringLiteral("organization"), org->name()},
                                  {QStringLiteral("folder"), org->dir()},
                                  {QStringLiteral("stage"), stageName},
                                  {QStringLiteral("sites"), list}});
    } else {
        run.out() << "Built the demo organization " << org->name() << " in "
                  << QDir::toNativeSeparators(org->dir()) << Qt::endl;
        for (const SiteInfo& s : sites.value())
            run.out() << "  site " << s.name << ": " << s.servers.join(QStringLiteral(", ")) << Qt::endl;
        run.out() << "  " << stageText << Qt::endl;
    }
    return 0;
}

} // namespace sa::app::ctl
