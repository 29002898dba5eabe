#include "ServeCommand.h"

#include "CtlOptions.h"
#include "app/common/StopSignals.h"
#include "core/host/ServiceHost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    // A line for each thing done: text, or under --json one object a line (JSON Lines) with the time,
    // what happened ("started", "working", "waiting", "done", "stopped") and its text, plus what
    // it carries (workHeld: the kinds of work held; work: the kind of work done; failed).
    const bool json = run.json();
    const auto line = [&out, json](const QString& event, const QString& text, QJsonObject fields = {}) {
        const QDateTime now = QDateTime::currentDateTime();
        if (json) {
            fields.insert(QStringLiteral("at"), now.toString(Qt::ISODateWithMs));
            fields.insert(QStringLiteral("event"), event);
            fields.insert(QStringLiteral("text"), text);
            out << QJsonDocument(fields).toJson(QJsonDocument::Compact) << Qt::endl;
        } else {
            out << now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "  " << text << Qt::endl;
        }
    };
    // The worker's reports, printed here in the main thread as they arrive.
    ServiceWorker* worker = host.worker();
    QObject::connect(
        worker, &ServiceWorker::started, worker,
        [line, dir](const QString& name) {
            line(QStringLiteral("started"),
                 QStringLiteral("Serving %1 from %2; SIGTERM or Ctrl+C stops between transactions")
                     .arg(name, dir),
                 {{QStringLiteral("organization"), name}, {QStringLiteral("folder"), dir}});
        },
        Qt::DirectConnection);
    QObject::connect(
        worker, &ServiceWorker::locksChanged, worker,
        [line](const QStringList& held, const QStringList& elsewhere) {
            if (!held.isEmpty())
                line(QStringLiteral("working"),
                     QStringLiteral("Doing the work of: %1").arg(held.join(QStringLiteral(", "))),
                     {{QStringLiteral("workHeld"), QJsonArray::fromStringList(held)}});
            for (const QString& e : elsewhere)
                line(QStringLiteral("waiting"), QStringLiteral("Not here (waiting) - %1").arg(e),
                     {{QStringLiteral("holder"), e}});
        },
        Qt::DirectConnection);
    QObject::connect(
        worker, &ServiceWorker::activity, worker,
        [line](const WorkerActivity& a) {
            line(QStringLiteral("done"),
                 (a.failed ? QStringLiteral("FAILED: ") : QString()) + a.text.english(),
                 {{QStringLiteral("work"), a.work}, {QStringLiteral("failed"), a.failed}});
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
    line(QStringLiteral("stopped"), QStringLiteral("Stopped."));
    return 0;
}

} // namespace sa::app::ctl
