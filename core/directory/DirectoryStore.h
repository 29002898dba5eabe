#pragma once

#include "ChangeBatch.h"
#include "ChangeSet.h"
#include "DirectoryObject.h"
#include "ListFilter.h"
#include "core/common/Error.h"
#include "core/storage/SqliteConnection.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace sa::core {

class DirectoryWriter;

/// How a contents list is ordered. The original sorts recipient containers only by display name or
/// by last-modified date (Q154954); we do the same for every container.
enum class SortField
{
    DisplayName,
    LastModified
};

/// Which children of a container to read, and which slice of them.
/// A position in a sorted list: the sort value of an object and its id (the tie-breaker).
struct SortPosition
{
    QString sortKey;
    qint64 usnChanged = 0;
    qint64 id = 0;

    static SortPosition of(const DirectoryObject& object);
};

struct ChildQuery
{
    SortField sort = SortField::DisplayName;
    Qt::SortOrder order = Qt::AscendingOrder;
    int offset = 0;
    int limit = -1;    ///< -1 = all
    ListFilter filter; ///< which children
    /// Only the children after this position in the sort order: walking a long list page by page
    /// costs the same for the last page as for the first (OFFSET would read all rows before it).
    std::optional<SortPosition> after = std::nullopt;
    /// Only these attributes of each child are read (every one when empty): a walk that needs a few
    /// values of each child does not make and free the rest (a full dirsync reply, issue 18).
    QStringList attributes = {};
};

/// How a write may deviate from what users may do.
struct CommitOptions
{
    /// Lets builders create classes that users cannot (organization, site, servers, services).
    bool allowSystemObjects = false;
    /// Directory replication writing replicas (which nothing else may change).
    bool replication = false;
};

/// One site's directory in its SQLite file (ORG/sites/SITE.sqlite): objects, attributes, the USN
/// counter and the change log. Owns its connection and must be used only in the thread that opened
/// it; open another DirectoryStore in another thread. All writes go through commit() or write(),
/// each one transaction that bumps the site's USN for every object it touches.
class DirectoryStore : public QObject
{
    Q_OBJECT

public:
    using OpenMode = SqliteConnection::OpenMode;

    ~DirectoryStore() override;

    static Result<std::unique_ptr<DirectoryStore>> open(const QString& path,
                                                        OpenMode mode = OpenMode::ExistingOnly);

    QString path() const { return m_connection->path(); }
    SqliteConnection& connection() { return *m_connection; }

    QString meta(const QString& key) const;
    /// Set once when the site is made and never changed after: read once, then remembered (routing
    /// asks for them per message).
    QString organizationName() const { return fixedMeta(m_organizationName, QStringLiteral("organization")); }
    QString siteName() const { return fixedMeta(m_siteName, QStringLiteral("site")); }

