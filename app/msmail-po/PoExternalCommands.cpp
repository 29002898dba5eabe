// msmail-po external ...: MS Mail External instances, the carriers between postoffices, as an
// administrator sets them up and runs them by hand. siteadminctl run/serve and the window's worker
// run the started ones on their schedule.
#include "PoCommands.h"
#include "PoOptions.h"
#include "core/msmail/ExternalCarrier.h"
#include "core/msmail/ExternalStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sa::app {

using namespace sa::core;
using namespace sa::app::po;

int PoCommands::external()
{
    const QString verb = m_args.value(1);
    static const QStringList verbs{QStringLiteral("create"), QStringLiteral("list"), QStringLiteral("delete"),
                                   QStringLiteral("start"),  QStringLiteral("stop"), QStringLiteral("run"),
                                   QStringLiteral("log"),    QStringLiteral("queue")};
    if (!verbs.contains(verb))
        return usage(verb.isEmpty()
                         ? QStringLiteral("external needs one of: %1").arg(verbs.join(QStringLiteral(", ")))
                         : QStringLiteral("unknown external command \"%1\" (one of: %2)")
                               .arg(verb, verbs.join(QStringLiteral(", "))));
    const QString dir = orgDir();
    if (verb == QLatin1String("list")) {
        if (!needArguments(2, QStringLiteral("external list")))
            return 2;
        QJsonArray array;
        QStringList lines;
        for (const QString& name : ExternalStore::list(dir)) {
            auto e = ExternalStore::open(dir, name);
            if (!e)
                return fail(e.error().message());
            auto waiting = ExternalCarrier(dir).queueOf(name);
            if (!waiting)
                return fail(waiting.error().message());
            const ExternalStore& x = *e.value();
            array.append(
                QJsonObject{{QStringLiteral("name"), x.name()},
                            {QStringLiteral("postoffices"), QJsonArray::fromStringList(x.postoffices())},
                            {QStringLiteral("every"), x.interval()},
                            {QStringLiteral("started"), x.isStarted()},
                            {QStringLiteral("lastRun"), x.lastRun().toString(Qt::ISODate)},
                            {QStringLiteral("waiting"), int(waiting->size())}});
            lines << QStringLiteral("%1  %2  %3  %4  last run %5  %6 waiting")
                         .arg(x.name(), -10)
                         .arg(x.isStarted() ? QStringLiteral("started") : QStringLiteral("stopped"), -7)
                         .arg(x.interval() == 0 ? QStringLiteral("whenever the services work")
                                                : QStringLiteral("every %1 s").arg(x.interval()))
                         .arg(x.postoffices().join(QStringLiteral(", ")), timeText(x.lastRun()))
                         .arg(waiting->size());
        }
        print(array, lines.isEmpty() ? QStringLiteral("No External instances: mail between postoffices is "
                                                      "carried by the default External.")
                                     : lines.join(QLatin1Char('\n')));
        return 0;
    }
    if (!needArguments(3, QStringLiteral("external %1 NAME").arg(verb)))
        return 2;
    const QString name = m_args.at(2);
    if (verb == QLatin1String("create")) {
        QStringList served;
        for (const QString& v : m_parser.values(OptServe))
            served << v.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (served.isEmpty())
            return usage(
                QStringLiteral("external create needs --serve NET/PO for each postoffice it serves"));
        int every = 0;
        if (m_parser.isSet(OptEvery) && (every = seconds(OptEvery, true)) < 0)
            return 2;
        auto e = ExternalStore::create(dir, name, served, every);
        if (!e)
            return fail(e.error().message());
        print(QJsonObject{{QStringLiteral("name"), e.value()->name()},
                          {QStringLiteral("postoffices"),
                           QJsonArray::fromStringList(e.value()->postoffices())}},
              QStringLiteral("Created the External %1 serving %2")
                  .arg(e.value()->name(), e.value()->postoffices().join(QStringLiteral(", "))));
        return 0;
    }
    if (verb == QLatin1String("delete")) {
        if (Status s = ExternalStore::remove(dir, name); !s)
            return fail(s.error().message());
        print(QJsonObject{{QStringLiteral("name"), name.toUpper()}, {QStringLiteral("done"), verb}},
              QStringLiteral("Deleted the External %1").arg(name.toUpper()));
        return 0;
    }
    if (verb == QLatin1String("run")) {
        auto report = ExternalCarrier(dir).runInstance(name);
        if (!report)
            return fail(report.error().message());
        print(
            QJsonObject{{QStringLiteral("name"), name.toUpper()},
                        {QStringLiteral("carried"), report->carried}},
            QStringLiteral("The External %1 carried %2 message(s)").arg(name.toUpper()).arg(report->carried));
        return 0;
    }
    if (verb == QLatin1String("queue")) {
        auto waiting = ExternalCarrier(dir).queueOf(name);
        if (!waiting)
            return fail(waiting.error().message());
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
                         .arg(timeText(w.queuedAt), w.from, w.to, w.subject);
        }
        print(array,
              lines.isEmpty() ? QStringLiteral("No messages are waiting.") : lines.join(QLatin1Char('\n')));
        return 0;
    }
    auto e = ExternalStore::open(dir, name);
    if (!e)
        return fail(e.error().message());
    if (verb == QLatin1String("log")) {
        const int newest = limit();
        if (newest < 0)
            return 2;
        auto lines = e.value()->sessionLog(newest);
        if (!lines)
            return fail(lines.error().message());
        QJsonArray array;
        QStringList text;
        for (const ExternalLogLine& l : lines.value()) {
            array.append(QJsonObject{{QStringLiteral("at"), l.at.toString(Qt::ISODate)},
                                     {QStringLiteral("text"), l.text}});
            text << QStringLiteral("%1 %2").arg(timeText(l.at), l.text);
        }
        print(array, text.join(QLatin1Char('\n')));
        return 0;
    }
    const bool start = verb == QLatin1String("start");
    if (Status s = e.value()->setStarted(start); !s)
        return fail(s.error().message());
    print(QJsonObject{{QStringLiteral("name"), e.value()->name()}, {QStringLiteral("started"), start}},
          QStringLiteral("The External %1 is %2")
              .arg(e.value()->name(), start ? QStringLiteral("started") : QStringLiteral("stopped")));
    return 0;
}

} // namespace sa::app
