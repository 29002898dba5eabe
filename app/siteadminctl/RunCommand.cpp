#include "RunCommand.h"

#include "CtlOptions.h"
#include "core/host/Runner.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sa::app::ctl {

using namespace sa::core;

RunCommand::RunCommand()
    : CtlCommand(QStringLiteral("run"),
                 QStringLiteral("Do the services' pending work once, or until none is left"))
{
    setDetails(QStringLiteral(
        "The work of the started services: postoffices deliver and forward, MS Mail External carries, "
        "connectors pick up, the MTAs move mail, directory replication and directory synchronization "
        "handle their messages. It takes the organization's work for its time, so it refuses while "
        "siteadminctl serve or the window's worker does it."));
    addOption({OptUntilIdle, QStringLiteral("Repeat until nothing is left to do.")});
    addOption({OptMaxSeconds, QStringLiteral("Repeat until nothing is left, for at most N seconds."),
               QStringLiteral("N")});
}

int RunCommand::execute(CtlRun& run)
{
    const auto maxSeconds = run.number(OptMaxSeconds, 1, 0, QStringLiteral("a number of seconds"));
    if (!maxSeconds)
        return 2;
    auto org = run.organization();
    if (!org)
        return run.fail(org.error().message());
    if (Status s = run.holdWork({ServiceLock::Mail, ServiceLock::Replication, ServiceLock::Dirsync}); !s)
        return run.fail(s.error());
    Runner runner(org.value());
    auto report =
        run.isSet(OptUntilIdle) || *maxSeconds > 0 ? runner.runUntilIdle(*maxSeconds) : runner.runOnce();
    if (!report)
        return run.fail(report.error().message());
    if (run.json())
        run.printJson(QJsonObject{
            {QStringLiteral("dispatched"), report->dispatched},
            {QStringLiteral("carried"), report->carried},
            {QStringLiteral("returned"), report->returned},
            {QStringLiteral("pickedUp"), report->pickedUp},
            {QStringLiteral("routed"), report->routed},
            {QStringLiteral("replicated"), report->replicated},
            {QStringLiteral("dirsync"), report->dirsync},
            {QStringLiteral("problems"), QJsonArray::fromStringList(core::englishOf(report->problems))}});
    else
        run.out() << "Postoffices delivered or forwarded " << report->dispatched << ", External carried "
                  << report->carried << ", returned as undeliverable " << report->returned
                  << ", connectors picked up " << report->pickedUp << ", MTAs moved " << report->routed
                  << ", replication did " << report->replicated
                  << " (objects written, requests and answers by mail), directory synchronization handled "
                  << report->dirsync << " message(s)" << Qt::endl;
    // The rest went on; what could not be worked on is named, and the exit code says so.
    for (const core::Phrase& p : report->problems)
        run.warn(p.english());
    return report->problems.isEmpty() ? 0 : 1;
}

} // namespace sa::app::ctl
