#include "PoDirsyncExportCommand.h"

#include "core/msmail/PostofficeDirsync.h"

#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoDirsyncExportCommand::PoDirsyncExportCommand(const QString& verb)
    : PoCommand(QStringLiteral("dirsync ") + verb,
                verb == QLatin1String("export") ? QStringLiteral("Send every user with the next T1")
                                                : QStringLiteral("Ask for every list with the next T1")),
      m_verb(verb)
{
    addPostofficeArgument();
}

int PoDirsyncExportCommand::execute(PoRun& run)
{
    auto po = run.postoffice(run.arg(0));
    if (!po)
        return run.fail(po.error().message());
    PostofficeDirsync agent(*po.value());
    const bool isExport = m_verb == QLatin1String("export");
    if (Status s = isExport ? agent.exportAll() : agent.requestImport(); !s)
        return run.fail(s.error().message());
    run.print(
        QJsonObject{{QStringLiteral("queued"), m_verb}},
        isExport
            ? QStringLiteral("Every user of %1 goes to the server with the next T1").arg(po.value()->name())
            : QStringLiteral("The next T1 of %1 asks for every list").arg(po.value()->name()));
    return 0;
}

} // namespace sa::app::po
