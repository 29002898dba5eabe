#include "DirectoryStore.h"

#include "DirectoryWriter.h"
#include "Schema.h"
#include "core/common/Logging.h"
#include "core/storage/SiteDatabaseSchema.h"
#include "core/storage/SortKey.h"
#include "core/storage/SqliteStatement.h"

#include <QDir>
#include <QSet>
#include <QThread>
#include <algorithm>
#include <cstring>
#include <optional>

namespace sa::core {

namespace {

const QString ObjectColumns = QStringLiteral("id, guid, class, parent_id, dn, usn_created, usn_changed, "
                                             "when_created, when_changed, deleted, master_site,"
                                             " master_usn");

QString orderClause(SortField sort, Qt::SortOrder order)
{
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    if (sort == SortField::LastModified)
        return QStringLiteral(" ORDER BY usn_changed %1").arg(dir);
    return QStringLiteral(" ORDER BY sort_key %1, id %1").arg(dir);
}

} // namespace

DirectoryStore::DirectoryStore(std::unique_ptr<SqliteConnection> connection)
    : m_connection(std::move(connection))
{
}

// The statements a store prepared are its connection's (kept with it, finalized before it closes).
DirectoryStore::~DirectoryStore() = default;

Result<std::unique_ptr<DirectoryStore>> DirectoryStore::open(const QString& path, OpenMode mode)
{
    auto conn = SqliteConnection::open(path, mode, SiteDatabaseApplicationId,
                                       QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "site")));
    if (!conn)
        return conn.error();
    if (Status s = Migrator::migrate(*conn.value(), siteDatabaseMigrations(), QStringLiteral("site")); !s)
        return s.error();
    return std::unique_ptr<DirectoryStore>(new DirectoryStore(std::move(conn).value()));
}

Result<QSqlQuery*> DirectoryStore::cachedStatement(const QString& sql) const
{
    Q_ASSERT_X(thread() == QThread::currentThread(), "DirectoryStore", "used from another thread");
    return m_connection->kept(sql);
}

Result<SqliteStatement*> DirectoryStore::runCached(const QString& sql, const QVariantList& values,
                                                   const QString& what) const
{
    Q_ASSERT_X(thread() == QThread::currentThread(), "DirectoryStore", "used from another thread");
    // On the C API and kept with the connection: a store opened again on a connection a KeepOpen
    // kept prepared its reads anew (a tenth of an idle dirsync cycle with the Qt driver's binding
    // and records, issue 18).
    auto stmt = m_connection->statement(sql);
    if (!stmt)
        return Error(stmt.error().code(), QStringLiteral("%1: %2").arg(what, stmt.error().message()));
    return &stmt.value()->bindValues(values);
}

Result<SqliteStatement*> DirectoryStore::nativeStatement(const QString& sql) const
{
    return m_connection->statement(sql);
}

QString DirectoryStore::meta(const QString& key) const
{
    auto v = m_connection->scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    return v ? v->toString() : QString();
}

QString DirectoryStore::fixedMeta(QString& kept, const QString& key) const
{
    if (kept.isEmpty())
        kept = meta(key); // empty until the site is made: asked again then
    return kept;
}

qint64 DirectoryStore::highestUsn() const
{
    return meta(QStringLiteral("usn")).toLongLong();
}

Result<QList<DirectoryObject>> DirectoryStore::readObjects(SqliteStatement& q, const QStringList& only) const
{
    const Schema& schema = Schema::instance();
    QList<DirectoryObject> out;
    for (;;) {
        auto more = q.next(); // resets on failure
        if (!more)
            return more.error();
        if (!more.value())
            break;
        DirectoryObject o;
        o.id = q.integer(0);
        o.guid = q.text(1);
        const QString cls = q.text(2);
        o.cls = schema.findClass(cls);
        o.parentId = q.integer(3);
        auto dn = Dn::parse(q.text(4));
        if (!o.cls || !dn) {
            q.reset();
            return Error(ErrorCode::Storage, Phrase::tr("%1: damaged object row %2 (class %3)")
                                                 .arg(QDir::toNativeSeparators(path()))
                                                 .arg(o.id)
                                                 .arg(cls));
        }
        o.dn = std::move(dn).value();
        o.usnCreated = q.integer(5);
        o.usnChanged = q.integer(6);
        o.whenCreated = QDateTime::fromString(q.text(7), Qt::ISODate);
        o.whenChanged = QDateTime::fromString(q.text(8), Qt::ISODate);
        o.deleted = q.integer(9) != 0;
        o.masterSite = q.text(10);
        o.masterUsn = q.integer(11);
        out.append(std::move(o));
    }
    q.reset();
    if (Status s = loadAttributes(out, only); !s)
        return s.error();
    return out;
}

