#include "QueueListCommand.h"

#include "CtlOptions.h"
#include "core/transport/ImsQueue.h"
#include "core/transport/SiteTransport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sa::app::ctl {

using namespace sa::core;

QueueListCommand::QueueListCommand()
    : CtlCommand(QStringLiteral("queue list"),
                 QStringLiteral("What the sites' MTAs and Internet Mail Services hold, and why it waits"))
{
    addOption({OptServer, QStringLiteral("Only the queue of this server's site."), QStringLiteral("SERVER")});
}

int QueueListCommand::execute(CtlRun& run)
{
    auto chosen = run.sitesOfServerOption();
    if (!chosen)
        return run.fail(chosen.error().message());
    QJsonArray array;
    QStringList lines;
    for (const SiteInfo& site : chosen.value()) {
        auto store = DirectoryStore::open(site.path);
        if (!store)
            return run.fail(store.error().message());
        auto queued = MtaQueue(*store.value()).all();
        if (!queued)
            return run.fail(queued.error().message());
        for (const QueuedMessage& q : queued.value()) {
            const QString state =
                q.state == QLatin1String("held") ? QStringLiteral("held") : QStringLiteral("waiting");
            array.append(QJsonObject{{QStringLiteral("site"), site.name},
                                     {QStringLiteral("queue"), QStringLiteral("mta")},
                                     {QStringLiteral("id"), q.seq},
                                     {QStringLiteral("messageId"), q.message.id},
                                     {QStringLiteral("from"), q.message.from},
                                     {QStringLiteral("to"), q.message.to},
                                     {QStringLiteral("subject"), q.message.subject},
                                     {QStringLiteral("size"), q.message.size()},
                                     {QStringLiteral("submitted"), q.message.submitted.toString(Qt::ISODate)},
                                     {QStringLiteral("attempts"), q.attempts},
                                     {QStringLiteral("state"), state},
                                     {QStringLiteral("reason"), q.reason}});
            lines << QStringLiteral("%1  %2  %3  %4  %5  %6 bytes  %7 attempt(s)  %8%9")
                         .arg(site.name, -8)
                         .arg(q.seq, 5)
                         .arg(q.message.from, -28)
                         .arg(q.message.to, -28)
                         .arg(q.message.subject)
                         .arg(q.message.size())
                         .arg(q.attempts)
                         .arg(state, q.reason.isEmpty() ? QString() : QStringLiteral(": ") + q.reason);
        }
        // What the MTA gave the Internet Mail Service for a site on another machine, not yet taken by
        // its MTA (Postfix).
        auto internet = ImsQueue(*store.value()).all();
        if (!internet)
            return run.fail(internet.error().message());
        for (const ImsQueued& q : internet.value()) {
            array.append(
                QJsonObject{{QStringLiteral("site"), site.name},
                            {QStringLiteral("queue"), QStringLiteral("ims")},
                            {QStringLiteral("toSite"), q.site},
                            {QStringLiteral("id"), q.seq},
                            {QStringLiteral("messageId"), q.message.id},
                            {QStringLiteral("from"), q.message.from},
                            {QStringLiteral("to"), q.message.to},
                            {QStringLiteral("subject"), q.message.subject},
                            {QStringLiteral("size"), q.message.size()},
                            {QStringLiteral("submitted"), q.message.submitted.toString(Qt::ISODate)},
                            {QStringLiteral("attempts"), q.attempts},
                            {QStringLiteral("state"), QStringLiteral("at the Internet Mail Service")},
                            {QStringLiteral("reason"), q.reason}});
            lines << QStringLiteral("%1  IMS %2  %3  %4  %5  %6 bytes  %7 attempt(s)  for site %8%9")
                         .arg(site.name, -8)
                         .arg(q.seq, 5)
                         .arg(q.message.from, -28)
                         .arg(q.message.to, -28)
                         .arg(q.message.subject)
                         .arg(q.message.size())
                         .arg(q.attempts)
                         .arg(q.site, q.reason.isEmpty() ? QString() : QStringLiteral(": ") + q.reason);
        }
    }
    if (run.json())
        run.printJson(array);
    else
        run.out() << (lines.isEmpty() ? QStringLiteral("No messages are waiting.")
                                      : lines.join(QLatin1Char('\n')))
                  << Qt::endl;
    return 0;
}

} // namespace sa::app::ctl
