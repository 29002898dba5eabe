#pragma once

#include "core/common/Error.h"

#include <QString>

namespace sa::core {

class DirectoryStore;

/// Directory replication between two sites (a Directory Replication Connector's work): a site pulls
/// the objects the other site masters (its own, not its replicas of others, so nothing loops back)
/// whose USN-Changed is above the high-watermark it keeps for that site, tombstones included, and
/// writes them as read-only replicas together with the new watermark in one transaction. Applying
/// a batch twice changes nothing.
class Replicator
{
public:
    static constexpr int BatchSize = 500;

    /// Pulls until `remote` has nothing newer; returns how many objects were written.
    static Result<int> pull(DirectoryStore& local, DirectoryStore& remote, int batchSize = BatchSize);
    /// The highest USN of `remoteSite` this site has applied.
    static qint64 watermark(const DirectoryStore& local, const QString& remoteSite);
    static QString watermarkKey(const QString& remoteSite);
};

} // namespace sa::core