Status DirectoryStore::loadAttributes(QList<DirectoryObject>& objects, const QStringList& only) const
{
    constexpr int Chunk = 256;
    // The wanted names as SQLite holds them, compared before any QString is made of a row.
    QList<QByteArray> wanted;
    for (const QString& name : only)
        wanted << name.toUtf8();
    QHash<qint64, int> index;
    for (int i = 0; i < objects.size(); ++i)
        index.insert(objects.at(i).id, i);
    for (int start = 0; start < objects.size(); start += Chunk) {
        const int n = std::min(Chunk, int(objects.size()) - start);
        // On the C API: a full dirsync reply reads every entry's attributes once per requestor, and
        // the Qt driver's QVariant and record work per row was a tenth of a first cycle (issue 18).
        QList<qint64> ids;
        ids.reserve(n);
        for (int i = start; i < start + n; ++i)
            ids << objects.at(i).id;
        auto stmt =
            nativeStatement(QStringLiteral("SELECT object_id, name, value FROM attrs WHERE object_id IN"
                                           " (%1) ORDER BY object_id, name, idx")
                                .arg(SqliteStatement::inList(n)));
        if (!stmt)
            return stmt.error();
        SqliteStatement& q = *stmt.value();
        q.bindIn(1, ids);
        for (;;) {
            auto row = q.next();
            if (!row)
                return Error(row.error().code(),
                             QStringLiteral("reading attributes: %1").arg(row.error().message()));
            if (!row.value())
                break;
            if (!wanted.isEmpty()) {
                const QByteArrayView name = q.utf8(1);
                if (std::none_of(wanted.cbegin(), wanted.cend(), [&](const QByteArray& w) {
                        return w.size() == name.size() &&
                               std::memcmp(w.constData(), name.data(), w.size()) == 0;
                    }))
                    continue;
            }
            DirectoryObject& o = objects[index.value(q.integer(0))];
            o.values[q.text(1)].append(q.text(2));
        }
        q.reset();
    }
    return {};
}

Result<DirectoryObject> DirectoryStore::readOne(const QString& where, const QVariant& key,
                                                const QString& notFound) const
{
    auto q = runCached(QStringLiteral("SELECT %1 FROM objects WHERE %2 = ?").arg(ObjectColumns, where), {key},
                       QStringLiteral("reading an object"));
    if (!q)
        return q.error();
    auto objects = readObjects(*q.value());
    if (!objects)
        return objects.error();
    if (objects->isEmpty())
        return Error(ErrorCode::NotFound, notFound);
    return objects->first();
}

Result<DirectoryObject> DirectoryStore::object(const Dn& dn) const
{
    return readOne(QStringLiteral("dn_key"), dn.key(), QStringLiteral("no object %1").arg(dn.toString()));
}

Result<qint64> DirectoryStore::idOf(const Dn& dn) const
{
    auto stmt = nativeStatement(QStringLiteral("SELECT id FROM objects WHERE dn_key = ? AND deleted = 0"));
    if (!stmt)
        return stmt.error();
    SqliteStatement& q = *stmt.value();
    q.bind(1, dn.key());
    auto row = q.next();
    if (!row)
        return row.error();
    const qint64 id = row.value() ? q.integer(0) : 0;
    q.reset();
    return id;
}

Result<DirectoryObject> DirectoryStore::objectById(qint64 id) const
{
    return readOne(QStringLiteral("id"), id, QStringLiteral("no object with id %1").arg(id));
}

