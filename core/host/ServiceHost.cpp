#include "ServiceHost.h"

namespace sa::core {

ServiceHost::ServiceHost(const QString& orgDir, WorkerSettings settings, QObject* parent)
    : QObject(parent), m_worker(new ServiceWorker(orgDir, settings)), m_settings(settings)
{
    m_thread.setObjectName(QStringLiteral("ServiceWorker"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // The worker's stopped() ends its thread: no more events will reach it. Direct (quit() is
    // thread-safe), so that a caller blocked in wait() is not needed to deliver it.
    connect(m_worker, &ServiceWorker::stopped, &m_thread, &QThread::quit, Qt::DirectConnection);
    connect(&m_thread, &QThread::finished, this, &ServiceHost::finished);
}

ServiceHost::~ServiceHost()
{
    if (!m_started) {
        delete m_worker; // never started: still ours
        return;
    }
    stop();
    m_thread.wait(); // the worker is deleted as its thread ends
}

void ServiceHost::start()
{
    if (m_started)
        return;
    m_started = true;
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &ServiceWorker::start, Qt::QueuedConnection);
}

void ServiceHost::stop()
{
    if (!m_thread.isRunning())
        return;
    m_worker->requestStop();
    QMetaObject::invokeMethod(m_worker, &ServiceWorker::stop, Qt::QueuedConnection);
}

bool ServiceHost::wait(int ms)
{
    return m_thread.wait(QDeadlineTimer(ms));
}

void ServiceHost::synchronizeNow()
{
    QMetaObject::invokeMethod(m_worker, &ServiceWorker::synchronizeNow, Qt::QueuedConnection);
}

void ServiceHost::kickDirsync(const QString& server)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, server] { worker->kickDirsync(server); }, Qt::QueuedConnection);
}

void ServiceHost::requestReplication(const QString& site, const QString& remote)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, site, remote] { worker->requestReplication(site, remote); },
        Qt::QueuedConnection);
}

void ServiceHost::setSettings(const WorkerSettings& settings)
{
    m_settings = settings;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, settings] { worker->setSettings(settings); }, Qt::QueuedConnection);
}

void ServiceHost::cancel()
{
    m_worker->cancel();
}

} // namespace sa::core
