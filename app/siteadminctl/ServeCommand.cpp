#include "ServeCommand.h"

#include "CtlOptions.h"
#include "app/common/StopSignals.h"
#include "core/host/ServiceHost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

namespace sa::app::ctl {

using namespace sa::core;

ServeCommand::ServeCommand()
    : CtlCommand(QStringLiteral("serve"),
                 QStringLiteral("Run the services in the background worker until SIGTERM or Ctrl+C"))
{
    setDetails(QStringLiteral(
        "What the window's background worker does, without a window: the started services' work as it "
        "comes, directory synchronization on its schedule, a line for each thing done. It stops between "
        "transactions."));
    addOption(
        {OptInterval,
         QStringLiteral("With the dirsync schedule at Always, a whole cycle every N seconds (default 900)."),
         QStringLiteral("N")});
    addOption({OptMaxSeconds, QStringLiteral("Stop after N seconds."), QStringLiteral("N")});
    addOption({OptKeepDays,
               QStringLiteral("Let events and dirsync runs older than N days go, once a day (default 90; 0 "
                              "keeps everything)."),
               QStringLiteral("N")});
}

int ServeCommand::execute(CtlRun& run)
{
    WorkerSettings settings;
    const auto interval =
        run.number(OptInterval, 1, settings.cycleSeconds, QStringLiteral("a number of seconds"));
    if (!interval)
        return 2;
    const auto maxSeconds = run.number(OptMaxSeconds, 1, 0, QStringLiteral("a number of seconds"));
    if (!maxSeconds)
        return 2;
    const auto keepDays =
        run.number(OptKeepDays, 0, settings.keepDays, QStringLiteral("a number of days (0: for ever)"));
    if (!keepDays)
        return 2;
    settings.cycleSeconds = *interval;
    settings.keepDays = *keepDays;
    auto org = run.organization();
    if (!org)
        return run.fail(org.error().message());

    const QString dir = run.orgDir();
    ServiceHost host(dir, settings);
    QTextStream& out = run.out();
    const auto line = [&out](const QString& text) {
        out << QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "  " << text
            << Qt::endl;
    };
    // The worker's reports, printed here in the main thread as they arrive.
    ServiceWorker* worker = host.worker();
    QObject::connect(
        worker, &ServiceWorker::started, worker,
        [line, dir](const QString& name) {
            line(QStringLiteral("Serving %1 from %2; SIGTERM or Ctrl+C stops between transactions")
                     .arg(name, dir));
        },
        Qt::DirectConnection);
    QObject::connect(
        worker, &ServiceWorker::locksChanged, worker,
        [line](const QStringList& held, const QStringList& elsewhere) {
            if (!held.isEmpty())
                line(QStringLiteral("Doing the work of: %1").arg(held.join(QStringLiteral(", "))));
            for (const QString& e : elsewhere)
                line(QStringLiteral("Not here (waiting) - %1").arg(e));
        },
        Qt::DirectConnection);
    QObject::connect(
        worker, &ServiceWorker::activity, worker,
        [line](const WorkerActivity& a) {
            line((a.failed ? QStringLiteral("FAILED: ") : QString()) + a.text);
        },
        Qt::DirectConnection);

    const StopSignals stopSignals;
    QTimer watch;
    QElapsedTimer clock;
    clock.start();
    const int stopAfter = *maxSeconds;
    QObject::connect(&watch, &QTimer::timeout, &host, [&] {
        if (StopSignals::asked() || (stopAfter > 0 && clock.elapsed() >= qint64(stopAfter) * 1000)) {
            watch.stop();
            host.stop();
        }
    });
    QObject::connect(&host, &ServiceHost::finished, QCoreApplication::instance(), &QCoreApplication::quit);
    watch.start(100);
    host.start();
    QCoreApplication::exec();
    line(QStringLiteral("Stopped."));
    return 0;
}

} // namespace sa::app::ctl