QString DirectoryStore::filterClause(const ListFilter& filter, QVariantList& values)
{
    QString sql;
    if (!filter.classes.isEmpty()) {
        QStringList marks;
        for (const QString& c : filter.classes) {
            marks << QStringLiteral("?");
            values << c;
        }
        sql += QStringLiteral(" AND class IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!filter.includeHidden)
        sql += QStringLiteral(" AND hidden = 0");
    if (filter.judgesValues()) {
        // Correlated on the attrs key (object_id, name): `id` is the outer row's, attrs having none.
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM attrs WHERE attrs.object_id = id AND attrs.name = ?"
                              " AND attrs.value LIKE ?)");
        values << filter.valueAttribute << filter.valuePattern;
    }
    return sql;
}

Result<QVariant> DirectoryStore::scalarWithFilter(const QString& sql, QVariantList values,
                                                  const ListFilter& filter) const
{
    // The connection's scalar(): on the C API, kept prepared.
    return m_connection->scalar(sql + filterClause(filter, values), values);
}

Result<DirectoryObject> DirectoryStore::objectByGuid(const QString& guid) const
{
    return readOne(QStringLiteral("guid"), guid, QStringLiteral("no object with GUID %1").arg(guid));
}

Result<QList<DirectoryObject>> DirectoryStore::ownChangesSince(const Dn& siteDn, qint64 usn, int limit) const
{
    // Below the site by DN; a tombstone keeps its DN in `dn` (its dn_key is freed).
    const QString key = siteDn.key();
    auto q = runCached(
        QStringLiteral("SELECT %1 FROM objects WHERE master_site = '' AND usn_changed > ?"
                       " AND (lower(dn) = ? OR substr(lower(dn), 1, ?) = ?) ORDER BY usn_changed LIMIT ?")
            .arg(ObjectColumns),
        {usn, key, int(key.size()) + 1, key + QLatin1Char('/'), limit},
        QStringLiteral("reading changes for replication"));
    if (!q)
        return q.error();
    return readObjects(*q.value());
}

SortPosition SortPosition::of(const DirectoryObject& object)
{
    return {SortKey::of(object.displayName()), object.usnChanged, object.id};
}

Result<QList<DirectoryObject>> DirectoryStore::children(qint64 parentId, const ChildQuery& query) const
{
    QVariantList values{parentId};
    QString after;
    if (query.after) {
        const QString cmp = query.order == Qt::AscendingOrder ? QStringLiteral(">") : QStringLiteral("<");
        if (query.sort == SortField::LastModified) {
            after = QStringLiteral(" AND usn_changed %1 ?").arg(cmp);
        } else {
            after = QStringLiteral(" AND (sort_key, id) %1 (?, ?)").arg(cmp);
        }
    }
    const QString sql =
        QStringLiteral("SELECT %1 FROM objects WHERE parent_id = ? AND deleted = 0").arg(ObjectColumns) +
        filterClause(query.filter, values) + after + orderClause(query.sort, query.order) +
        QStringLiteral(" LIMIT ? OFFSET ?");
    if (query.after) {
        if (query.sort == SortField::LastModified)
            values << query.after->usnChanged;
        else
            values << query.after->sortKey << query.after->id;
    }
    values << query.limit << query.offset;
    auto q = runCached(sql, values, QStringLiteral("listing a container"));
    if (!q)
        return q.error();
    return readObjects(*q.value(), query.attributes);
}

Result<int> DirectoryStore::childCount(qint64 parentId, const ListFilter& filter) const
{
    // Kept per class and hidden state by the writer, so no container is counted row by row; a
    // condition on values (a picker's) counts the rows.
    auto v = filter.judgesValues()
                 ? scalarWithFilter(
                       QStringLiteral("SELECT count(*) FROM objects WHERE parent_id = ? AND deleted = 0"),
                       {parentId}, filter)
                 : scalarWithFilter(
                       QStringLiteral("SELECT coalesce(sum(live), 0) FROM child_counts WHERE parent_id = ?"),
                       {parentId}, filter);
    if (!v)
        return v.error();
    return v->toInt();
}

Status DirectoryStore::read(const std::function<Status()>& work) const
{
    if (m_connection->inTransaction())
        return work();
    if (auto begin = m_connection->run(QStringLiteral("BEGIN")); !begin)
        return begin.error();
    Status s = work();
    (void)m_connection->run(QStringLiteral("COMMIT"));
    return s;
}

Result<int> DirectoryStore::rowBefore(qint64 parentId, SortField sort, Qt::SortOrder order,
                                      const SortPosition& position, const ListFilter& filter) const
{
    const QString cmp = order == Qt::AscendingOrder ? QStringLiteral("<") : QStringLiteral(">");
    Result<QVariant> v = QVariant();
    if (sort == SortField::LastModified) {
        v = scalarWithFilter(
            QStringLiteral(
                "SELECT count(*) FROM objects WHERE parent_id = ? AND deleted = 0 AND usn_changed %1 ?")
                .arg(cmp),
            {parentId, position.usnChanged}, filter);
    } else {
        v = scalarWithFilter(QStringLiteral("SELECT count(*) FROM objects WHERE parent_id = ? AND deleted = 0"
                                            " AND (sort_key, id) %1 (?, ?)")
                                 .arg(cmp),
                             {parentId, position.sortKey, position.id}, filter);
    }
    if (!v)
        return v.error();
    return v->toInt();
}

Result<QList<DirectoryObject>> DirectoryStore::subtree(const Dn& base, int depth,
                                                       const QString& className) const
{
    QList<DirectoryObject> out;
    Status s = visitSubtree(base, depth, className, [&out](const DirectoryObject& o) {
        out.append(o);
        return Status();
    });
    if (!s)
        return s.error();
    return out;
}

Result<QStringList> DirectoryStore::childNames(const Dn& parent, const QString& className) const
{
    auto q = runCached(QStringLiteral("SELECT dn FROM objects WHERE parent_id = (SELECT id FROM objects"
                                      " WHERE dn_key = ? AND deleted = 0) AND deleted = 0 AND class = ?"
                                      " ORDER BY sort_key, id"),
                       {parent.key(), className}, QStringLiteral("listing names"));
    if (!q)
        return q.error();
    QStringList names;
    bool damaged = false;
    Status read = q.value()->eachRow([&](const SqliteStatement& row) {
        auto dn = Dn::parse(row.text(0));
        damaged = damaged || !dn;
        if (dn)
            names << dn->rdn().value;
    });
    if (!read)
        return read.error();
    if (damaged)
        return Error(ErrorCode::Storage, Phrase::tr("%1: a damaged name below %2")
                                             .arg(QDir::toNativeSeparators(path()), parent.toString()));
    return names;
}

Status DirectoryStore::visitSubtree(const Dn& base, int depth, const QString& className,
                                    const std::function<Status(const DirectoryObject&)>& visit) const
{
    auto root = object(base);
    if (!root)
        return root.error();
    const ClassDef* filter = nullptr;
    if (!className.isEmpty()) {
        filter = Schema::instance().findClass(className);
        if (!filter)
            return Error(ErrorCode::UnknownClass, Phrase::tr("unknown class \"%1\"").arg(className));
    }
    // Only an object of a class that some class may be created under can have children: the next
    // level holds those, not every mailbox of a big container.
    static const QSet<QString> parents = [] {
        QSet<QString> names;
        for (const ClassDef& c : Schema::instance().classes()) {
            for (const QString& superior : c.possibleSuperiors)
                names.insert(superior);
        }
        return names;
    }();
    if (!filter || root->cls == filter) {
        if (Status s = visit(root.value()); !s)
            return s;
    }
    constexpr int Page = 1000;
    // Breadth-first by levels, each container's children a page at a time (by display name, after
    // the last one read).
    QList<qint64> level{root->id};
    for (int d = 0; (depth < 0 || d < depth) && !level.isEmpty(); ++d) {
        QList<qint64> next;
        for (qint64 parent : level) {
            ChildQuery page;
            page.limit = Page;
            for (;;) {
                auto kids = children(parent, page);
                if (!kids)
                    return kids.error();
                for (const DirectoryObject& k : kids.value()) {
                    if (!filter || k.cls == filter) {
                        if (Status s = visit(k); !s)
                            return s;
                    }
                    if (parents.contains(k.cls->name))
                        next.append(k.id);
                }
                if (kids->size() < Page)
                    break;
                page.after = SortPosition::of(kids->last());
            }
        }
        level = next;
    }
    return {};
}

Result<ChangeBatch> DirectoryStore::changesSince(qint64 usn, const QStringList& classes) const
{
    ChangeBatch batch;
    batch.fromUsn = usn;
    batch.toUsn = highestUsn();
    if (batch.toUsn <= usn)
        return batch;
    QVariantList values{usn, usn};
    const QString ofClasses = filterClause(ListFilter{classes, true}, values); // hidden ones too
    auto rows = m_connection->exec(
        QStringLiteral(
            "SELECT o.id, o.class, o.parent_id, o.sort_key, o.usn_changed, o.deleted, o.usn_created,"
            " l.usn, l.prev_parent_id, l.prev_sort_key, l.prev_usn_changed, l.prev_deleted,"
            " o.hidden, l.prev_hidden FROM objects o LEFT JOIN change_log l ON l.usn ="
            " (SELECT min(usn) FROM change_log WHERE object_id = o.id AND usn > ?)"
            " WHERE o.usn_changed > ?%1 ORDER BY o.usn_changed")
            .arg(ofClasses),
        values);
    if (!rows)
        return rows.error();
    QSqlQuery q = std::move(rows).value();
    while (q.next()) {
        ObjectChange c;
        c.id = q.value(0).toLongLong();
        c.className = q.value(1).toString();
        c.after = ObjectPlacement{true,
                                  q.value(2).toLongLong(),
                                  q.value(3).toString(),
                                  q.value(4).toLongLong(),
                                  q.value(5).toBool(),
                                  q.value(12).toBool()};
        if (q.value(6).toLongLong() > usn) {
            c.before = ObjectPlacement{};
        } else if (!q.value(7).isNull()) {
            c.before = ObjectPlacement{true,
                                       q.value(8).toLongLong(),
                                       q.value(9).toString(),
                                       q.value(10).toLongLong(),
                                       q.value(11).toBool(),
                                       q.value(13).toBool()};
        } else {
            batch.complete = false; // changed after the watermark, but its log entry is gone
        }
        batch.changes.append(c);
    }
    return batch;
}

Result<QList<DirectoryObject>> DirectoryStore::referencing(const Dn& target, const QString& attribute) const
{
    // The WHERE repeats the partial index attrs_references (schema version 4).
    auto q = runCached(
        QStringLiteral(
            "SELECT %1 FROM objects WHERE deleted = 0 AND id IN (SELECT a.object_id FROM attrs a"
            " WHERE a.name IN ('Manager', 'Member', 'Owner', 'Expansion-Server', 'Authorized-Sender',"
            " 'Unauthorized-Sender') AND lower(a.value) IN (lower(?)) AND a.name = ?)"
            " ORDER BY sort_key, id")
            .arg(ObjectColumns),
        {target.toString(), attribute}, QStringLiteral("finding references"));
    if (!q)
        return q.error();
    return readObjects(*q.value());
}

Result<QList<DirectoryObject>> DirectoryStore::objectsOf(const ListFilter& filter, int limit) const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT %1 FROM objects WHERE deleted = 0").arg(ObjectColumns) +
                        filterClause(filter, values) + QStringLiteral(" ORDER BY sort_key, id LIMIT ?");
    values << limit;
    auto q = runCached(sql, values, QStringLiteral("listing objects"));
    if (!q)
        return q.error();
    return readObjects(*q.value());
}

