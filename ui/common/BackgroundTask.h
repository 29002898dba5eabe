#pragma once

#include <QObject>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

namespace sa::ui {

/// Runs one long job (an import, an export) off the GUI thread, as the design asks: the job opens
/// its own database connection in its thread, reports progress and ends through queued signals,
/// and stops between transactions' steps when cancelled. The GUI never waits for it.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    using Progress = std::function<void(int done, int total)>;
    using Work = std::function<void(const Progress& progress, const std::atomic_bool& cancel)>;

    explicit BackgroundTask(Work work, QObject* parent = nullptr);
    ~BackgroundTask() override;

    void start();
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_thread && m_thread->isRunning(); }
    /// Blocks until the job ends (only for shutdown and tests).
    void wait();

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    Work m_work;
    std::atomic_bool m_cancel{false};
    std::unique_ptr<QThread> m_thread;
};

} // namespace sa::ui
