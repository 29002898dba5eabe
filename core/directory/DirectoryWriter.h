#pragma once

#include "ChangeSet.h"
#include "DirectoryObject.h"
#include "DirectoryStore.h"
#include "WriterRule.h"
#include "core/common/Error.h"

#include <QHash>
#include <QMap>
#include <QSqlQuery>
#include <tuple>

namespace sa::core {

struct ClassDef;

/// Writes directory changes inside one transaction of a DirectoryStore, checking every rule of the
/// schema first: class and placement, allowed attributes, syntax, single values, required values,
/// unique names. Each touched object gets the next USN of the site, once per transaction however
/// often it is touched in it; the counter is written once at the end of the transaction. Made only by
/// DirectoryStore::write().
class DirectoryWriter
{
public:
    DirectoryWriter(DirectoryStore& store, const CommitOptions& options);

    Status begin();
    Status finish();
    qint64 lastUsn() const { return m_usn; }
    /// The site's USN when this transaction began: its changes are (startUsn, lastUsn].
    qint64 startUsn() const { return m_startUsn; }
    /// The newest event when this transaction began: the events it writes come after.
    qint64 startEventId() const { return m_startEventId; }

    Status apply(const ChangeSet& changes, CommitResult& result);
    Result<Dn> create(const QString& className, const Dn& parent, const QList<AttributeChange>& values,
                      const QString& rdn = {}, const QString& guid = {});
    Status modify(const Dn& dn, const QList<AttributeChange>& changes);
    Status remove(const Dn& dn);
    Status setMeta(const QString& key, const QString& value);
    /// Replication: writes `remote` (an object of site `masterSite`, with its USN there) as a replica,
    /// creating, changing or tombstoning it. A copy at least as new is left alone, so a batch
    /// applied twice changes nothing. Only with CommitOptions::replication.
    Status applyReplica(const DirectoryObject& remote, const QString& masterSite);

    /// Other core modules' statements in the same transaction.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {});
    /// The same through a kept statement (SqliteConnection::run), for statements run many times.
    Result<QSqlQuery*> run(const QString& sql, const QVariantList& values = {});
    DirectoryStore& store() { return m_store; }

    /// Keeps in `images` each existing object as it stood before this transaction first changed it
    /// (Edit > Undo, core::Reversal); the objects it creates have none.
    void keepBeforeImages(QHash<qint64, DirectoryObject>* images) { m_before = images; }
    /// The objects this transaction created, changed or deleted so far.
    QList<qint64> touched() const { return m_stamped.keys(); }

private:
    struct ParentInfo
    {
        qint64 id = 0;
        const ClassDef* cls = nullptr;
        Dn dn;
        QString masterSite;
    };
    Result<ParentInfo> parentInfo(const Dn& dn);
    Status refuseReplica(const DirectoryObject& object) const;
    Result<QSqlQuery*> statement(const QString& sql);
    Result<AttributeValues> normalized(const ClassDef& cls, const QList<AttributeChange>& changes,
                                       const AttributeValues& current, const QString& objectName) const;
    Status writeAttributes(qint64 id, const AttributeValues& values, const QStringList& names, bool fresh);
    qint64 nextUsn() { return ++m_usn; }
    /// The USN of a change to object `id`: the one this transaction already gave it (its change is
    /// one change, however many steps make it: an import's second pass for references), else the
    /// next, with where the object stood before logged (logChange).
    Result<qint64> usnFor(qint64 id);
    void countChild(qint64 parent, const QString& cls, bool hidden, int delta);
    /// Records where the object stands before a change (for views at older USNs).
    Status logChange(qint64 usn, qint64 objectId);
    /// Keeps a change of `object` in the audit trail (not a replica's, nor the dirsync engine's
    /// running numbers alone).
    Status audit(const QString& action, qint64 usn, const DirectoryObject& object,
                 const QStringList& attributes);

    DirectoryStore& m_store;
    bool m_allowSystemObjects;
    bool m_replication;
    qint64 m_usn = 0;
    qint64 m_startUsn = 0;
    qint64 m_startEventId = 0;
    QString m_now;
    QHash<QString, ParentInfo> m_parents; // dn key -> parent, within this transaction
    QHash<qint64, qint64> m_stamped;      // object id -> the USN this transaction gave it
    struct CountKey
    {
        qint64 parent;
        QString cls;
        bool hidden;
        bool operator<(const CountKey& o) const
        {
            return std::tie(parent, cls, hidden) < std::tie(o.parent, o.cls, o.hidden);
        }
    };
    QMap<CountKey, int> m_childDelta; // live children added (or removed) per parent, class, hidden
    QHash<qint64, int> m_parentDelta; // the same per parent
    std::vector<std::unique_ptr<WriterRule>> m_rules;
    QHash<qint64, DirectoryObject>* m_before = nullptr;
};

} // namespace sa::core