Result<QList<DirectoryObject>> DirectoryStore::findRecipients(qint64 containerId,
                                                              const QMap<QString, QString>& contains,
                                                              int limit,
                                                              const std::optional<SortPosition>& after) const
{
    QStringList recipientClasses;
    for (const ClassDef& c : Schema::instance().classes()) {
        if (c.recipient)
            recipientClasses << c.name;
    }
    ListFilter filter;
    filter.classes = recipientClasses;
    QVariantList values;
    QString sql = QStringLiteral("SELECT %1 FROM objects o WHERE deleted = 0").arg(ObjectColumns) +
                  filterClause(filter, values);
    if (containerId) {
        sql += QStringLiteral(" AND parent_id = ?");
        values << containerId;
    }
    for (auto it = contains.constBegin(); it != contains.constEnd(); ++it) {
        if (it.value().trimmed().isEmpty())
            continue;
        // "contains" rather than the address book's "begins with": easier to find people by. Both
        // sides folded as names sort (accents off, any case: "perez" finds "Pérez", "ñoño" "Ñoño");
        // LIKE special characters in the text are escaped.
        QString pattern = SortKey::plain(it.value().trimmed());
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM attrs a WHERE a.object_id = o.id AND a.name = ?"
                              " AND folded(a.value) LIKE ? ESCAPE '\\')");
        values << it.key() << QStringLiteral("%") + pattern + QStringLiteral("%");
    }
    if (after) {
        sql += QStringLiteral(" AND (sort_key, id) > (?, ?)");
        values << after->sortKey << after->id;
    }
    sql += QStringLiteral(" ORDER BY sort_key, id LIMIT ?");
    values << limit;
    // Not kept: its text is made of the fields a user searched on.
    auto q = m_connection->statementOnce(sql);
    if (!q)
        return q.error();
    return readObjects(q.value()->bindValues(values));
}

