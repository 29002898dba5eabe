#include "DirsyncCycleCommand.h"

#include "DirsyncText.h"
#include "core/host/DirsyncCycle.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sa::app::ctl {

using namespace sa::core;

DirsyncCycleCommand::DirsyncCycleCommand()
    : CtlCommand(QStringLiteral("dirsync cycle"),
                 QStringLiteral("A whole cycle: T1 at the requestors, T2 at the server, T3 back"))
{
    setDetails(QStringLiteral(
        "The mail between them is carried and the sites replicate, so that when it ends every postoffice "
        "and site holds what the others sent. It goes on past a requestor that fails, says so, and exits "
        "1; dirsync status and the event log say what happened."));
}

int DirsyncCycleCommand::execute(CtlRun& run)
{
    auto org = run.organization();
    if (!org)
        return run.fail(org.error().message());
    DirsyncCycle cycle(org.value());
    const bool asRequestor = DirsyncCycle::isRequestorOnly(org.value());
    // A whole cycle carries mail and replicates too.
    if (Status s = DirsyncCycle::checkRoles(org.value()); !s)
        return run.fail(s.error().message());
    if (Status s = run.holdWork({ServiceLock::Mail, ServiceLock::Replication, ServiceLock::Dirsync}); !s)
        return run.fail(s.error());
    auto report = cycle.run();
    if (!report)
        return run.fail(report.error().message());
    if (run.json()) {
        run.printJson(QJsonObject{
            {QStringLiteral("requestors"), QJsonArray::fromStringList(report->requestors)},
            {QStringLiteral("servers"), QJsonArray::fromStringList(report->servers)},
            {QStringLiteral("atSite"), t2Json(report->site)},
            {QStringLiteral("siteSent"), report->siteSent},
            {QStringLiteral("t3Applied"), report->t3.applied},
            {QStringLiteral("t3Rejected"), report->t3.rejected},
            {QStringLiteral("setAside"), QJsonArray::fromStringList(report->setAside)},
            {QStringLiteral("problems"), QJsonArray::fromStringList(core::englishOf(report->problems))}});
    } else {
        run.out() << "T1: "
                  << (report->requestors.isEmpty() ? QStringLiteral("no requestor")
                                                   : report->requestors.join(QStringLiteral(", ")))
                  << Qt::endl
                  << "T2 at " << report->servers.join(QStringLiteral(", ")) << Qt::endl;
        if (!asRequestor)
            run.out() << t2Text(report->site) << Qt::endl;
        run.out() << "T3: " << report->t3.messages << " message(s), " << report->t3.applied
                  << " transaction(s) applied at the postoffices, " << report->t3.rejected << " set aside";
        if (asRequestor)
            run.out() << "; at the site " << report->site.received << " message(s): " << report->site.adds
                      << " added, " << report->site.modifies << " changed, " << report->site.deletes
                      << " deleted";
        run.out() << Qt::endl;
    }
    if (report->clean())
        return 0;
    // The cycle went on; what it could not do is said once here, in full in dirsync status
    // and the event log.
    const QString first =
        report->problems.isEmpty() ? report->setAside.first() : report->problems.first().english();
    return run.fail(
        QStringLiteral("the cycle went on, but %1 entr%2 set aside and %3 step(s) failed "
                       "(first: %4); see siteadminctl dirsync status and the event log")
            .arg(report->setAside.size())
            .arg(report->setAside.size() == 1 ? QStringLiteral("y was") : QStringLiteral("ies were"))
            .arg(report->problems.size())
            .arg(first));
}

} // namespace sa::app::ctl
