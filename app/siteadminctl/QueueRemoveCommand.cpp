#include "QueueRemoveCommand.h"

#include "CtlOptions.h"
#include "core/transport/ImsQueue.h"
#include "core/transport/SiteTransport.h"

#include <QJsonObject>

namespace sa::app::ctl {

using namespace sa::core;

QueueRemoveCommand::QueueRemoveCommand(const QString& verb)
    : CtlCommand(QStringLiteral("queue ") + verb,
                 verb == QLatin1String("return")
                     ? QStringLiteral("Return a queued message to its sender with a non-delivery report")
                     : QStringLiteral("Delete a queued message")),
      m_verb(verb)
{
    addArgument({QStringLiteral("ID"), QStringLiteral("The number of the message (queue list shows it).")});
    addOption({OptServer,
               QStringLiteral("The server whose site holds it (needed when there are several sites)."),
               QStringLiteral("SERVER")});
    addOption({OptIms, QStringLiteral(
                           "It waits at the Internet Mail Service (queue list shows it as IMS), not in the "
                           "site MTA's queue.")});
}

int QueueRemoveCommand::execute(CtlRun& run)
{
    bool ok = false;
    const qint64 id = run.arg(0).toLongLong(&ok);
    if (!ok || id <= 0)
        return run.usage(QStringLiteral("\"%1\" is not the number of a queued message").arg(run.arg(0)));
    auto chosen = run.sitesOfServerOption();
    if (!chosen)
        return run.fail(chosen.error().message());
    if (chosen->size() > 1)
        return run.usage(QStringLiteral("queue %1 needs --server (each of the %2 sites has its own queue)")
                             .arg(m_verb)
                             .arg(chosen->size()));
    const SiteInfo& site = chosen->first();
    auto store = DirectoryStore::open(site.path);
    if (!store)
        return run.fail(store.error().message());
    const bool report = m_verb == QLatin1String("return");
    const bool ims = run.isSet(OptIms);
    const Status s = ims ? ImsQueue(*store.value()).remove(id, report)
                         : SiteTransport(*store.value(), run.orgDir()).removeQueued(id, report);
    if (!s)
        return run.fail(
            s.error().code() == ErrorCode::NotFound
                ? QStringLiteral("site %1 has no message %2 in its %3")
                      .arg(site.name)
                      .arg(id)
                      .arg(ims ? QStringLiteral("Internet Mail Service's queue") : QStringLiteral("queue"))
                : s.error().message());
    if (run.json())
        run.printJson(QJsonObject{{QStringLiteral("site"), site.name},
                                  {QStringLiteral("id"), id},
                                  {QStringLiteral("done"), m_verb}});
    else
        run.out() << (m_verb == QLatin1String("return") ? "Returned message " : "Deleted message ") << id
                  << " of site " << site.name << Qt::endl;
    return 0;
}

} // namespace sa::app::ctl
