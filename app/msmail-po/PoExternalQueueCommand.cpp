#include "PoExternalQueueCommand.h"

#include "core/msmail/ExternalCarrier.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoExternalQueueCommand::PoExternalQueueCommand()
    : PoCommand(QStringLiteral("external queue"), QStringLiteral("What waits for it between its postoffices"))
{
    addArgument({QStringLiteral("NAME"), QStringLiteral("The External instance.")});
}

int PoExternalQueueCommand::execute(PoRun& run)
{
    const QString dir = run.orgDir();
    const QString name = run.arg(0);
    auto waiting = ExternalCarrier(dir).queueOf(name);
    if (!waiting)
        return run.fail(waiting.error().message());
    QJsonArray array;
    QStringList lines;
    for (const ExternalCarrier::Waiting& w : waiting.value()) {
        array.append(QJsonObject{{QStringLiteral("postoffice"), w.postoffice},
                                 {QStringLiteral("id"), w.seq},
                                 {QStringLiteral("nextHop"), w.nextHop},
                                 {QStringLiteral("messageId"), w.messageId},
                                 {QStringLiteral("from"), w.from},
                                 {QStringLiteral("to"), w.to},
                                 {QStringLiteral("subject"), w.subject},
                                 {QStringLiteral("queued"), w.queuedAt.toString(Qt::ISODate)},
                                 {QStringLiteral("reason"), w.reason}});
        lines << QStringLiteral("%1 -> %2  %3  %4  %5  %6  %7")
                     .arg(w.postoffice, w.nextHop)
                     .arg(w.seq)
                     .arg(run.timeText(w.queuedAt), w.from, w.to, w.subject);
    }
    run.print(array,
              lines.isEmpty() ? QStringLiteral("No messages are waiting.") : lines.join(QLatin1Char('\n')));
    return 0;
}

} // namespace sa::app::po
