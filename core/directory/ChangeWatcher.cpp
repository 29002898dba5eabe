#include "ChangeWatcher.h"

#include "DirectoryStore.h"

namespace sa::core {

ChangeWatcher::ChangeWatcher(DirectoryStore& store, int pollIntervalMs, QObject* parent)
    : QObject(parent), m_store(store), m_watermark(store.highestUsn()), m_dataVersion(store.dataVersion())
{
    connect(&store, &DirectoryStore::committed, this, &ChangeWatcher::schedulePoll);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 version = m_store.dataVersion();
        if (version != m_dataVersion) {
            m_dataVersion = version;
            poll();
        }
    });
    m_timer.start(pollIntervalMs);
}

void ChangeWatcher::schedulePoll()
{
    if (m_pollQueued)
        return;
    m_pollQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pollQueued = false;
            poll();
        },
        Qt::QueuedConnection);
}

void ChangeWatcher::poll()
{
    auto batch = m_store.changesSince(m_watermark);
    if (!batch || batch->toUsn <= m_watermark)
        return;
    m_watermark = batch->toUsn;
    if (!batch->isEmpty() || !batch->complete)
        Q_EMIT changed(batch.value());
}

} // namespace sa::core
