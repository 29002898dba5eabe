#pragma once

#include "ReplicationBatch.h"
#include "core/common/Error.h"

#include <QString>
#include <functional>

namespace sa::core {

class DirectoryStore;
class DirectoryWriter;

/// Directory replication between two sites (a Directory Replication Connector's work): a site takes
/// the objects the other site masters (its own, not its replicas of others, so nothing loops back)
/// whose USN-Changed is above the high-watermark it keeps for that site, tombstones included, and
/// writes them as read-only replicas together with the new watermark in one transaction. Applying
/// a batch twice changes nothing. Over a LAN (one folder) pull() reads the other database; between
/// machines the master answers a request by mail with changesFor() and the requester apply()s it.
class Replicator
{
public:
    static constexpr int BatchSize = 500;

    /// Pulls until `remote` has nothing newer; returns how many objects were written.
    static Result<int> pull(DirectoryStore& local, DirectoryStore& remote, int batchSize = BatchSize);
    /// Up to `batchSize` changes of `master`'s own objects after `since`, with their ancestors that
    /// changed after `since` too.
    static Result<ReplicationBatch> changesFor(DirectoryStore& master, qint64 since,
                                               int batchSize = BatchSize);
    /// Writes `batch` into `local` as replicas and moves the watermark for its site to its upTo (never
    /// back), with `alsoInTransaction` (what else the same change must do: the mail it came in leaves)
    /// in one transaction. Refuses a batch of this site, of another organization, or with an object
    /// outside the batch's site. Returns how many objects it carried (each once).
    static Result<int> apply(DirectoryStore& local, const ReplicationBatch& batch,
                             const std::function<Status(DirectoryWriter&)>& alsoInTransaction = {});
    /// The highest USN of `remoteSite` this site has applied.
    static qint64 watermark(const DirectoryStore& local, const QString& remoteSite);
    static QString watermarkKey(const QString& remoteSite);
};

} // namespace sa::core
