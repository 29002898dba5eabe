#include "PoQueueRemoveCommand.h"

#include "core/msmail/PostofficeQueue.h"

#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoQueueRemoveCommand::PoQueueRemoveCommand(const QString& verb)
    : PoCommand(QStringLiteral("queue ") + verb,
                verb == QLatin1String("return")
                    ? QStringLiteral("Return a queued message to its sender with a report")
                    : QStringLiteral("Delete a queued message")),
      m_verb(verb)
{
    addPostofficeArgument();
    addArgument({QStringLiteral("ID"), QStringLiteral("The message's number (queue list shows it).")});
}

int PoQueueRemoveCommand::execute(PoRun& run)
{
    bool ok = false;
    const qint64 id = run.arg(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return run.usage(QStringLiteral("\"%1\" is not the number of a queued message").arg(run.arg(1)));
    auto po = run.postoffice(run.arg(0));
    if (!po)
        return run.fail(po.error().message());
    const bool back = m_verb == QLatin1String("return");
    if (Status s = PostofficeQueue(*po.value())
                       .removeQueued(id, back, QStringLiteral("the postoffice's administrator returned it"));
        !s)
        return run.fail(s.error().message());
    run.print(QJsonObject{{QStringLiteral("postoffice"), po.value()->name()},
                          {QStringLiteral("id"), id},
                          {QStringLiteral("done"), m_verb}},
              QStringLiteral("%1: message %2 %3")
                  .arg(po.value()->name())
                  .arg(id)
                  .arg(back ? QStringLiteral("returned to its sender") : QStringLiteral("deleted")));
    return 0;
}

} // namespace sa::app::po
