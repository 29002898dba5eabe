#pragma once

#include <QString>
#include <QtGlobal>

namespace sa::bench {

/// One figure of the bench: wall time, the process's CPU time (every thread; the machines are shared,
/// so CPU beside wall tells waiting from working) and the process's peak resident memory while it ran
/// (Linux's VmHWM, reset when the measure starts by writing 5 to /proc/self/clear_refs).
///
/// A baseline that must leave its input's preparation out runs as pause()/resume() around it.
class Measure
{
public:
    Measure(); ///< starts
    void pause();
    void resume();
    void stop();

    double wallMs() const;
    double cpuMs() const;
    /// The peak resident memory since the start, in MB (what was resident before counts too).
    double peakMb() const;
    /// "1234 ms (CPU 1100 ms, peak RSS 45 MB, +12 MB)": the peak, and how far it rose above what was
    /// resident when the measure started.
    QString text() const;

    /// Resident memory now, in kB.
    static qint64 residentKb();

private:
    static double cpuNowMs();
    static qint64 statusKb(const char* field);

    qint64 m_wallNs = 0;
    double m_cpuMs = 0;
    qint64 m_wallStart = 0;
    double m_cpuStart = 0;
    qint64 m_startKb = 0;
    qint64 m_peakKb = 0;
    bool m_running = false;
};

} // namespace sa::bench
