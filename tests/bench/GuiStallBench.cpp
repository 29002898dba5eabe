// Item 9: the GUI event loop while the window's background worker runs a large dirsync cycle.
#include "BenchSupport.h"
#include "core/directory/Dn.h"
#include "core/host/ServiceHost.h"
#include "tests/support/DirsyncNetwork.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ServerWindow.h"
#include "ui/mainwindow/ServiceCommands.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace sa::bench {

namespace {

struct Turns
{
    qint64 longest = 0;
    double p99 = 0;
    int samples = 0;
    /// The share of the wall time spent in turns longer than 50 ms (a person notices those): one
    /// long stall weighs what it lasted, not one sample among thousands of 5 ms ticks.
    double slowShare = 0;
};

/// The gaps between the turns of a 5 ms timer while `loop` runs: how long the event loop was away.
Turns measure(QEventLoop& loop)
{
    std::vector<qint64> gaps;
    QElapsedTimer since;
    since.start();
    QTimer beat;
    QObject::connect(&beat, &QTimer::timeout, [&] { gaps.push_back(since.restart()); });
    beat.start(5);
    loop.exec();
    beat.stop();
    Turns t;
    t.samples = int(gaps.size());
    if (gaps.empty())
        return t;
    qint64 wall = 0;
    qint64 slow = 0;
    for (qint64 g : gaps) {
        wall += g;
        if (g > 50)
            slow += g;
    }
    t.slowShare = wall > 0 ? 100.0 * double(slow) / double(wall) : 0;
    std::sort(gaps.begin(), gaps.end());
    t.longest = gaps.back();
    t.p99 = double(gaps[std::min(gaps.size() - 1, size_t(double(gaps.size()) * 0.99))]);
    return t;
}

} // namespace

int guiStallBench(const QString& dir, int users)
{
    auto org = test::DirsyncNetwork::build(dir + QStringLiteral("/gui-stall"), 1, users);
    if (!org) {
        std::fprintf(stderr, "the organization failed: %s\n", qPrintable(org.error().message()));
        return 1;
    }
    ui::MainWindow window(org.value());
    window.resize(1100, 720);
    window.show();
    ui::ServerWindow* server = window.openServer(QStringLiteral("X1"));
    const auto msmail = core::Dn::parse(QStringLiteral("/o=BENCH/ou=SITE/cn=MSMail Recipients"));
    QElapsedTimer wait;
    wait.start();
    while (server && !server->selectContainer(msmail.value()) && wait.elapsed() < 5000)
        QApplication::processEvents();

    // The baseline: the same window idle for two seconds.
    QEventLoop idle;
    QTimer::singleShot(2000, &idle, &QEventLoop::quit);
    const Turns quiet = measure(idle);

    // The worker's cycle, started at once; measured until it is done.
    window.services()->start(core::WorkerSettings{50, 3600});
    QEventLoop busy;
    bool ok = false;
    QString summary;
    QObject::connect(window.services()->host()->worker(), &core::ServiceWorker::cycleFinished, &busy,
                     [&](bool done, const core::Phrase& text) {
                         ok = done;
                         summary = text.english();
                         busy.quit();
                     });
    QElapsedTimer cycle;
    cycle.start();
    const Turns during = measure(busy);
    const double seconds = double(cycle.elapsed()) / 1000.0;
    if (!ok) {
        std::fprintf(stderr, "the cycle failed: %s\n", qPrintable(summary));
        return 1;
    }
    std::printf(
        "9. GUI event loop while the worker carries a %d-entry cycle (%.1f s, %d turns of a 5 ms timer): "
        "longest turn %lld ms (target <= 100 ms), p99 %.0f ms, %.2f %% of the time in turns over 50 ms "
        "(target <= 1 %%); the same window idle: longest %lld ms, p99 %.0f ms, %.2f %% (ratio of the p99s "
        "%.1f)\n",
        users, seconds, during.samples, during.longest, during.p99, during.slowShare, quiet.longest,
        quiet.p99, quiet.slowShare, quiet.p99 > 0 ? during.p99 / quiet.p99 : 0.0);
    std::fflush(stdout);
    return 0;
}

} // namespace sa::bench
