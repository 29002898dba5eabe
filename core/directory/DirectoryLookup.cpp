#include "DirectoryLookup.h"

#include "DirectoryStore.h"
#include "Schema.h"
#include "core/storage/SqliteConnection.h"
#include "core/storage/SqliteStatement.h"

namespace sa::core {

namespace {

/// "a.name IN ('X', 'Y')": the names are the schema's, written out so that the condition is the
/// same text as a partial index's (a bound value would not let SQLite use the index).
QString namesIn(const QStringList& names)
{
    QStringList quoted;
    for (QString name : names)
        quoted << QLatin1Char('\'') + name.replace(QLatin1Char('\''), QLatin1String("''")) +
                      QLatin1Char('\'');
    return QStringLiteral("a.name IN (%1)").arg(quoted.join(QLatin1String(", ")));
}

} // namespace

ValueQuery ValueQuery::aliases(const QStringList& values)
{
    return attribute(attr::MailNickname, values);
}

ValueQuery ValueQuery::addresses(const QStringList& values)
{
    ValueQuery q;
    q.attributes = {attr::ProxyAddresses, attr::TargetAddress};
    q.values = values;
    return q;
}

ValueQuery ValueQuery::references(const QStringList& values)
{
    ValueQuery q;
    q.attributes = {attr::Manager,         attr::Member,           attr::Owner,
                    attr::ExpansionServer, attr::AuthorizedSender, attr::UnauthorizedSender};
    q.values = values;
    return q;
}

ValueQuery ValueQuery::attribute(const QString& name, const QStringList& values)
{
    ValueQuery q;
    q.attributes = {name};
    q.values = values;
    return q;
}

Result<QList<ValueHolder>> DirectoryLookup::holders(const ValueQuery& query) const
{
    if (query.values.isEmpty() || query.attributes.isEmpty())
        return QList<ValueHolder>();
    // One attribute is "a.name = 'X'" (the alias index's own condition); several, "a.name IN (...)".
    const QString names =
        query.attributes.size() == 1
            ? QStringLiteral("a.name = '%1'")
                  .arg(QString(query.attributes.first()).replace(QLatin1Char('\''), QLatin1String("''")))
            : namesIn(query.attributes);
    // One value is "= lower(?)": SQLite makes a temporary b-tree for every run of an IN list, even of
    // one value, which was a third of a dirsync import's alias and address look-ups (issue 18).
    QString values = QStringLiteral("= lower(?)");
    if (query.values.size() > 1) {
        QStringList marks;
        for (int i = 0; i < query.values.size(); ++i)
            marks << QStringLiteral("lower(?)");
        values = QStringLiteral("IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    QString sql = QStringLiteral("SELECT o.id, o.dn, o.guid, a.name, a.value FROM attrs a"
                                 " JOIN objects o ON o.id = a.object_id WHERE %1 AND lower(a.value) %2"
                                 " AND o.deleted = 0")
                      .arg(names, values);
    if (!query.className.isEmpty())
        sql += QStringLiteral(" AND o.class = ?");
    if (query.exceptId != 0)
        sql += QStringLiteral(" AND o.id != ?");
    if (query.limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(query.limit);
    // On the C API: a bulk creation makes this look-up for every address of every new recipient.
    auto stmt = m_store.nativeStatement(sql);
    if (!stmt)
        return stmt.error();
    SqliteStatement& q = *stmt.value();
    int index = 0;
    for (const QString& v : query.values)
        q.bind(++index, v);
    if (!query.className.isEmpty())
        q.bind(++index, query.className);
    if (query.exceptId != 0)
        q.bind(++index, query.exceptId);
    QList<ValueHolder> out;
    for (;;) {
        auto row = q.next();
        if (!row)
            return Error(row.error().code(),
                         QStringLiteral("looking up %1: %2")
                             .arg(query.attributes.join(QLatin1String(", ")), row.error().message()));
        if (!row.value())
            break;
        out << ValueHolder{q.integer(0), q.text(1), q.text(2), q.text(3), q.text(4)};
    }
    q.reset();
    return out;
}

Result<QStringList> DirectoryLookup::guidsChangedSince(qint64 usn, const QStringList& classes) const
{
    if (classes.isEmpty())
        return QStringList();
    QStringList marks;
    QVariantList values{usn};
    for (const QString& c : classes) {
        marks << QStringLiteral("?");
        values << c;
    }
    // By USN (objects_usn_changed), not by class ("+class" keeps SQLite off the class index): the few
    // changed objects, not every one of the class.
    auto q =
        m_store.runCached(QStringLiteral("SELECT guid FROM objects WHERE usn_changed > ? AND +class IN (%1)"
                                         " ORDER BY usn_changed")
                              .arg(marks.join(QLatin1Char(','))),
                          values, QStringLiteral("reading the changed objects"));
    if (!q)
        return q.error();
    QStringList out;
    if (Status s = q.value()->eachRow([&out](const SqliteStatement& row) { out << row.text(0); }); !s)
        return s.error();
    return out;
}

Result<QList<qint64>> DirectoryLookup::touchedBetween(qint64 firstUsn, qint64 lastUsn) const
{
    // The change log keeps a row per change of an object that existed; a new object has none.
    auto q = m_store.runCached(
        QStringLiteral("SELECT object_id FROM change_log WHERE usn BETWEEN ? AND ?"
                       " UNION SELECT id FROM objects WHERE usn_created BETWEEN ? AND ?"),
        {firstUsn, lastUsn, firstUsn, lastUsn}, QStringLiteral("reading the objects of a run"));
    if (!q)
        return q.error();
    QList<qint64> out;
    if (Status s = q.value()->eachRow([&out](const SqliteStatement& row) { out << row.integer(0); }); !s)
        return s.error();
    return out;
}

} // namespace sa::core
