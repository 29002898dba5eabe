#include "BackgroundTask.h"

#include <QPointer>

namespace sa::ui {

BackgroundTask::BackgroundTask(Work work, QObject* parent) : QObject(parent), m_work(std::move(work))
{
}

BackgroundTask::~BackgroundTask()
{
    // Closing a window while its job runs: stop the job, then let it finish its transaction.
    m_cancel = true;
    wait();
}

void BackgroundTask::start()
{
    m_cancel = false;
    QPointer<BackgroundTask> self(this);
    m_thread.reset(QThread::create([this, self] {
        m_work(
            [self](int done, int total) {
                QMetaObject::invokeMethod(
                    self,
                    [self, done, total] {
                        if (self)
                            Q_EMIT self->progress(done, total);
                    },
                    Qt::QueuedConnection);
            },
            m_cancel);
    }));
    connect(m_thread.get(), &QThread::finished, this, &BackgroundTask::finished, Qt::QueuedConnection);
    m_thread->start();
}

void BackgroundTask::wait()
{
    if (m_thread)
        m_thread->wait();
}

} // namespace sa::ui
