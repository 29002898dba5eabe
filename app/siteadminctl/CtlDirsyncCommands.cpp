// siteadminctl dirsync ... and events: directory synchronization and the event log.
#include "CtlCommands.h"
#include "CtlOptions.h"
#include "app/common/NumberOption.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/EventLog.h"
#include "core/directory/Organization.h"
#include "core/dirsync/DirsyncLog.h"
#include "core/dirsync/DirsyncRequestor.h"
#include "core/host/DirsyncCycle.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace sa::app {

using namespace sa::core;
using namespace ctl;

namespace {

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QStringLiteral("-");
}

QJsonObject t2Json(const T2Report& r)
{
    return {{QStringLiteral("received"), r.received}, {QStringLiteral("rejected"), r.rejected},
            {QStringLiteral("replies"), r.replies},   {QStringLiteral("adds"), r.adds},
            {QStringLiteral("modifies"), r.modifies}, {QStringLiteral("deletes"), r.deletes},
            {QStringLiteral("errors"), r.errors}};
}

QString t2Text(const T2Report& r)
{
    return QStringLiteral("T2: %1 message(s) received (%2 added, %3 changed, %4 deleted, %5 error(s)), %6 "
                          "message(s) set "
                          "aside, %7 repl%8 sent%9")
        .arg(r.received)
        .arg(r.adds)
        .arg(r.modifies)
        .arg(r.deletes)
        .arg(r.errors)
        .arg(r.rejected)
        .arg(r.replies)
        .arg(r.replies == 1 ? QStringLiteral("y") : QStringLiteral("ies"))
        .arg(r.setAside > 0 ? QStringLiteral(" (%1 entr%2 left out of them)")
                                  .arg(r.setAside)
                                  .arg(r.setAside == 1 ? QStringLiteral("y") : QStringLiteral("ies"))
                            : QString());
}

} // namespace

int CtlCommands::printStatus(const QList<DirsyncPartnerStatus>& status)
{
    QJsonArray json;
    QString text =
        QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
            .arg(QStringLiteral("Requestor").leftJustified(16),
                 QStringLiteral("Postoffice").leftJustified(21), QStringLiteral("Req").rightJustified(7),
                 QStringLiteral("Svr").rightJustified(7), QStringLiteral("Conf").rightJustified(7),
                 QStringLiteral("Imp").rightJustified(4), QStringLiteral("Pending").rightJustified(7),
                 QStringLiteral("Last received").leftJustified(19),
                 QStringLiteral("Last sent").leftJustified(19), QStringLiteral("Last result"));
    for (const DirsyncPartnerStatus& s : status) {
        json.append(QJsonObject{{QStringLiteral("name"), s.name},
                                {QStringLiteral("postoffice"), s.postoffice},
                                {QStringLiteral("address"), s.address},
                                {QStringLiteral("reqSeq"), s.reqSeq},
                                {QStringLiteral("svrSeq"), s.svrSeq},
                                {QStringLiteral("confSeq"), s.confSeq},
                                {QStringLiteral("impSeq"), s.impSeq},
                                {QStringLiteral("pending"), s.pending},
                                {QStringLiteral("lastReceived"), s.lastReceived.toString(Qt::ISODate)},
                                {QStringLiteral("lastSent"), s.lastSent.toString(Qt::ISODate)},
                                {QStringLiteral("lastResult"), s.lastStatus},
                                {QStringLiteral("missed"), s.missed},
                                {QStringLiteral("late"), s.late()},
                                {QStringLiteral("lateReason"), s.lateReason},
                                {QStringLiteral("setAside"), QJsonArray::fromStringList(s.setAside)},
                                {QStringLiteral("unreadable"), s.unreadable}});
        text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                    .arg(s.name.leftJustified(16), s.postoffice.leftJustified(21))
                    .arg(s.reqSeq, 7)
                    .arg(s.svrSeq, 7)
                    .arg(s.confSeq, 7)
                    .arg(s.impSeq, 4)
                    .arg(s.pending, 7)
                    .arg(timeText(s.lastReceived).leftJustified(19), timeText(s.lastSent).leftJustified(19),
                         s.lastStatus.isEmpty() ? QStringLiteral("-") : s.lastStatus);
        if (s.late())
            text += QStringLiteral("%1 late: nothing from it reached the last %2 runs of T2%3\n")
                        .arg(QString(16, QLatin1Char(' ')))
                        .arg(s.missed)
                        .arg(s.lateReason.isEmpty() ? QString() : QStringLiteral("; ") + s.lateReason);
        for (const QString& entry : s.setAside)
            text += QStringLiteral("%1 set aside: %2\n").arg(QString(16, QLatin1Char(' ')), entry);
        if (!s.unreadable.isEmpty()) {
            text += QStringLiteral("%1 %2\n").arg(QString(16, QLatin1Char(' ')), s.unreadable);
            m_unreadable << s.unreadable; // said once more at the end, and the command exits 1
        }
    }
    if (m_json)
        printJson(json);
    else
        m_out << text;
    return 0;
}

