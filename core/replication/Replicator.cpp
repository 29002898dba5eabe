#include "Replicator.h"

#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/SiteBuilder.h"

#include <functional>

namespace sa::core {

QString Replicator::watermarkKey(const QString& remoteSite)
{
    return QStringLiteral("replication:%1").arg(remoteSite.toUpper());
}

qint64 Replicator::watermark(const DirectoryStore& local, const QString& remoteSite)
{
    return local.meta(watermarkKey(remoteSite)).toLongLong();
}

Result<int> Replicator::pull(DirectoryStore& local, DirectoryStore& remote, int batchSize)
{
    const QString site = remote.siteName();
    if (site.compare(local.siteName(), Qt::CaseInsensitive) == 0)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a site does not replicate with itself"));
    if (remote.organizationName().compare(local.organizationName(), Qt::CaseInsensitive) != 0)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("%1 belongs to another organization").arg(site));
    const Dn siteDn = SiteBuilder::siteDn(remote.organizationName(), site);
    int applied = 0;
    for (;;) {
        const qint64 mark = watermark(local, site);
        auto batch = remote.ownChangesSince(siteDn, mark, batchSize);
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            return applied;
        CommitOptions options;
        options.replication = true;
        Status written = local.write(
            [&](DirectoryWriter& w) -> Status {
                // A child may come before its new parent (the parent changed later): bring the parent
                // first; applying it again later changes nothing.
                std::function<Status(const DirectoryObject&, int)> apply = [&](const DirectoryObject& o,
                                                                               int depth) -> Status {
                    if (!o.deleted && o.dn.depth() > siteDn.depth() && !local.object(o.dn.parent()) &&
                        depth < 64) {
                        auto parent = remote.object(o.dn.parent());
                        if (!parent)
                            return parent.error();
                        if (Status s = apply(parent.value(), depth + 1); !s)
                            return s;
                    }
                    return w.applyReplica(o, site);
                };
                qint64 highest = mark;
                for (const DirectoryObject& o : batch.value()) {
                    if (Status s = apply(o, 0); !s)
                        return s;
                    highest = std::max(highest, o.usnChanged);
                }
                return w.setMeta(watermarkKey(site), QString::number(highest));
            },
            options);
        if (!written)
            return written.error();
        applied += int(batch->size());
    }
}

} // namespace sa::core
