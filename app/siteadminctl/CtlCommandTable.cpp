#include "CtlCommandTable.h"

#include "AddServerCommand.h"
#include "AddSiteCommand.h"
#include "AuditCommand.h"
#include "CreateCommand.h"
#include "CtlOptions.h"
#include "DeleteCommand.h"
#include "DeliverCommand.h"
#include "DemoCommand.h"
#include "DirsyncApproveDeletesCommand.h"
#include "DirsyncCycleCommand.h"
#include "DirsyncHistoryCommand.h"
#include "DirsyncNowCommand.h"
#include "DirsyncPreviewCommand.h"
#include "DirsyncResetCommand.h"
#include "DirsyncStatusCommand.h"
#include "EventsCommand.h"
#include "ExportCommand.h"
#include "FindCommand.h"
#include "ImportCommand.h"
#include "ImsSecretCommand.h"
#include "InitCommand.h"
#include "ListCommand.h"
#include "ModifyCommand.h"
#include "QueueListCommand.h"
#include "QueueRemoveCommand.h"
#include "QueueSettingsCommand.h"
#include "ReplicationRequestCommand.h"
#include "ReplicationStatusCommand.h"
#include "RunCommand.h"
#include "SchemaCommand.h"
#include "ServeCommand.h"
#include "ServicesCommand.h"
#include "ShowCommand.h"
#include "app/common/CommandRun.h"
#include "app/common/HomePath.h"
#include "core/common/Version.h"
#include "core/directory/Organization.h"

namespace sa::app::ctl {

using namespace sa::core;

CtlCommandTable::CtlCommandTable()
    : CommandTable(QStringLiteral("siteadminctl"), productName() + QStringLiteral(" command line"))
{
    setDescription(QStringLiteral(
        "The site directory of a mail organization and its MS Mail directory synchronization, from the "
        "command line: what the siteadmin window does, for scripts. Each site's directory is a SQLite "
        "database in the organization folder.\n\n"
        "Output is readable text, or JSON with --json. On bad input a command prints one line naming "
        "what is wrong to standard error and writes nothing."));
    setSeeAlso({QStringLiteral("msmail-po")});
    addCommonOption(
        {OptOrg,
         QStringLiteral("The organization folder (default: %1; for demo, %2).")
             .arg(homePath(Organization::defaultPath()), homePath(Organization::defaultDemoPath())),
         QStringLiteral("DIR")});
    addCommonOption({OptJson, QStringLiteral("Print JSON instead of text.")});
    addExitCode(CommandRun::ExitTryAgain,
                QStringLiteral("Another process (siteadminctl serve, the window's worker) holds the work; "
                               "try again later."));

    add(std::make_unique<InitCommand>());
    add(std::make_unique<AddSiteCommand>());
    add(std::make_unique<AddServerCommand>());
    add(std::make_unique<DemoCommand>());
    add(std::make_unique<ListCommand>());
    add(std::make_unique<ShowCommand>());
    add(std::make_unique<CreateCommand>());
    add(std::make_unique<ModifyCommand>());
    add(std::make_unique<DeleteCommand>());
    add(std::make_unique<FindCommand>());
    add(std::make_unique<ImportCommand>());
    add(std::make_unique<ExportCommand>());
    add(std::make_unique<SchemaCommand>());
    for (const char* verb : {"status", "start", "stop", "pause", "continue"})
        add(std::make_unique<ServicesCommand>(QLatin1String(verb)));
    add(std::make_unique<RunCommand>());
    add(std::make_unique<ServeCommand>());
    add(std::make_unique<QueueListCommand>());
    add(std::make_unique<QueueRemoveCommand>(QStringLiteral("delete")));
    add(std::make_unique<QueueRemoveCommand>(QStringLiteral("return")));
    add(std::make_unique<QueueSettingsCommand>());
    add(std::make_unique<DirsyncStatusCommand>());
    add(std::make_unique<DirsyncNowCommand>());
    add(std::make_unique<DirsyncCycleCommand>());
    add(std::make_unique<DirsyncHistoryCommand>());
    add(std::make_unique<DirsyncPreviewCommand>());
    add(std::make_unique<DirsyncApproveDeletesCommand>());
    add(std::make_unique<DirsyncResetCommand>());
    add(std::make_unique<EventsCommand>());
    add(std::make_unique<AuditCommand>());
    add(std::make_unique<DeliverCommand>());
    add(std::make_unique<ImsSecretCommand>());
    add(std::make_unique<ReplicationStatusCommand>());
    add(std::make_unique<ReplicationRequestCommand>());
    addStandardCommands();
}

} // namespace sa::app::ctl
