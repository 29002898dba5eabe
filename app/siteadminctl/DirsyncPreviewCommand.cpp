#include "DirsyncPreviewCommand.h"

#include "DirsyncText.h"
#include "core/dirsync/DirsyncServerAdmin.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sa::app::ctl {

using namespace sa::core;

DirsyncPreviewCommand::DirsyncPreviewCommand()
    : DirsyncServerCommand(QStringLiteral("dirsync preview"),
                           QStringLiteral("What the next T2 would take from each requestor and send it"))
{
    setDetails(QStringLiteral("Nothing is changed: the messages waiting from each requestor are read and "
                              "the reply the server would send is made, then both are let go."));
}

int DirsyncPreviewCommand::executeOnServer(CtlRun& run, DirsyncServer&, DirectoryStore& store)
{
    auto preview = DirsyncServerAdmin(store).preview();
    if (!preview)
        return run.fail(preview.error().message());
    QJsonArray json;
    for (const DirsyncPreview& v : preview.value()) {
        QJsonArray lines;
        int counts[3] = {0, 0, 0};
        QString text;
        for (const DirsyncTransaction& t : v.outgoing) {
            const QString code(QChar::fromLatin1(char(t.code)));
            counts[0] += t.code == DirsyncTransaction::Code::Add ? 1 : 0;
            counts[1] += t.code == DirsyncTransaction::Code::Modify ? 1 : 0;
            counts[2] += t.code == DirsyncTransaction::Code::Delete ? 1 : 0;
            lines.append(QJsonObject{{QStringLiteral("code"), code},
                                     {QStringLiteral("name"), t.fullName},
                                     {QStringLiteral("address"), t.address},
                                     {QStringLiteral("newName"), t.newFullName},
                                     {QStringLiteral("newAddress"), t.newAddress}});
            text += QStringLiteral("    %1 %2 %3%4\n")
                        .arg(code, t.fullName.leftJustified(30), t.address,
                             t.code == DirsyncTransaction::Code::Modify
                                 ? QStringLiteral(" -> %1 %2").arg(t.newFullName, t.newAddress)
                                 : QString());
        }
        json.append(QJsonObject{{QStringLiteral("requestor"), v.requestor},
                                {QStringLiteral("status"), v.status},
                                {QStringLiteral("incomingAdds"), v.incomingAdds},
                                {QStringLiteral("incomingModifies"), v.incomingModifies},
                                {QStringLiteral("incomingDeletes"), v.incomingDeletes},
                                {QStringLiteral("incomingErrors"), v.incomingErrors},
                                {QStringLiteral("outgoing"), lines}});
        if (!run.json())
            run.out() << v.requestor << ": from it " << v.incomingAdds << " add(s), " << v.incomingModifies
                      << " modify(ies), " << v.incomingDeletes << " delete(s); to it (" << v.status << ") "
                      << counts[0] << " add(s), " << counts[1] << " modify(ies), " << counts[2]
                      << " delete(s)" << Qt::endl
                      << text;
    }
    if (run.json())
        run.printJson(json);
    return 0;
}

} // namespace sa::app::ctl
