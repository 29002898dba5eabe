// siteadminctl serve: the background worker without a window, until SIGTERM or SIGINT.
#include "CtlCommands.h"
#include "CtlOptions.h"
#include "app/common/StopSignals.h"
#include "core/directory/Organization.h"
#include "core/host/ServiceHost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

namespace sa::app {

using namespace sa::core;
using namespace ctl;

int CtlCommands::serve()
{
    if (!checkOptions({OptInterval, OptMaxSeconds, OptKeepDays}) || !checkArgumentCount(0, 0))
        return 2;
    WorkerSettings settings;
    int maxSeconds = 0;
    if (!readNumber(OptInterval, 1, QStringLiteral("a number of seconds"), &settings.cycleSeconds) ||
        !readNumber(OptMaxSeconds, 1, QStringLiteral("a number of seconds"), &maxSeconds) ||
        !readNumber(OptKeepDays, 0, QStringLiteral("a number of days (0: for ever)"), &settings.keepDays))
        return 2;
    auto org = Organization::open(orgDir());
    if (!org)
        return fail(org.error().message());

    ServiceHost host(orgDir(), settings);
    const auto line = [this](const QString& text) {
        m_out << QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "  " << text
              << Qt::endl;
    };
    // The worker's reports, printed here in the main thread as they arrive.
    ServiceWorker* worker = host.worker();
    QObject::connect(
        worker, &ServiceWorker::started, worker,
        [line, this](const QString& name) {
            line(QStringLiteral("Serving %1 from %2; SIGTERM or Ctrl+C stops between transactions")
                     .arg(name, orgDir()));
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
    QObject::connect(&watch, &QTimer::timeout, &host, [&] {
        if (StopSignals::asked() || (maxSeconds > 0 && clock.elapsed() >= qint64(maxSeconds) * 1000)) {
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

} // namespace sa::app
