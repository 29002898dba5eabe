#include "Replicator.h"

#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/SiteBuilder.h"

#include <QSet>

namespace sa::core {

QString Replicator::watermarkKey(const QString& remoteSite)
{
    return QStringLiteral("replication:%1").arg(remoteSite.toUpper());
}

qint64 Replicator::watermark(const DirectoryStore& local, const QString& remoteSite)
{
    return local.meta(watermarkKey(remoteSite)).toLongLong();
}

Result<ReplicationBatch> Replicator::changesFor(DirectoryStore& master, qint64 since, int batchSize)
{
    ReplicationBatch batch;
    batch.organization = master.organizationName();
    batch.site = master.siteName();
    batch.since = since;
    batch.upTo = since;
    const Dn siteDn = SiteBuilder::siteDn(batch.organization, batch.site);
    // One more than asked, to know whether more follow.
    auto changed = master.ownChangesSince(siteDn, since, batchSize + 1);
    if (!changed)
        return changed.error();
    QList<DirectoryObject> objects = changed.value();
    if (objects.size() > batchSize) {
        batch.more = true;
        objects.resize(batchSize);
    }
    QSet<QString> emitted; // already in batch.objects, so before anything that comes after
    for (const DirectoryObject& o : objects) {
        // A parent changed after `since` (new, renamed, moved) may come after its child in USN order:
        // it goes first, and again in its own place, where it then changes nothing.
        QList<DirectoryObject> ancestors;
        for (Dn up = o.dn.parent(); !o.deleted && up.depth() > siteDn.depth(); up = up.parent()) {
            auto parent = master.object(up);
            if (!parent)
                return parent.error();
            if (parent->usnChanged <= since || emitted.contains(parent->guid))
                break;
            ancestors.prepend(parent.value());
        }
        for (const DirectoryObject& a : ancestors) {
            emitted.insert(a.guid);
            batch.objects.append(a);
        }
        emitted.insert(o.guid);
        batch.objects.append(o);
        batch.upTo = std::max(batch.upTo, o.usnChanged);
    }
    return batch;
}

Result<int> Replicator::apply(DirectoryStore& local, const ReplicationBatch& batch,
                              const std::function<Status(DirectoryWriter&)>& alsoInTransaction)
{
    if (batch.site.compare(local.siteName(), Qt::CaseInsensitive) == 0)
        return Error(ErrorCode::InvalidArgument, Phrase::tr("a site does not replicate with itself"));
    if (batch.organization.compare(local.organizationName(), Qt::CaseInsensitive) != 0)
        return Error(ErrorCode::InvalidArgument,
                     Phrase::tr("%1 belongs to another organization").arg(batch.site));
    const Dn siteDn = SiteBuilder::siteDn(local.organizationName(), batch.site);
    for (const DirectoryObject& o : batch.objects) {
        if (!o.dn.isWithin(siteDn))
            return Error(
                ErrorCode::NotAllowed,
                Phrase::tr("%1 is not an object of site %2, which sent it").arg(o.dn.toString(), batch.site));
    }
    CommitOptions options;
    options.replication = true;
    const Status written = local.write(
        [&](DirectoryWriter& w) -> Status {
            for (const DirectoryObject& o : batch.objects) {
                if (Status s = w.applyReplica(o, batch.site); !s)
                    return s;
            }
            if (batch.upTo > watermark(local, batch.site)) {
                if (Status s = w.setMeta(watermarkKey(batch.site), QString::number(batch.upTo)); !s)
                    return s;
            }
            return alsoInTransaction ? alsoInTransaction(w) : Status();
        },
        options);
    if (!written)
        return written.error();
    QSet<QString> distinct; // an ancestor sent ahead of its place counts once
    for (const DirectoryObject& o : batch.objects)
        distinct.insert(o.guid);
    return int(distinct.size());
}

Result<int> Replicator::pull(DirectoryStore& local, DirectoryStore& remote, int batchSize)
{
    int applied = 0;
    for (;;) {
        auto batch = changesFor(remote, watermark(local, remote.siteName()), batchSize);
        if (!batch)
            return batch.error();
        if (batch->objects.isEmpty())
            return applied;
        auto n = apply(local, batch.value());
        if (!n)
            return n.error();
        applied += n.value();
        if (!batch->more)
            return applied;
    }
}

} // namespace sa::core
