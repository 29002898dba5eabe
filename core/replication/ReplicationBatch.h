#pragma once

#include "core/common/Error.h"
#include "core/directory/DirectoryObject.h"

#include <QByteArray>
#include <QList>

namespace sa::core {

/// Changes a site made to its own objects, as directory replication carries them: the objects (with
/// tombstones) whose USN-Changed lies after `since`, up to `upTo`, in USN order; each preceded by the
/// ancestors the receiver may not have yet (changed after `since` too), so a child never arrives before
/// its parent. Applying a batch twice changes nothing. As JSON, it is the body of a replication reply
/// between sites on different machines.
struct ReplicationBatch
{
    QString organization;
    QString site;      ///< the site that masters every object of the batch
    qint64 since = 0;  ///< the receiver's watermark it answers
    qint64 upTo = 0;   ///< the highest USN it carries: the receiver's next watermark
    bool more = false; ///< the site has changes after upTo
    QList<DirectoryObject> objects;

    QByteArray toJson() const;
    /// Refuses what is not such a batch (one line); classes are looked up in the schema.
    static Result<ReplicationBatch> fromJson(const QByteArray& json);
};

} // namespace sa::core