int CtlCommands::limit()
{
    const auto n = numberOption(m_parser, OptLimit, 1, 20);
    if (!n)
        usage(QStringLiteral("--limit needs a positive number, not \"%1\"").arg(m_parser.value(OptLimit)));
    return n.value_or(-1);
}

int CtlCommands::dirsync()
{
    const QStringList verbs{QStringLiteral("status"),  QStringLiteral("now"),
                            QStringLiteral("cycle"),   QStringLiteral("history"),
                            QStringLiteral("preview"), QStringLiteral("approve-deletes"),
                            QStringLiteral("reset")};
    const QString verb = m_args.value(0);
    if (!verbs.contains(verb))
        return usage(
            verb.isEmpty()
                ? QStringLiteral("dirsync needs one of: %1").arg(verbs.join(QStringLiteral(", ")))
                : QStringLiteral("dirsync takes %1, not \"%2\"").arg(verbs.join(QStringLiteral(", ")), verb));
    const bool named = verb == QLatin1String("approve-deletes") || verb == QLatin1String("reset");
    if (!checkOptions(verb == QLatin1String("history") ? QStringList{OptLimit}
                      : verb == QLatin1String("now")   ? QStringList{OptServer}
                                                       : QStringList{}) ||
        !checkArgumentCount(named ? 2 : 1, named ? 2 : 1))
        return 2;
    auto org = Organization::open(orgDir());
    if (!org)
        return fail(org.error().message());
    DirsyncCycle cycle(org.value());

    const bool asRequestor =
        !DirsyncCycle::serverSite(org.value()) && DirsyncCycle::requestorSite(org.value());
    if (verb == QLatin1String("now")) {
        if (m_parser.isSet(OptServer)) {
            // Only the server that runs the role can be kicked.
            auto path = asRequestor ? DirsyncCycle::requestorSite(org.value())
                                    : DirsyncCycle::serverSite(org.value());
            auto store = path ? DirectoryStore::open(path.value())
                              : Result<std::unique_ptr<DirectoryStore>>(path.error());
            if (!store)
                return fail(store.error().message());
            auto role = asRequestor ? DirsyncRequestor::requestorObject(*store.value())
                                    : DirsyncServer::serverObject(*store.value());
            const QString runs = role ? DirsyncServer::dxaServer(role.value()) : QString();
            if (runs.compare(m_parser.value(OptServer), Qt::CaseInsensitive) != 0)
                return fail(
                    QStringLiteral("%1 does not run the organization's directory synchronization (%2 does)")
                        .arg(m_parser.value(OptServer), runs));
        }
        // T2 (or T1) now is dirsync work alone; taken once the command is known to be right.
        if (Status s = DirsyncCycle::checkNow(org.value()); !s)
            return fail(s.error().message());
        if (Status s = holdWork({ServiceLock::Dirsync}); !s)
            return fail(s.error());
        int sent = 0;
        auto report = cycle.now(&sent);
        if (!report)
            return fail(report.error().message());
        if (asRequestor) {
            if (m_json)
                printJson(QJsonObject{{QStringLiteral("t1"), sent}});
            else
                m_out << "T1: an update with " << sent << " transaction(s) sent to the dirsync server"
                      << Qt::endl;
        } else if (m_json) {
            printJson(t2Json(report.value()));
        } else {
            m_out << t2Text(report.value()) << Qt::endl;
        }
        return 0;
    }
    if (verb == QLatin1String("cycle")) {
        // A whole cycle carries mail and replicates too.
        if (Status s = DirsyncCycle::checkRoles(org.value()); !s)
            return fail(s.error().message());
        if (Status s = holdWork({ServiceLock::Mail, ServiceLock::Replication, ServiceLock::Dirsync}); !s)
            return fail(s.error());
        auto report = cycle.run();
        if (!report)
            return fail(report.error().message());
        if (m_json) {
            printJson(
                QJsonObject{{QStringLiteral("requestors"), QJsonArray::fromStringList(report->requestors)},
                            {QStringLiteral("servers"), QJsonArray::fromStringList(report->servers)},
                            {QStringLiteral("site"), t2Json(report->site)},
                            {QStringLiteral("siteSent"), report->siteSent},
                            {QStringLiteral("t3Applied"), report->t3.applied},
                            {QStringLiteral("t3Rejected"), report->t3.rejected},
                            {QStringLiteral("setAside"), QJsonArray::fromStringList(report->setAside)},
                            {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)}});
        } else {
            m_out << "T1: "
                  << (report->requestors.isEmpty() ? QStringLiteral("no requestor")
                                                   : report->requestors.join(QStringLiteral(", ")))
                  << Qt::endl
                  << "T2 at " << report->servers.join(QStringLiteral(", ")) << Qt::endl;
            if (!asRequestor)
                m_out << t2Text(report->site) << Qt::endl;
            m_out << "T3: " << report->t3.messages << " message(s), " << report->t3.applied
                  << " transaction(s) applied at the postoffices, " << report->t3.rejected << " set aside";
            if (asRequestor)
                m_out << "; at the site " << report->site.received << " message(s): " << report->site.adds
                      << " added, " << report->site.modifies << " changed, " << report->site.deletes
                      << " deleted";
            m_out << Qt::endl;
        }
        if (report->clean())
            return 0;
        // The cycle went on; what it could not do is said once here, in full in dirsync status
        // and the event log.
        const QString first =
            report->problems.isEmpty() ? report->setAside.first() : report->problems.first();
        m_err << "The cycle went on, but " << report->setAside.size() << " entr"
              << (report->setAside.size() == 1 ? "y was" : "ies were") << " set aside and "
              << report->problems.size() << " step(s) failed (first: " << first
              << "); see siteadminctl dirsync status and the event log" << Qt::endl;
        return 1;
    }
    if (asRequestor && verb == QLatin1String("status")) {
        auto site = DirsyncCycle::requestorSite(org.value());
        auto store = DirectoryStore::open(site.value());
        if (!store)
            return fail(store.error().message());
        auto status = DirsyncCycle::partnerStatus(*store.value());
        if (!status)
            return fail(status.error().message());
        return printStatus(status.value());
    }
    auto site = DirsyncCycle::serverSite(org.value());
    if (!site)
        return fail(site.error().message());
    auto store = DirectoryStore::open(site.value());
    if (!store)
        return fail(store.error().message());
    DirsyncServer server(*store.value());
    if (verb == QLatin1String("approve-deletes")) {
        auto held = server.approveDeletes(m_args.at(1));
        if (!held)
            return fail(held.error().message());
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("requestor"), m_args.at(1)},
                                  {QStringLiteral("held"), held.value()}});
        else if (held.value() > 0)
            m_out << "Approved: the next reply to " << m_args.at(1) << " deletes the " << held.value()
                  << " entries held back" << Qt::endl;
        else
            m_out << "Approved: nothing is held back now; the next reply to " << m_args.at(1)
                  << " may delete past its threshold" << Qt::endl;
        return 0;
    }
    if (verb == QLatin1String("reset")) {
        if (Status s = server.reset(m_args.at(1)); !s)
            return fail(s.error().message());
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("reset"), m_args.at(1)}});
        else
            m_out << "The numbers of " << m_args.at(1)
                  << " are 0; its next message is taken whole and answered with a full export" << Qt::endl;
        return 0;
    }
    if (verb == QLatin1String("preview")) {
        auto preview = server.preview();
        if (!preview)
            return fail(preview.error().message());
        QJsonArray json;
        for (const DirsyncPreview& v : preview.value()) {
            QJsonArray lines;
            int counts[3] = {0, 0, 0};
            QString text;
            for (const DirsyncTransaction& t : v.outgoing) {
                const QString code(QChar::fromLatin1(char(t.code)));
                counts[0] += t.code == DirsyncTransaction::Code::Add ? 1 : 0;
                counts[1] += t.code == DirsyncTransaction::Code::Modify ? 1 : 0;
                counts[2] += t.code == DirsyncTransaction::Code::Delete ? 1 : 0;
                lines.append(QJsonObject{{QStringLiteral("code"), code},
                                         {QStringLiteral("name"), t.fullName},
                                         {QStringLiteral("address"), t.address},
                                         {QStringLiteral("newName"), t.newFullName},
                                         {QStringLiteral("newAddress"), t.newAddress}});
                text += QStringLiteral("    %1 %2 %3%4\n")
                            .arg(code, t.fullName.leftJustified(30), t.address,
                                 t.code == DirsyncTransaction::Code::Modify
                                     ? QStringLiteral(" -> %1 %2").arg(t.newFullName, t.newAddress)
                                     : QString());
            }
            json.append(QJsonObject{{QStringLiteral("requestor"), v.requestor},
                                    {QStringLiteral("status"), v.status},
                                    {QStringLiteral("incomingAdds"), v.incomingAdds},
                                    {QStringLiteral("incomingModifies"), v.incomingModifies},
                                    {QStringLiteral("incomingDeletes"), v.incomingDeletes},
                                    {QStringLiteral("incomingErrors"), v.incomingErrors},
                                    {QStringLiteral("outgoing"), lines}});
            if (!m_json)
                m_out << v.requestor << ": from it " << v.incomingAdds << " add(s), " << v.incomingModifies
                      << " modify(ies), " << v.incomingDeletes << " delete(s); to it (" << v.status << ") "
                      << counts[0] << " add(s), " << counts[1] << " modify(ies), " << counts[2]
                      << " delete(s)" << Qt::endl
                      << text;
        }
        if (m_json)
            printJson(json);
        return 0;
    }
    if (verb == QLatin1String("status")) {
        auto status = DirsyncCycle::partnerStatus(*store.value());
        if (!status)
            return fail(status.error().message());
        return printStatus(status.value());
    }
    const int n = limit();
    if (n < 0)
        return 2;
    auto runs = DirsyncLog::history(*store.value(), n);
    if (!runs)
        return fail(runs.error().message());
    QJsonArray json;
    for (const DirsyncRun& r : runs.value()) {
        json.append(QJsonObject{{QStringLiteral("started"), r.started.toString(Qt::ISODateWithMs)},
                                {QStringLiteral("finished"), r.finished.toString(Qt::ISODateWithMs)},
                                {QStringLiteral("requestor"), r.requestor},
                                {QStringLiteral("step"), r.step},
                                {QStringLiteral("status"), r.status},
                                {QStringLiteral("adds"), r.adds},
                                {QStringLiteral("modifies"), r.modifies},
                                {QStringLiteral("deletes"), r.deletes},
                                {QStringLiteral("errors"), r.errors},
                                {QStringLiteral("messagesIn"), r.messagesIn},
                                {QStringLiteral("messagesOut"), r.messagesOut},
                                {QStringLiteral("detail"), r.detail}});
        if (!m_json)
            m_out << timeText(r.started) << "  " << r.requestor.leftJustified(12) << ' '
                  << r.step.leftJustified(9) << ' ' << r.status.leftJustified(24) << " +" << r.adds << " ~"
                  << r.modifies << " -" << r.deletes << " !" << r.errors << "  " << r.detail << Qt::endl;
    }
    if (m_json)
        printJson(json);
    return 0;
}