Result<CommitResult> DirectoryStore::commit(const ChangeSet& changes, CommitOptions options)
{
    CommitResult result;
    // A bulk creation's pages stay in memory for its length (a commit of a few changes needs none).
    constexpr int BulkOperations = 1000;
    std::optional<SqliteConnection::BulkCache> bulk;
    if (changes.size() >= BulkOperations)
        bulk.emplace(*m_connection);
    Status s = write([&](DirectoryWriter& w) { return w.apply(changes, result); }, options);
    if (!s)
        return s.error();
    return result;
}

Status DirectoryStore::check(const ChangeSet& changes)
{
    Q_ASSERT_X(thread() == QThread::currentThread(), "DirectoryStore", "checked from another thread");
    static const QString Trial = QStringLiteral("a trial of the changes, rolled back");
    CommitResult result;
    Status s = m_connection->transaction([&]() -> Status {
        DirectoryWriter writer(*this, CommitOptions());
        if (Status r = writer.begin(); !r)
            return r;
        if (Status r = writer.apply(changes, result); !r)
            return r;
        return Error(ErrorCode::Cancelled, Trial); // rolls the transaction back
    });
    if (!s && s.error().code() == ErrorCode::Cancelled && s.error().message() == Trial)
        return {};
    return s;
}

Status DirectoryStore::write(const std::function<Status(DirectoryWriter&)>& work, CommitOptions options)
{
    Q_ASSERT_X(thread() == QThread::currentThread(), "DirectoryStore", "written from another thread");
    qint64 first = 0;
    qint64 last = 0;
    Status s = m_connection->transaction([&]() -> Status {
        DirectoryWriter writer(*this, options);
        if (Status r = writer.begin(); !r)
            return r;
        if (Status r = work(writer); !r)
            return r;
        first = writer.startUsn() + 1;
        last = writer.lastUsn();
        return writer.finish();
    });
    if (s) {
        // A transaction may write no directory change (an event, a service's state): said so, not as
        // changes "up to" the USN the site already had.
        if (last >= first)
            qCDebug(lcStore).noquote()
                << "committed" << QDir::toNativeSeparators(path()) << "USNs" << first << "to" << last;
        else
            qCDebug(lcStore).noquote() << "committed" << QDir::toNativeSeparators(path())
                                       << "without a directory change (USN" << last << "kept)";
        Q_EMIT committed(last);
    } else {
        qCDebug(lcStore).noquote() << "rolled back" << QDir::toNativeSeparators(path())
                                   << s.error().message();
    }
    return s;
}

} // namespace sa::core
