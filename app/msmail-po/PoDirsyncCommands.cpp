// msmail-po dirsync ...: the postoffice's dirsync agent (NSDA) run by hand.
#include "PoCommands.h"
#include "PoOptions.h"
#include "core/host/DirsyncCycle.h"
#include "core/msmail/PostofficeDirsync.h"
#include "core/msmail/PostofficeDirsyncServer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sa::app {

using namespace sa::core;
using namespace sa::app::po;

int PoCommands::dirsync()
{
    const QString verb = m_args.value(1);
    static const QStringList verbs{QStringLiteral("requestor"), QStringLiteral("t1"),
                                   QStringLiteral("t3"),        QStringLiteral("export"),
                                   QStringLiteral("import"),    QStringLiteral("status"),
                                   QStringLiteral("log"),       QStringLiteral("server"),
                                   QStringLiteral("register"),  QStringLiteral("t2")};
    if (!verbs.contains(verb))
        return usage(verb.isEmpty()
                         ? QStringLiteral("dirsync needs one of: %1").arg(verbs.join(QStringLiteral(", ")))
                         : QStringLiteral("unknown dirsync command \"%1\" (one of: %2)")
                               .arg(verb, verbs.join(QStringLiteral(", "))));
    const bool twoNames = verb == QLatin1String("register");
    if (!needArguments(twoNames ? 4 : 3,
                       twoNames ? QStringLiteral("dirsync register NET/PO REQUESTOR-NET/PO --password PW")
                                : QStringLiteral("dirsync %1 NET/PO").arg(verb)))
        return 2;
    auto po = PostofficeStore::open(orgDir(), m_args.at(2));
    if (!po)
        return fail(po.error().message());
    PostofficeDirsync agent(*po.value());
    PostofficeDirsyncServer server(*po.value());

    if (verb == QLatin1String("server")) {
        if (Status s = server.makeServer(); !s)
            return fail(s.error().message());
        print(QJsonObject{{QStringLiteral("server"), po.value()->name()}},
              QStringLiteral("%1 is the dirsync server of its network").arg(po.value()->name()));
        return 0;
    }
    if (verb == QLatin1String("register")) {
        if (Status s = server.registerRequestor(m_args.at(3), m_parser.value(OptDirsyncPassword)); !s)
            return fail(s.error().message());
        print(QJsonObject{{QStringLiteral("registered"), m_args.at(3).toUpper()}},
              QStringLiteral("%1 is a requestor of %2").arg(m_args.at(3).toUpper(), po.value()->name()));
        return 0;
    }
    if (verb == QLatin1String("t2")) {
        auto report = server.t2();
        if (!report)
            return fail(report.error().message());
        print(QJsonObject{{QStringLiteral("received"), report->received},
                          {QStringLiteral("rejected"), report->rejected},
                          {QStringLiteral("replies"), report->replies},
                          {QStringLiteral("transactions"), report->transactions}},
              QStringLiteral(
                  "%1 message(s) received, %2 set aside, %3 transaction(s) added to the master list, %4 "
                  "repl%5 sent")
                  .arg(report->received)
                  .arg(report->rejected)
                  .arg(report->transactions)
                  .arg(report->replies)
                  .arg(report->replies == 1 ? QStringLiteral("y") : QStringLiteral("ies")));
        return 0;
    }
    if (verb == QLatin1String("status") && po.value()->isDirsyncServer()) {
        auto list = server.requestors();
        if (!list)
            return fail(list.error().message());
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
                        .arg(timeText(r.lastUpdate));
        }
        print(json, text);
        return 0;
    }

    if (verb == QLatin1String("requestor")) {
        if (!m_parser.isSet(OptServer))
            return usage(QStringLiteral("dirsync requestor needs --server NET/PO (the dirsync server)"));
        if (Status s = DirsyncCycle::checkServerName(orgDir(), m_parser.value(OptServer)); !s)
            return fail(s.error().message());
        const QStringList types = m_parser.isSet(OptTypes)
                                      ? m_parser.value(OptTypes).split(QLatin1Char(','), Qt::SkipEmptyParts)
                                      : QStringList();
        if (Status s =
                agent.makeRequestor(m_parser.value(OptServer), m_parser.value(OptDirsyncPassword), types);
            !s)
            return fail(s.error().message());
        print(QJsonObject{{QStringLiteral("postoffice"), po.value()->name()},
                          {QStringLiteral("server"), m_parser.value(OptServer).toUpper()}},
              QStringLiteral("%1 is a dirsync requestor of %2")
                  .arg(po.value()->name(), m_parser.value(OptServer).toUpper()));
        return 0;
    }
    if (verb == QLatin1String("t1")) {
        auto subject = agent.t1();
        if (!subject)
            return fail(subject.error().message());
        print(QJsonObject{{QStringLiteral("sent"), subject.value()}}, subject.value());
        return 0;
    }
    if (verb == QLatin1String("t3")) {
        auto report = agent.t3();
        if (!report)
            return fail(report.error().message());
        print(QJsonObject{{QStringLiteral("messages"), report->messages},
                          {QStringLiteral("applied"), report->applied},
                          {QStringLiteral("rejected"), report->rejected}},
              QStringLiteral("%1 message(s), %2 transaction(s) applied, %3 set aside")
                  .arg(report->messages)
                  .arg(report->applied)
                  .arg(report->rejected));
        return 0;
    }
    if (verb == QLatin1String("export") || verb == QLatin1String("import")) {
        const bool isExport = verb == QLatin1String("export");
        if (Status s = isExport ? agent.exportAll() : agent.requestImport(); !s)
            return fail(s.error().message());
        print(QJsonObject{{QStringLiteral("queued"), verb}},
              isExport ? QStringLiteral("Every user of %1 goes to the server with the next T1")
                             .arg(po.value()->name())
                       : QStringLiteral("The next T1 of %1 asks for every list").arg(po.value()->name()));
        return 0;
    }
    if (verb == QLatin1String("status")) {
        auto s = agent.status();
        if (!s)
            return fail(s.error().message());
        print(QJsonObject{{QStringLiteral("server"), s->server},
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
                        .arg(timeText(s->lastT1), timeText(s->lastT3)));
        return 0;
    }
    const int newest = limit();
    if (newest < 0)
        return 2;
    auto lines = agent.log(newest);
    if (!lines)
        return fail(lines.error().message());
    QJsonArray json;
    QString text;
    for (const PoDirsyncLogLine& l : lines.value()) {
        json.append(QJsonObject{{QStringLiteral("at"), l.at.toString(Qt::ISODate)},
                                {QStringLiteral("task"), l.task},
                                {QStringLiteral("text"), l.text}});
        text += QStringLiteral("%1 %2 %3\n").arg(timeText(l.at), l.task.leftJustified(6), l.text);
    }
    print(json, text);
    return 0;
}

} // namespace sa::app
