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

Result<ChangeBatch> ChangeWatcher::read(DirectoryStore& store, qint64 usn)
{
    const qint64 newest = store.highestUsn();
    if (newest - usn <= MaxListed)
        return store.changesSince(usn);
    ChangeBatch tooMany;
    tooMany.fromUsn = usn;
    tooMany.toUsn = newest;
    tooMany.complete = false;
    return tooMany;
}

void ChangeWatcher::poll()
{
    auto batch = read(m_store, m_watermark);
    if (!batch || batch->toUsn <= m_watermark)
        return;
    m_watermark = batch->toUsn;
    if (!batch->isEmpty() || !batch->complete)
        Q_EMIT changed(batch.value());
}

} // namespace sa::core

namespace sa::core {

std::optional<ChangeBatch> ChangeWatcher::forConsumer(DirectoryStore& store, const ChangeBatch& received,
                                                      qint64 watermark)
{
    if (received.toUsn <= watermark)
        return std::nullopt;
    if (received.fromUsn == watermark)
        return received;
    auto own = read(store, watermark);
    if (!own) {
        ChangeBatch incomplete;
        incomplete.fromUsn = watermark;
        incomplete.toUsn = received.toUsn;
        incomplete.complete = false; // the consumer reloads
        return incomplete;
    }
    return own.value();
}

} // namespace sa::core
