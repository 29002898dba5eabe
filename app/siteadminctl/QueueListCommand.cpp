#include "QueueListCommand.h"

#include "CtlOptions.h"
#include "core/common/Clock.h"
#include "core/transport/ImsEvents.h"
#include "core/transport/ImsQueue.h"
#include "core/transport/InternetMailService.h"
#include "core/transport/PostfixQueue.h"
#include "core/transport/SiteTransport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sa::app::ctl {

using namespace sa::core;

QueueListCommand::QueueListCommand()
    : CtlCommand(QStringLiteral("queue list"),
                 QStringLiteral("What the sites' MTAs and Internet Mail Services hold, and why it waits"))
{
    setDetails(QStringLiteral(
        "One line per message: in the site MTA's queue (waiting or held, with why); at an Internet Mail "
        "Service (IMS: not yet taken by the MTA, for a site on another machine); in Postfix's own queue "
        "(POSTFIX: taken, not delivered yet, with Postfix's reason; read with postqueue -j of the IMS's "
        "MTA-Configuration); and refused on arrival in the last 24 hours (REFUSED: a site not connected, a "
        "bad signature - from the event log). --json gives each with its \"queue\": mta, ims, postfix or "
        "refused."));
    addOption({OptServer, QStringLiteral("Only the queue of this server's site."), QStringLiteral("SERVER")});
}

int QueueListCommand::execute(CtlRun& run)
{
    auto chosen = run.sitesOfServerOption();
    if (!chosen)
        return run.fail(chosen.error().message());
    QJsonArray array;
    QStringList lines;
    // One waiting message, in JSON and as a line: `queue` mta (the site MTA's) or ims (the Internet
    // Mail Service's, for a site on another machine, not yet taken by its MTA); `state` says which.
    const auto add = [&](const QString& site, const QString& queue, qint64 seq, const Message& m,
                         int attempts, const QString& state, const QString& reason, const QString& toSite) {
        QJsonObject o{{QStringLiteral("site"), site},
                      {QStringLiteral("queue"), queue},
                      {QStringLiteral("id"), seq},
                      {QStringLiteral("messageId"), m.id},
                      {QStringLiteral("from"), m.from},
                      {QStringLiteral("to"), m.to},
                      {QStringLiteral("subject"), m.subject},
                      {QStringLiteral("size"), m.size()},
                      {QStringLiteral("submitted"), m.submitted.toString(Qt::ISODate)},
                      {QStringLiteral("attempts"), attempts},
                      {QStringLiteral("state"), state},
                      {QStringLiteral("reason"), reason}};
        if (!toSite.isEmpty())
            o.insert(QStringLiteral("toSite"), toSite);
        array.append(o);
        lines << QStringLiteral("%1  %2%3  %4  %5  %6  %7 bytes  %8 attempt(s)  %9")
                     .arg(site, -8)
                     .arg(queue == QLatin1String("ims") ? QStringLiteral("IMS ") : QString())
                     .arg(seq, 5)
                     .arg(m.from, -28)
                     .arg(m.to, -28)
                     .arg(m.subject)
                     .arg(m.size())
                     .arg(attempts)
                     .arg((toSite.isEmpty() ? state : QStringLiteral("for site %1").arg(toSite)) +
                          (reason.isEmpty() ? QString() : QStringLiteral(": ") + reason));
    };
    for (const SiteInfo& site : chosen.value()) {
        auto store = DirectoryStore::open(site.path);
        if (!store)
            return run.fail(store.error().message());
        auto queued = MtaQueue(*store.value()).all();
        if (!queued)
            return run.fail(queued.error().message());
        for (const QueuedMessage& q : queued.value())
            add(site.name, QStringLiteral("mta"), q.seq, q.message, q.attempts,
                q.state == QLatin1String("held") ? QStringLiteral("held") : QStringLiteral("waiting"),
                q.reason, {});
        auto internet = ImsQueue(*store.value()).all();
        if (!internet)
            return run.fail(internet.error().message());
        for (const ImsQueued& q : internet.value())
            add(site.name, QStringLiteral("ims"), q.seq, q.message, q.attempts,
                q.site.isEmpty() ? QStringLiteral("at the Internet Mail Service, for the Internet")
                                 : QStringLiteral("at the Internet Mail Service"),
                q.reason, q.site);
        // Refused on arrival in the last day: never queued, so said from the event log.
        auto refused = ImsDiagnostics::refusedSince(*store.value(), Clock::nowUtc().addDays(-1));
        for (const EventRecord& e : refused ? refused.value() : QList<EventRecord>()) {
            array.append(QJsonObject{{QStringLiteral("site"), site.name},
                                     {QStringLiteral("queue"), QStringLiteral("refused")},
                                     {QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                                     {QStringLiteral("event"), e.eventId},
                                     {QStringLiteral("reason"), e.text}});
            lines << QStringLiteral("%1  REFUSED  %2  event %3: %4")
                         .arg(site.name, -8)
                         .arg(e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                         .arg(e.eventId)
                         .arg(e.text);
        }
        // Handed to Postfix by the site's Internet Mail Services, not delivered yet.
        auto services = InternetMailService(*store.value()).services();
        for (const DirectoryObject& ims : services ? services.value() : QList<DirectoryObject>()) {
            auto all = PostfixQueue(InternetMailService::mtaConfiguration(ims)).read();
            if (!all) {
                array.append(QJsonObject{{QStringLiteral("site"), site.name},
                                         {QStringLiteral("queue"), QStringLiteral("postfix")},
                                         {QStringLiteral("error"), all.error().message()}});
                lines << QStringLiteral("%1  POSTFIX  %2").arg(site.name, -8).arg(all.error().message());
                continue;
            }
            for (const PostfixQueued& q :
                 PostfixQueue::sentBy(all.value(), InternetMailService::envelopeSender(ims))) {
                array.append(QJsonObject{{QStringLiteral("site"), site.name},
                                         {QStringLiteral("queue"), QStringLiteral("postfix")},
                                         {QStringLiteral("queueId"), q.queueId},
                                         {QStringLiteral("postfixQueue"), q.queueName},
                                         {QStringLiteral("from"), q.sender},
                                         {QStringLiteral("to"), q.recipients.join(QLatin1Char(','))},
                                         {QStringLiteral("size"), q.size},
                                         {QStringLiteral("submitted"), q.arrival.toString(Qt::ISODate)},
                                         {QStringLiteral("reason"), q.reason}});
                lines << QStringLiteral("%1  POSTFIX %2  %3  %4 bytes  %5%6")
                             .arg(site.name, -8)
                             .arg(q.queueId)
                             .arg(q.recipients.join(QLatin1Char(',')))
                             .arg(q.size)
                             .arg(q.queueName)
                             .arg(q.reason.isEmpty() ? QString() : QStringLiteral(": ") + q.reason);
            }
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
