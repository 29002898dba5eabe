#include "AuditTrail.h"

#include "DirectoryStore.h"
#include "DirectoryWriter.h"
#include "core/storage/SqliteStatement.h"

#include <limits>
#include <pwd.h>
#include <unistd.h>

namespace sa::core {

namespace {

QString& processProgram()
{
    static QString program = QStringLiteral("siteadmin");
    return program;
}

thread_local QString threadProgram;

} // namespace

const QString AuditTrail::Worker = QStringLiteral("worker");
const QString AuditTrail::Import = QStringLiteral("import");
const QString AuditTrail::Dirsync = QStringLiteral("dirsync");

AuditTrail::As::As(const QString& program) : m_before(threadProgram)
{
    threadProgram = program;
}

AuditTrail::As::~As()
{
    threadProgram = m_before;
}

void AuditTrail::setProgram(const QString& program)
{
    processProgram() = program;
}

QString AuditTrail::program()
{
    return threadProgram.isEmpty() ? processProgram() : threadProgram;
}

QString AuditTrail::user()
{
    static const QString name = [] {
        // The effective user: who the files are written as, whatever the environment says.
        const uid_t uid = geteuid();
        if (const passwd* pw = getpwuid(uid); pw && pw->pw_name)
            return QString::fromLocal8Bit(pw->pw_name);
        return QStringLiteral("uid %1").arg(uid);
    }();
    return name;
}

Status AuditTrail::record(DirectoryWriter& w, const QString& at, qint64 usn, const QString& action,
                          qint64 objectId, const QString& objectGuid, const QString& dn,
                          const QString& className, const QStringList& attributes)
{
    // On the C API: a Directory Import of a million rows writes a million of these.
    auto stmt = w.store().nativeStatement(
        QStringLiteral("INSERT INTO audit(at, usn, user, program, action, object_id, object_guid, dn, class,"
                       " attributes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!stmt)
        return stmt.error();
    SqliteStatement& q = *stmt.value();
    q.bind(1, at);
    q.bind(2, usn);
    q.bind(3, user());
    q.bind(4, program());
    q.bind(5, action);
    q.bind(6, objectId);
    q.bind(7, objectGuid);
    q.bind(8, dn);
    q.bind(9, className);
    q.bind(10, attributes.join(QLatin1Char(',')));
    return q.exec();
}

Status AuditTrail::read(DirectoryStore& store, const AuditFilter& filter,
                        const std::function<void(const AuditEntry&)>& visit)
{
    constexpr int Page = 1000;
    // Only the conditions asked for, so that SQLite uses the object's index (a History page among a
    // million imported objects) or the time's.
    QStringList where{QStringLiteral("id < ?"), QStringLiteral("id > ?")};
    if (filter.since.isValid())
        where << QStringLiteral("at >= ?");
    if (filter.objectId != 0)
        where << QStringLiteral("object_id = ?");
    const QString dnKey = filter.dnPrefix.toLower();
    if (!dnKey.isEmpty())
        where << QStringLiteral("(lower(dn) = ? OR substr(lower(dn), 1, ?) = ?)");
    const QString sql = QStringLiteral("SELECT id, at, usn, user, program, action, object_guid, dn, class, "
                                       "attributes, object_id FROM audit"
                                       " WHERE %1 ORDER BY id DESC LIMIT ?")
                            .arg(where.join(QStringLiteral(" AND ")));
    qint64 below = std::numeric_limits<qint64>::max();
    int given = 0;
    for (;;) {
        auto stmt = store.nativeStatement(sql);
        if (!stmt)
            return stmt.error();
        SqliteStatement& q = *stmt.value();
        int n = 0;
        q.bind(++n, below);
        q.bind(++n, filter.afterId);
        if (filter.since.isValid())
            q.bind(++n, filter.since.toUTC().toString(Qt::ISODate));
        if (filter.objectId != 0)
            q.bind(++n, filter.objectId);
        if (!dnKey.isEmpty()) {
            q.bind(++n, dnKey);
            q.bind(++n, qint64(dnKey.size() + 1));
            q.bind(++n, dnKey + QLatin1Char('/'));
        }
        q.bind(++n, qint64(Page));
        QList<AuditEntry> page;
        for (;;) {
            auto row = q.next();
            if (!row) {
                q.reset();
                return row.error();
            }
            if (!row.value())
                break;
            AuditEntry e;
            e.id = q.integer(0);
            e.at = QDateTime::fromString(q.text(1), Qt::ISODate);
            e.usn = q.integer(2);
            e.user = q.text(3);
            e.program = q.text(4);
            e.action = q.text(5);
            e.objectGuid = q.text(6);
            e.objectId = q.integer(10);
            e.dn = q.text(7);
            e.className = q.text(8);
            const QString names = q.text(9);
            e.attributes = names.isEmpty() ? QStringList() : names.split(QLatin1Char(','));
            page << e;
        }
        q.reset();
        // The page is read and let go before the visits: a visitor may read the store.
        for (const AuditEntry& e : page) {
            visit(e);
            if (filter.limit > 0 && ++given >= filter.limit)
                return {};
        }
        if (page.size() < Page)
            return {};
        below = page.last().id;
    }
}

Result<int> AuditTrail::forgetBefore(DirectoryWriter& w, const QString& cutoff)
{
    auto r = w.exec(QStringLiteral("DELETE FROM audit WHERE at < ?"), {cutoff});
    if (!r)
        return r.error();
    return r->numRowsAffected();
}

} // namespace sa::core
