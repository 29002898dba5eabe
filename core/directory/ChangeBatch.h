#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace sa::core {

/// Where an object stood at one moment, as far as lists care: its container, sort keys and life.
struct ObjectPlacement
{
    bool exists = false; ///< false before creation (and then nothing else is meaningful)
    qint64 parentId = 0;
    QString sortKey;
    qint64 usnChanged = 0;
    bool deleted = false;
    bool hidden = false; ///< Hide-From-Address-Book

    bool isLiveIn(qint64 parent) const { return exists && !deleted && parentId == parent; }
};

/// One object changed after a watermark USN: where it was at the watermark and where it is now.
struct ObjectChange
{
    qint64 id = 0;
    QString className;
    ObjectPlacement before;
    ObjectPlacement after;
};

/// Every object changed in (fromUsn, toUsn], in USN order. When the change log no longer reaches
/// back to fromUsn (it was pruned), `complete` is false and a consumer must reload.
struct ChangeBatch
{
    qint64 fromUsn = 0;
    qint64 toUsn = 0;
    bool complete = true;
    QList<ObjectChange> changes;

    bool isEmpty() const { return changes.isEmpty(); }
};

} // namespace sa::core

Q_DECLARE_METATYPE(sa::core::ChangeBatch)
