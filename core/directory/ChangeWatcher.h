#pragma once

#include "ChangeBatch.h"

#include <QObject>
#include <QTimer>
#include <optional>

namespace sa::core {

class DirectoryStore;

/// Tells the views of one site what changed, object by object, whoever changed it: commits through
/// the same store are reported at once (queued, so several commits in one go make one batch);
/// commits by other connections (the worker, siteadminctl) are found by polling PRAGMA data_version.
/// Reads the change feed above its watermark USN and moves the watermark.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ChangeWatcher(DirectoryStore& store, int pollIntervalMs = 250, QObject* parent = nullptr);

    qint64 watermark() const { return m_watermark; }

    /// The changes a consumer at `watermark` has not seen: `received` itself when it starts there,
    /// otherwise read again from the store (a view loaded after the watcher's last batch, or one
    /// that missed a batch). Nothing when the consumer is already past it.
    static std::optional<ChangeBatch> forConsumer(DirectoryStore& store, const ChangeBatch& received,
                                                  qint64 watermark);
    /// Looks for changes now (tests and Window > Refresh).
    void poll();

Q_SIGNALS:
    void changed(const sa::core::ChangeBatch& batch);

private:
    void schedulePoll();

    DirectoryStore& m_store;
    QTimer m_timer;
    qint64 m_watermark = 0;
    qint64 m_dataVersion = -1;
    bool m_pollQueued = false;
};

} // namespace sa::core
