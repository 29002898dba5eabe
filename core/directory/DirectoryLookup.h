#pragma once

#include "core/common/Error.h"

#include <QStringList>

namespace sa::core {

class DirectoryStore;

/// A live object that holds a value looked for, and which of its values matched.
struct ValueHolder
{
    qint64 id = 0;
    QString dn;
    QString guid;
    QString attribute;
    QString value;
};

/// Which values to look for and where. The attribute sets that have an index of their own
/// (aliases, addresses, references: schema version 4) are named by the functions below, so that
/// the query repeats the index's condition word for word and SQLite uses it.
struct ValueQuery
{
    QStringList attributes;
    QStringList values;  ///< compared without case
    QString className;   ///< only objects of this class; empty = any
    qint64 exceptId = 0; ///< leave this object out (the one being written)
    int limit = -1;      ///< -1 = all

    static ValueQuery aliases(const QStringList& values);
    static ValueQuery addresses(const QStringList& values);
    /// Attributes that name another object by its DN (Member, Manager, Owner, ...).
    static ValueQuery references(const QStringList& values);
    static ValueQuery attribute(const QString& name, const QStringList& values);
};

/// The directory's lookups for other modules (recipient rules, the dirsync engine, the MTA's
/// routing): they ask here rather than reading the objects and attrs tables themselves, which
/// DirectoryStore owns (docs/owners.txt). Reads on the store's connection, so a lookup made inside
/// DirectoryStore::write sees that transaction's changes. Statements are prepared once per store.
class DirectoryLookup
{
public:
    explicit DirectoryLookup(const DirectoryStore& store) : m_store(store) {}

    /// The live objects holding one of the query's values, in no promised order.
    Result<QList<ValueHolder>> holders(const ValueQuery& query) const;
    /// The GUIDs of objects of `classes` (tombstones included) changed after `usn`, in USN order.
    Result<QStringList> guidsChangedSince(qint64 usn, const QStringList& classes) const;
    /// The ids of objects changed or made with a USN from `firstUsn` to `lastUsn`.
    Result<QList<qint64>> touchedBetween(qint64 firstUsn, qint64 lastUsn) const;

private:
    const DirectoryStore& m_store;
};

} // namespace sa::core
