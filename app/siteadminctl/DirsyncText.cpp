#include "DirsyncText.h"

#include "CtlRun.h"

#include <QJsonArray>

namespace sa::app::ctl {

using namespace sa::core;

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

int printPartnerStatus(CtlRun& run, const QList<DirsyncPartnerStatus>& status)
{
    QJsonArray json;
    QString text =
        QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
            .arg(QStringLiteral("Requestor").leftJustified(16),
                 QStringLiteral("Postoffice").leftJustified(21), QStringLiteral("ReqSync").rightJustified(7),
                 QStringLiteral("SrvSync").rightJustified(7), QStringLiteral("SrvConf").rightJustified(7),
                 QStringLiteral("ImpSync").rightJustified(7), QStringLiteral("Pending").rightJustified(7),
                 QStringLiteral("Last received").leftJustified(19),
                 QStringLiteral("Last sent").leftJustified(19), QStringLiteral("Last result"));
    for (const DirsyncPartnerStatus& s : status) {
        json.append(QJsonObject{
            {QStringLiteral("name"), s.name},
            {QStringLiteral("postoffice"), s.postoffice},
            {QStringLiteral("address"), s.address},
            {QStringLiteral("reqSync"), s.reqSeq},
            {QStringLiteral("srvSync"), s.svrSeq},
            {QStringLiteral("srvConfirmed"), s.confSeq},
            {QStringLiteral("impSync"), s.impSeq},
            {QStringLiteral("pending"), s.pending},
            {QStringLiteral("lastReceived"), s.lastReceived.toString(Qt::ISODate)},
            {QStringLiteral("lastSent"), s.lastSent.toString(Qt::ISODate)},
            {QStringLiteral("lastResult"), s.lastStatus},
            {QStringLiteral("missed"), s.missed},
            {QStringLiteral("late"), s.late()},
            {QStringLiteral("lateReason"), core::englishOf(s.lateReason).join(QStringLiteral("; "))},
            {QStringLiteral("setAside"), QJsonArray::fromStringList(s.setAside)},
            {QStringLiteral("unreadable"), s.unreadable.english()}});
        text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                    .arg(s.name.leftJustified(16), s.postoffice.leftJustified(21))
                    .arg(s.reqSeq, 7)
                    .arg(s.svrSeq, 7)
                    .arg(s.confSeq, 7)
                    .arg(s.impSeq, 7)
                    .arg(s.pending, 7)
                    .arg(timeText(s.lastReceived).leftJustified(19), timeText(s.lastSent).leftJustified(19),
                         s.lastStatus.isEmpty() ? QStringLiteral("-") : s.lastStatus);
        if (s.late())
            text += QStringLiteral("%1 late: nothing from it reached the last %2 runs of T2%3\n")
                        .arg(QString(16, QLatin1Char(' ')))
                        .arg(s.missed)
                        .arg(s.lateReason.isEmpty()
                                 ? QString()
                                 : QStringLiteral("; ") +
                                       core::englishOf(s.lateReason).join(QStringLiteral("; ")));
        for (const QString& entry : s.setAside)
            text += QStringLiteral("%1 set aside: %2\n").arg(QString(16, QLatin1Char(' ')), entry);
        if (!s.unreadable.isEmpty()) {
            text += QStringLiteral("%1 %2\n").arg(QString(16, QLatin1Char(' ')), s.unreadable.english());
            run.noteUnreadable(s.unreadable.english()); // said once more at the end, and the command exits 1
        }
    }
    if (run.json())
        run.printJson(json);
    else
        run.out() << text;
    return 0;
}

} // namespace sa::app::ctl