int CtlCommands::events()
{
    if (!checkOptions({OptLimit}) || !checkArgumentCount(0, 0))
        return 2;
    const int n = limit();
    if (n < 0)
        return 2;
    auto org = Organization::open(orgDir());
    if (!org)
        return fail(org.error().message());
    auto sites = readableSites(org.value());
    if (!sites)
        return fail(sites.error().message());
    QList<std::pair<QString, EventRecord>> all;
    for (const SiteInfo& s : sites.value()) {
        auto store = DirectoryStore::open(s.path);
        if (!store)
            return fail(store.error().message());
        auto events = EventLog::recent(*store.value(), n);
        if (!events)
            return fail(events.error().message());
        for (const EventRecord& e : events.value())
            all.append({s.name, e});
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const auto& a, const auto& b) { return a.second.at > b.second.at; });
    all = all.mid(0, n);
    QJsonArray json;
    for (const auto& [site, e] : all) {
        json.append(QJsonObject{{QStringLiteral("site"), site},
                                {QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                                {QStringLiteral("source"), e.source},
                                {QStringLiteral("type"), e.level},
                                {QStringLiteral("category"), e.category},
                                {QStringLiteral("id"), e.eventId},
                                {QStringLiteral("text"), e.text}});
        if (!m_json)
            m_out << timeText(e.at) << "  " << site.leftJustified(10) << ' ' << e.level.leftJustified(11)
                  << ' ' << e.source << ' ' << e.eventId << "  " << e.text << Qt::endl;
    }
    if (m_json)
        printJson(json);
    return 0;
}

} // namespace sa::app
