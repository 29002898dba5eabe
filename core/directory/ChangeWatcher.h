#pragma once

#include "ChangeBatch.h"
#include "core/common/Error.h"

#include <QObject>
#include <QTimer>
#include <optional>

namespace sa::core {

class DirectoryStore;

/// Tells the views of one site what changed, object by object, whoever changed it: commits through
/// the same store are reported at once (queued, so several commits in one go make one batch);
/// commits by other connections (the worker, siteadminctl) are found by polling PRAGMA data_version.
/// Reads the change feed above its watermark USN and moves the watermark. More than MaxListed
/// changes at once (a worker's big commit: a first dirsync cycle, an import) are not read object by
/// object on the caller's (the window's) thread: the batch says only that it is incomplete, and each
/// view reads again what it shows (a page of a list, the few containers of a tree).
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    /// USNs above which a batch is not listed (the views' row-by-row work stops paying before it).
    static constexpr qint64 MaxListed = 1000;

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
    /// The changes after `usn`, or, past MaxListed of them, an incomplete batch up to the newest.
    static Result<ChangeBatch> read(DirectoryStore& store, qint64 usn);

    DirectoryStore& m_store;
    QTimer m_timer;
    qint64 m_watermark = 0;
    qint64 m_dataVersion = -1;
    bool m_pollQueued = false;
};

} // namespace sa::core
