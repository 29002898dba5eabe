// msmail-po queue, settings and log: what waits at a postoffice and why, taking one message out,
// how long mail may wait before it is returned, and the system log of what was returned.
#include "PoCommands.h"
#include "PoOptions.h"
#include "app/common/NumberOption.h"
#include "core/msmail/PostofficeStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sa::app {

using namespace sa::core;
using namespace sa::app::po;

int PoCommands::limit()
{
    const auto n = numberOption(m_parser, OptLimit, 1, 50);
    if (!n)
        usage(QStringLiteral("--limit needs a positive number, not \"%1\"").arg(m_parser.value(OptLimit)));
    return n.value_or(-1);
}

int PoCommands::seconds(const QString& option, bool zero)
{
    const auto n = numberOption(m_parser, option, zero ? 0 : 1, 0);
    if (!n)
        usage(QStringLiteral("--%1 takes a whole number of seconds%2, not \"%3\"")
                  .arg(option, zero ? QString() : QStringLiteral(" above 0"), m_parser.value(option)));
    return n.value_or(-1);
}

int PoCommands::queue()
{
    const QString verb = m_args.value(1);
    if (verb == QLatin1String("list")) {
        if (!needArguments(3, QStringLiteral("queue list NET/PO")))
            return 2;
        auto po = PostofficeStore::open(orgDir(), m_args.at(2));
        if (!po)
            return fail(po.error().message());
        auto queued = po.value()->queued();
        if (!queued)
            return fail(queued.error().message());
        QJsonArray array;
        QStringList lines;
        for (const PostofficeStore::Queued& q : queued.value()) {
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
            QString line =
                QStringLiteral("%1  %2  %3  %4  %5  %6")
                    .arg(q.seq, 5)
                    .arg(q.direction == QLatin1String("out") ? QStringLiteral("out to ") + q.nextHop
                                                             : QStringLiteral("in"),
                         -24)
                    .arg(timeText(q.queuedAt), q.message.from, q.message.to, q.message.subject);
            if (!q.reason.isEmpty())
                line += QStringLiteral("\n       waiting: ") + q.reason;
            lines << line;
        }
        print(array,
              lines.isEmpty() ? QStringLiteral("No messages are waiting.") : lines.join(QLatin1Char('\n')));
        return 0;
    }
    if (verb != QLatin1String("delete") && verb != QLatin1String("return"))
        return usage(QStringLiteral("queue takes list, delete or return"));
    if (!needArguments(4, QStringLiteral("queue %1 NET/PO ID").arg(verb)))
        return 2;
    bool ok = false;
    const qint64 id = m_args.at(3).toLongLong(&ok);
    if (!ok || id <= 0)
        return usage(QStringLiteral("\"%1\" is not the number of a queued message").arg(m_args.at(3)));
    auto po = PostofficeStore::open(orgDir(), m_args.at(2));
    if (!po)
        return fail(po.error().message());
    const bool back = verb == QLatin1String("return");
    if (Status s =
            po.value()->removeQueued(id, back, QStringLiteral("the postoffice's administrator returned it"));
        !s)
        return fail(s.error().message());
    print(QJsonObject{{QStringLiteral("postoffice"), po.value()->name()},
                      {QStringLiteral("id"), id},
                      {QStringLiteral("done"), verb}},
          QStringLiteral("%1: message %2 %3")
              .arg(po.value()->name())
              .arg(id)
              .arg(back ? QStringLiteral("returned to its sender") : QStringLiteral("deleted")));
    return 0;
}

int PoCommands::settings()
{
    if (!needArguments(2, QStringLiteral("settings NET/PO")))
        return 2;
    int undeliverable = 0;
    if (m_parser.isSet(OptUndeliverable) && (undeliverable = seconds(OptUndeliverable, false)) < 0)
        return 2;
    auto po = PostofficeStore::open(orgDir(), m_args.at(1));
    if (!po)
        return fail(po.error().message());
    if (undeliverable > 0) {
        if (Status s = po.value()->setUndeliverableAfter(undeliverable); !s)
            return fail(s.error().message());
    }
    print(QJsonObject{{QStringLiteral("postoffice"), po.value()->name()},
                      {QStringLiteral("undeliverableAfter"), po.value()->undeliverableAfter()}},
          QStringLiteral("%1: outbound mail is returned after %2 second(s) waiting for its next hop")
              .arg(po.value()->name())
              .arg(po.value()->undeliverableAfter()));
    return 0;
}

int PoCommands::systemLog()
{
    if (!needArguments(2, QStringLiteral("log NET/PO")))
        return 2;
    const int newest = limit();
    if (newest < 0)
        return 2;
    auto po = PostofficeStore::open(orgDir(), m_args.at(1));
    if (!po)
        return fail(po.error().message());
    auto lines = po.value()->systemLog(newest);
    if (!lines)
        return fail(lines.error().message());
    QJsonArray array;
    QStringList text;
    for (const PoLogLine& l : lines.value()) {
        array.append(QJsonObject{{QStringLiteral("at"), l.at.toString(Qt::ISODate)},
                                 {QStringLiteral("source"), l.source},
                                 {QStringLiteral("text"), l.text}});
        text << QStringLiteral("%1 %2 %3").arg(timeText(l.at), l.source.leftJustified(13), l.text);
    }
    print(array, text.join(QLatin1Char('\n')));
    return 0;
}

} // namespace sa::app
