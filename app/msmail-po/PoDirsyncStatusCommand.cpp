#include "PoDirsyncStatusCommand.h"

#include "core/msmail/PostofficeDirsync.h"
#include "core/msmail/PostofficeDirsyncServer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoDirsyncStatusCommand::PoDirsyncStatusCommand()
    : PoCommand(QStringLiteral("dirsync status"), QStringLiteral("Sync numbers and last cycle"))
{
    setDetails(QStringLiteral("For a requestor: its server, address types, ReqSync (and how much of it the "
                              "server confirmed), SrvSync, ImpSync and its last T1 and T3. For a dirsync "
                              "server: each registered requestor's numbers and last update."));
    addPostofficeArgument();
}

int PoDirsyncStatusCommand::execute(PoRun& run)
{
    auto po = run.postoffice(run.arg(0));
    if (!po)
        return run.fail(po.error().message());
    if (po.value()->isDirsyncServer()) {
        PostofficeDirsyncServer server(*po.value());
        auto list = server.requestors();
        if (!list)
            return run.fail(list.error().message());
        QJsonArray json;
        QString text = QStringLiteral("%1 is the dirsync server of its network\n").arg(po.value()->name());
        for (const PoRequestorConfig& r : list.value()) {
            json.append(QJsonObject{{QStringLiteral("requestor"), r.requestor},
                                    {QStringLiteral("reqSync"), r.reqSync},
                                    {QStringLiteral("srvSync"), r.confSync},
                                    {QStringLiteral("impSync"), r.impSync},
                                    {QStringLiteral("lastUpdate"), r.lastUpdate.toString(Qt::ISODate)}});
            text += QStringLiteral("  %1 ReqSync %2, SrvSync %3, ImpSync %4, last update %5\n")
                        .arg(r.requestor.leftJustified(21))
                        .arg(r.reqSync)
                        .arg(r.confSync)
                        .arg(r.impSync)
                        .arg(run.timeText(r.lastUpdate));
        }
        run.print(json, text);
        return 0;
    }
    PostofficeDirsync agent(*po.value());
    auto s = agent.status();
    if (!s)
        return run.fail(s.error().message());
    run.print(QJsonObject{{QStringLiteral("dirsyncServer"), s->server},
                          {QStringLiteral("types"), QJsonArray::fromStringList(s->types)},
                          {QStringLiteral("reqSync"), s->reqSync},
                          {QStringLiteral("reqConfirmed"), s->reqConfirmed},
                          {QStringLiteral("srvSync"), s->srvSync},
                          {QStringLiteral("impSync"), s->impSync},
                          {QStringLiteral("pending"), s->pending},
                          {QStringLiteral("lastT1"), s->lastT1.toString(Qt::ISODate)},
                          {QStringLiteral("lastT3"), s->lastT3.toString(Qt::ISODate)}},
              s->server.isEmpty()
                  ? QStringLiteral("%1 is not a dirsync requestor").arg(po.value()->name())
                  : QStringLiteral("Server:    %1\nTypes:     %2\nReqSync:   %3 (confirmed %4, %5 waiting)\n"
                                   "SrvSync:   %6\nImpSync:   %7\nLast T1:   %8\nLast T3:   %9")
                        .arg(s->server, s->types.join(QLatin1Char(',')))
                        .arg(s->reqSync)
                        .arg(s->reqConfirmed)
                        .arg(s->pending)
                        .arg(s->srvSync)
                        .arg(s->impSync)
                        .arg(run.timeText(s->lastT1), run.timeText(s->lastT3)));
    return 0;
}

} // namespace sa::app::po
