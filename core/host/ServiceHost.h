#pragma once

#include "ServiceWorker.h"

#include <QObject>
#include <QThread>

namespace sa::core {

/// Gives a ServiceWorker its own thread, as the window and `siteadminctl serve` host it: start()
/// moves it there and starts it; stop() asks it to stop between transactions and ends the thread
/// once it has. Connect to worker()'s signals: they arrive queued in the caller's thread. The
/// caller never waits for the worker, except wait() at shutdown.
class ServiceHost : public QObject
{
    Q_OBJECT

public:
    explicit ServiceHost(const QString& orgDir, WorkerSettings settings = {}, QObject* parent = nullptr);
    /// Stops the worker and waits for its thread.
    ~ServiceHost() override;

    /// Connect before start(); after finished() it is gone.
    ServiceWorker* worker() const { return m_worker; }
    const WorkerSettings& settings() const { return m_settings; }
    bool isRunning() const { return m_thread.isRunning(); }

    void start();
    /// The worker stops at its next step; finished() follows when its thread has ended.
    void stop();
    /// Blocks until the thread ends or `ms` pass (shutdown and tests only).
    bool wait(int ms);
    void synchronizeNow();
    /// Directory Synchronization on `server` was paused: ServiceWorker::kickDirsync.
    void kickDirsync(const QString& server);
    /// Request Now on a replication connector of `site`: ServiceWorker::requestReplication.
    void requestReplication(const QString& site, const QString& remote);
    /// The Always interval from now on.
    /// The worker's settings from now on (Tools > Options > Services).
    void setSettings(const WorkerSettings& settings);
    /// The cycle in progress stops at its next step.
    void cancel();

Q_SIGNALS:
    void finished();

private:
    QThread m_thread;
    ServiceWorker* m_worker; ///< lives in m_thread; deleted when it ends
    bool m_started = false;  ///< a host starts its worker once
    WorkerSettings m_settings;
};

} // namespace sa::core
