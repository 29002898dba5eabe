#include "PoQueueListCommand.h"

#include "core/msmail/PostofficeQueue.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoQueueListCommand::PoQueueListCommand()
    : PoCommand(QStringLiteral("queue list"),
                QStringLiteral("What waits: to deliver here (in), for the next hop (out)"))
{
    addPostofficeArgument();
}

int PoQueueListCommand::execute(PoRun& run)
{
    auto po = run.postoffice(run.arg(0));
    if (!po)
        return run.fail(po.error().message());
    auto queued = PostofficeQueue(*po.value()).queued();
    if (!queued)
        return run.fail(queued.error().message());
    QJsonArray array;
    QStringList lines;
    for (const PoQueued& q : queued.value()) {
        array.append(QJsonObject{{QStringLiteral("id"), q.seq},
                                 {QStringLiteral("direction"), q.direction},
                                 {QStringLiteral("nextHop"), q.nextHop},
                                 {QStringLiteral("messageId"), q.message.id},
                                 {QStringLiteral("from"), q.message.from},
                                 {QStringLiteral("to"), q.message.to},
                                 {QStringLiteral("subject"), q.message.subject},
                                 {QStringLiteral("size"), q.message.size()},
                                 {QStringLiteral("queued"), q.queuedAt.toString(Qt::ISODate)},
                                 {QStringLiteral("reason"), q.reason}});
        QString line = QStringLiteral("%1  %2  %3  %4  %5  %6")
                           .arg(q.seq, 5)
                           .arg(q.direction == QLatin1String("out") ? QStringLiteral("out to ") + q.nextHop
                                                                    : QStringLiteral("in"),
                                -24)
                           .arg(run.timeText(q.queuedAt), q.message.from, q.message.to, q.message.subject);
        if (!q.reason.isEmpty())
            line += QStringLiteral("\n       waiting: ") + q.reason;
        lines << line;
    }
    run.print(array,
              lines.isEmpty() ? QStringLiteral("No messages are waiting.") : lines.join(QLatin1Char('\n')));
    return 0;
}

} // namespace sa::app::po
