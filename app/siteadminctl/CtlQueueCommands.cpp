// siteadminctl queue: what the sites' Message Transfer Agents hold, as View > Queues shows it, and
// one message taken out (deleted, or returned to its sender with a non-delivery report).
#include "CtlCommands.h"
#include "CtlOptions.h"
#include "core/directory/Organization.h"
#include "core/transport/SiteTransport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sa::app {

using namespace sa::core;
using namespace ctl;

int CtlCommands::queue()
{
    if (!checkOptions({OptServer, OptUndeliverable}) || !checkArgumentCount(1, 2))
        return 2;
    const QString verb = m_args.first();
    const bool settings = verb == QLatin1String("settings");
    const bool list = verb == QLatin1String("list") || settings;
    if (!list && verb != QLatin1String("delete") && verb != QLatin1String("return"))
        return usage(QStringLiteral("queue takes list, delete, return or settings, not \"%1\"").arg(verb));
    if (list && m_args.size() != 1)
        return usage(QStringLiteral("queue %1: unexpected argument \"%2\"").arg(verb, m_args.at(1)));
    if (m_parser.isSet(OptUndeliverable) && !settings)
        return usage(QStringLiteral("queue %1 does not take --%2").arg(verb, OptUndeliverable));
    int undeliverable = 0;
    if (!readNumber(OptUndeliverable, 1, QStringLiteral("a whole number of seconds above 0"), &undeliverable))
        return 2;
    if (!list && m_args.size() != 2)
        return usage(
            QStringLiteral("queue %1 needs the number of a message (queue list shows them)").arg(verb));
    qint64 id = 0;
    if (!list) {
        bool ok = false;
        id = m_args.at(1).toLongLong(&ok);
        if (!ok || id <= 0)
            return usage(QStringLiteral("\"%1\" is not the number of a queued message").arg(m_args.at(1)));
    }
    auto org = Organization::open(orgDir());
    if (!org)
        return fail(org.error().message());
    auto sites = readableSites(org.value());
    if (!sites)
        return fail(sites.error().message());
    // The MTA queue is the site's: --server picks the site of that server.
    QList<SiteInfo> chosen;
    for (const SiteInfo& s : sites.value()) {
        bool hasServer = !m_parser.isSet(OptServer);
        for (const QString& server : s.servers)
            hasServer = hasServer || server.compare(m_parser.value(OptServer), Qt::CaseInsensitive) == 0;
        if (hasServer)
            chosen << s;
    }
    if (chosen.isEmpty())
        return fail((m_unreadable.isEmpty()
                         ? QStringLiteral("the organization has no server named %1")
                         : QStringLiteral("no server named %1 in the sites that can be opened"))
                        .arg(m_parser.value(OptServer)));
    if ((!list || undeliverable > 0) && chosen.size() > 1)
        return usage(QStringLiteral("queue %1 needs --server (each of the %2 sites has its own queue)")
                         .arg(verb)
                         .arg(chosen.size()));
    if (settings) {
        QJsonArray array;
        QStringList lines;
        for (const SiteInfo& site : chosen) {
            auto store = DirectoryStore::open(site.path);
            if (!store)
                return fail(store.error().message());
            SiteTransport mta(*store.value(), orgDir());
            if (undeliverable > 0) {
                if (Status s = mta.setUndeliverableAfter(undeliverable); !s)
                    return fail(s.error().message());
            }
            array.append(QJsonObject{{QStringLiteral("site"), site.name},
                                     {QStringLiteral("undeliverableAfter"), mta.undeliverableAfter()}});
            lines << QStringLiteral(
                         "Site %1: a message waiting for an unavailable next hop is returned after %2 "
                         "second(s)")
                         .arg(site.name)
                         .arg(mta.undeliverableAfter());
        }
        if (m_json)
            printJson(array);
        else
            m_out << lines.join(QLatin1Char('\n')) << Qt::endl;
        return 0;
    }
    if (!list) {
        auto store = DirectoryStore::open(chosen.first().path);
        if (!store)
            return fail(store.error().message());
        SiteTransport mta(*store.value(), orgDir());
        if (Status s = mta.removeQueued(id, verb == QLatin1String("return")); !s)
            return fail(s.error().code() == ErrorCode::NotFound
                            ? QStringLiteral("site %1 has no message %2 in its queue")
                                  .arg(chosen.first().name)
                                  .arg(id)
                            : s.error().message());
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("site"), chosen.first().name},
                                  {QStringLiteral("id"), id},
                                  {QStringLiteral("done"), verb}});
        else
            m_out << (verb == QLatin1String("return") ? "Returned message " : "Deleted message ") << id
                  << " of site " << chosen.first().name << Qt::endl;
        return 0;
    }
    QJsonArray array;
    QStringList lines;
    for (const SiteInfo& site : chosen) {
        auto store = DirectoryStore::open(site.path);
        if (!store)
            return fail(store.error().message());
        auto queued = SiteTransport(*store.value(), orgDir()).queue();
        if (!queued)
            return fail(queued.error().message());
        for (const QueuedMessage& q : queued.value()) {
            const QString state =
                q.state == QLatin1String("held") ? QStringLiteral("held") : QStringLiteral("waiting");
            array.append(QJsonObject{{QStringLiteral("site"), site.name},
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
    }
    if (m_json)
        printJson(array);
    else
        m_out << (lines.isEmpty() ? QStringLiteral("No messages are waiting.")
                                  : lines.join(QLatin1Char('\n')))
              << Qt::endl;
    return 0;
}

} // namespace sa::app