    // Reads. Deleted objects (tombstones) are found only by id.
    Result<DirectoryObject> object(const Dn& dn) const;
    Result<DirectoryObject> objectById(qint64 id) const;
    /// The id of the live object `dn` names, 0 when there is none: a check far cheaper than object()
    /// (no attributes read), made once per row by Directory Import.
    Result<qint64> idOf(const Dn& dn) const;
    /// By GUID, tombstones included.
    Result<DirectoryObject> objectByGuid(const QString& guid) const;
    /// This site's own objects (not replicas) below `siteDn`, tombstones included, changed after
    /// `usn`, in USN order: what another site's replication pulls.
    Result<QList<DirectoryObject>> ownChangesSince(const Dn& siteDn, qint64 usn, int limit) const;
    /// The live children of `parentId` in the query's order and window (the contents pane's rows).
    Result<QList<DirectoryObject>> children(qint64 parentId, const ChildQuery& query = {}) const;
    /// How many live children of `parentId` the filter lets through.
    Result<int> childCount(qint64 parentId, const ListFilter& filter = {}) const;
    /// Runs reads in one read transaction: they all see the same committed state (WAL snapshot).
    Status read(const std::function<Status()>& work) const;
    /// How many live children of `parentId` sort before `position` in the given order.
    Result<int> rowBefore(qint64 parentId, SortField sort, Qt::SortOrder order, const SortPosition& position,
                          const ListFilter& filter = {}) const;
    /// The names (the last RDN's values) of the live children of `parent` of class `className`, by
    /// display name; empty when there is no `parent`: a site's servers, without their attributes.
    Result<QStringList> childNames(const Dn& parent, const QString& className) const;
    /// `base` and the live objects below it down to `depth` levels (-1 = all), optionally of one class.
    Result<QList<DirectoryObject>> subtree(const Dn& base, int depth, const QString& className = {}) const;
    /// The same objects in the same order (level by level, each container's children by display
    /// name), handed to `visit` one at a time and read a page at a time: a container of a million
    /// entries is walked in the memory of a page (`siteadminctl list`). A failed visit stops the walk.
    Status visitSubtree(const Dn& base, int depth, const QString& className,
                        const std::function<Status(const DirectoryObject&)>& visit) const;
    /// What changed after `usn` (the change feed views follow), with where each object stood before;
    /// only objects of `classes` when given (the container tree's few, however much else changed).
    Result<ChangeBatch> changesSince(qint64 usn, const QStringList& classes = {}) const;
    /// Live objects whose `attribute` (Member, Manager, ...) names `target`, by display name.
    Result<QList<DirectoryObject>> referencing(const Dn& target, const QString& attribute) const;
    /// Live objects of the filter's classes anywhere in the site, by display name.
    Result<QList<DirectoryObject>> objectsOf(const ListFilter& filter, int limit = -1) const;
    /// Tools > Find Recipients: live recipients (in `containerId`, 0 = anywhere) whose attributes
    /// contain each given text, case-insensitively; by display name, at most `limit`, and only those
    /// after `after` (a page after the last one read: every match is reached, page by page).
    Result<QList<DirectoryObject>>
    findRecipients(qint64 containerId, const QMap<QString, QString>& contains, int limit,
                   const std::optional<SortPosition>& after = std::nullopt) const;
    /// The site's USN: the last change written.
    qint64 highestUsn() const;
    /// Changes when another connection commits to the file (SqliteConnection::dataVersion).
    qint64 dataVersion() const { return m_connection->dataVersion(); }
    /// What `compute` derives from the directory's objects, kept with the connection under `key`
    /// until an object changes (the highest USN moves): for what the carrying passes ask many times
    /// a cycle, such as the services a server's connectors define (issue 18). Computed afresh inside
    /// a transaction.
    template <typename T, typename Compute> T derived(const QString& key, Compute compute) const
    {
        auto* kept = m_connection->derived(highestUsn());
        if (!kept)
            return compute();
        if (const auto it = kept->find(key); it != kept->end())
            return std::any_cast<T>(it->second);
        T value = compute();
        kept->emplace(key, value);
        return value;
    }

    // Writes.
    Result<CommitResult> commit(const ChangeSet& changes, CommitOptions options);
    Result<CommitResult> commit(const ChangeSet& changes) { return commit(changes, CommitOptions()); }
    /// Whether commit() would take `changes`: they run as it would run them, every rule applied,
    /// then roll back. The window asks this before it asks the administrator to confirm (a delete the
    /// directory refuses is said at once, not after "Do you want to permanently delete it?").
    Status check(const ChangeSet& changes);
    /// Runs `work` in one transaction with a writer; other core modules use this to write their own
    /// tables in the same transaction as directory changes.
    Status write(const std::function<Status(DirectoryWriter&)>& work, CommitOptions options = {});

    /// A prepared Qt statement kept with the connection (SqliteConnection::kept): the writer's, which
    /// bind by name; a store opened again on a kept connection finds them prepared.
    Result<QSqlQuery*> cachedStatement(const QString& sql) const;
    /// A query on the sqlite3 C API kept with the connection, with `values` bound in order, ready to
    /// step; the caller reads its rows and resets it. `what` names it in errors.
    Result<SqliteStatement*> runCached(const QString& sql, const QVariantList& values,
                                       const QString& what) const;
    /// A statement on the sqlite3 C API kept with the connection: the paths that run once per row of
    /// a bulk write (creation, import, the uniqueness look-ups they make).
    Result<SqliteStatement*> nativeStatement(const QString& sql) const;

Q_SIGNALS:
    /// After every successful write, with the highest USN it used.
    void committed(qint64 highestUsn);

private:
    explicit DirectoryStore(std::unique_ptr<SqliteConnection> connection);
    /// `only`: the attributes to read (every one when empty).
    /// Reads every row of `rows` (a query of ObjectColumns, bound) and resets it.
    Result<QList<DirectoryObject>> readObjects(SqliteStatement& rows, const QStringList& only = {}) const;
    /// " AND class IN (?, ...) AND hidden = 0" for `filter`, and the values it binds.
    static QString filterClause(const ListFilter& filter, QVariantList& values);
    Result<QVariant> scalarWithFilter(const QString& sql, QVariantList values,
                                      const ListFilter& filter) const;
    /// The object whose column `where` (one of ours, never input) equals `key`.
    Result<DirectoryObject> readOne(const QString& where, const QVariant& key, const QString& notFound) const;
    Status loadAttributes(QList<DirectoryObject>& objects, const QStringList& only = {}) const;

    /// meta(key) kept in `kept` once it is set.
    QString fixedMeta(QString& kept, const QString& key) const;

    std::unique_ptr<SqliteConnection> m_connection;
    mutable QString m_organizationName;
    mutable QString m_siteName;
};

} // namespace sa::core
