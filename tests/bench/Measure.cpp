#include "Measure.h"

#include <QFile>
#include <ctime>
#include <malloc.h>

namespace sa::bench {

namespace {

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

} // namespace

Measure::Measure()
{
    // What earlier figures freed goes back to the system first, so the peak is this figure's.
    malloc_trim(0);
    m_startKb = residentKb();
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
    resume();
}

void Measure::pause()
{
    if (!m_running)
        return;
    m_wallNs += monotonicNs() - m_wallStart;
    m_cpuMs += cpuNowMs() - m_cpuStart;
    m_running = false;
}

void Measure::resume()
{
    if (m_running)
        return;
    m_wallStart = monotonicNs();
    m_cpuStart = cpuNowMs();
    m_running = true;
}

void Measure::stop()
{
    pause();
    m_peakKb = statusKb("VmHWM:");
}

double Measure::wallMs() const
{
    return double(m_wallNs) / 1e6;
}

double Measure::cpuMs() const
{
    return m_cpuMs;
}

double Measure::peakMb() const
{
    return double(m_peakKb) / 1024.0;
}

QString Measure::text() const
{
    return QStringLiteral("%1 ms (CPU %2 ms, peak RSS %3 MB, +%4 MB)")
        .arg(wallMs(), 0, 'f', 0)
        .arg(cpuMs(), 0, 'f', 0)
        .arg(peakMb(), 0, 'f', 0)
        .arg(double(m_peakKb - m_startKb) / 1024.0, 0, 'f', 0);
}

qint64 Measure::residentKb()
{
    return statusKb("VmRSS:");
}

double Measure::cpuNowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

qint64 Measure::statusKb(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace sa::bench
