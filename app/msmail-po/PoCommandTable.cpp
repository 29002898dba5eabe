#include "PoCommandTable.h"

#include "PoAdminPasswordCommand.h"
#include "PoCreateCommand.h"
#include "PoDirsyncExportCommand.h"
#include "PoDirsyncLogCommand.h"
#include "PoDirsyncRegisterCommand.h"
#include "PoDirsyncRequestorCommand.h"
#include "PoDirsyncServerCommand.h"
#include "PoDirsyncStatusCommand.h"
#include "PoDirsyncT1Command.h"
#include "PoDirsyncT2Command.h"
#include "PoDirsyncT3Command.h"
#include "PoDispatchCommand.h"
#include "PoExternalCreateCommand.h"
#include "PoExternalDeleteCommand.h"
#include "PoExternalListCommand.h"
#include "PoExternalLogCommand.h"
#include "PoExternalQueueCommand.h"
#include "PoExternalRunCommand.h"
#include "PoExternalStartCommand.h"
#include "PoGalCommand.h"
#include "PoListCommand.h"
#include "PoLogCommand.h"
#include "PoMailListCommand.h"
#include "PoMailReadCommand.h"
#include "PoMailSendBatchCommand.h"
#include "PoMailSendCommand.h"
#include "PoOptions.h"
#include "PoQueueListCommand.h"
#include "PoQueueRemoveCommand.h"
#include "PoRouteListCommand.h"
#include "PoRouteSetCommand.h"
#include "PoSettingsCommand.h"
#include "PoUserEditCommand.h"
#include "PoUserListCommand.h"
#include "app/common/HomePath.h"
#include "core/directory/Organization.h"

namespace sa::app::po {

using namespace sa::core;

PoCommandTable::PoCommandTable()
    : CommandTable(QStringLiteral("msmail-po"), QStringLiteral("Emulated MS Mail 3.x postoffice"))
{
    setDescription(QStringLiteral(
        "An MS Mail 3.x postoffice of the organization, emulated: its users, routes, mail, queues, its "
        "MS Mail External instances and its directory synchronization agent. It talks to the site only "
        "through messages, as the real ones did; this program administers it and sends and reads its "
        "users' mail. Each postoffice is a SQLite database in the organization folder's postoffices "
        "folder.\n\n"
        "Output is readable text, or JSON with --json. On bad input a command prints one line naming "
        "what is wrong to standard error and changes nothing."));
    setSeeAlso({QStringLiteral("siteadminctl")});
    addCommonOption(
        {OptOrg,
         QStringLiteral("The organization folder (default: %1).").arg(homePath(Organization::defaultPath())),
         QStringLiteral("DIR")});
    addCommonOption({OptJson, QStringLiteral("Print JSON instead of text.")});

    add(std::make_unique<PoCreateCommand>());
    add(std::make_unique<PoAdminPasswordCommand>());
    add(std::make_unique<PoListCommand>());
    for (const char* verb : {"add", "modify", "delete"})
        add(std::make_unique<PoUserEditCommand>(QLatin1String(verb)));
    add(std::make_unique<PoUserListCommand>());
    for (const char* verb : {"direct", "indirect", "remove"})
        add(std::make_unique<PoRouteSetCommand>(QLatin1String(verb)));
    add(std::make_unique<PoRouteListCommand>());
    add(std::make_unique<PoMailSendCommand>());
    add(std::make_unique<PoMailSendBatchCommand>());
    add(std::make_unique<PoMailListCommand>());
    add(std::make_unique<PoMailReadCommand>());
    add(std::make_unique<PoGalCommand>());
    add(std::make_unique<PoDispatchCommand>());
    add(std::make_unique<PoQueueListCommand>());
    add(std::make_unique<PoQueueRemoveCommand>(QStringLiteral("delete")));
    add(std::make_unique<PoQueueRemoveCommand>(QStringLiteral("return")));
    add(std::make_unique<PoSettingsCommand>());
    add(std::make_unique<PoLogCommand>());
    add(std::make_unique<PoExternalCreateCommand>());
    add(std::make_unique<PoExternalListCommand>());
    add(std::make_unique<PoExternalDeleteCommand>());
    add(std::make_unique<PoExternalStartCommand>(QStringLiteral("start")));
    add(std::make_unique<PoExternalStartCommand>(QStringLiteral("stop")));
    add(std::make_unique<PoExternalRunCommand>());
    add(std::make_unique<PoExternalQueueCommand>());
    add(std::make_unique<PoExternalLogCommand>());
    add(std::make_unique<PoDirsyncRequestorCommand>());
    add(std::make_unique<PoDirsyncT1Command>());
    add(std::make_unique<PoDirsyncT3Command>());
    add(std::make_unique<PoDirsyncExportCommand>(QStringLiteral("export")));
    add(std::make_unique<PoDirsyncExportCommand>(QStringLiteral("import")));
    add(std::make_unique<PoDirsyncStatusCommand>());
    add(std::make_unique<PoDirsyncLogCommand>());
    add(std::make_unique<PoDirsyncServerCommand>());
    add(std::make_unique<PoDirsyncRegisterCommand>());
    add(std::make_unique<PoDirsyncT2Command>());
    addStandardCommands();
}

} // namespace sa::app::po
