#include "ExternalStore.h"

#include "PostofficeStore.h"
#include "core/message/MessageRow.h"
#include "core/storage/ExternalDatabaseSchema.h"
#include "core/storage/Migrator.h"
#include "core/storage/PrivateFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

namespace sa::core {

namespace {

const QString What = QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "MS Mail External"));

} // namespace

ExternalStore::ExternalStore(std::unique_ptr<SqliteConnection> connection)
    : m_connection(std::move(connection))
{
    m_name = meta(QStringLiteral("name"));
}

QString ExternalStore::pathFor(const QString& orgDir, const QString& name)
{
    return orgDir + QStringLiteral("/externals/%1.sqlite").arg(name.toUpper());
}

Status ExternalStore::checkName(const QString& name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-]{1,20}$"));
    if (!valid.match(name).hasMatch())
        return Error(
            ErrorCode::InvalidArgument,
            Phrase::tr("\"%1\" is not an External name: use 1-20 letters, digits, - or _").arg(name));
    return {};
}

Result<std::unique_ptr<ExternalStore>> ExternalStore::create(const QString& orgDir, const QString& name,
                                                             const QStringList& postoffices,
                                                             int intervalSeconds)
{
    if (Status s = checkName(name); !s)
        return s.error();
    if (intervalSeconds < 0)
        return Error(ErrorCode::InvalidArgument, Phrase::tr("an External's interval cannot be negative"));
    if (!QFileInfo(orgDir + QStringLiteral("/sites")).isDir())
        return Error(ErrorCode::NotFound,
                     Phrase::tr("%1 holds no organization (create one with siteadminctl init)").arg(orgDir));
    QStringList served;
    for (const QString& p : postoffices) {
        auto parsed = PostofficeStore::parseName(p);
        if (!parsed)
            return parsed.error();
        const QString netPo = parsed->first + QLatin1Char('/') + parsed->second;
        if (!PostofficeStore::exists(orgDir, netPo))
            return Error(ErrorCode::NotFound, Phrase::tr("no postoffice %1 in %2").arg(netPo, orgDir));
        if (served.contains(netPo))
            return Error(ErrorCode::InvalidArgument, Phrase::tr("%1 is named twice").arg(netPo));
        served << netPo;
    }
    if (served.size() < 2)
        return Error(ErrorCode::InvalidArgument,
                     Phrase::tr("an External carries mail between postoffices: name at least two"));
    const QString path = pathFor(orgDir, name);
    if (QFileInfo::exists(path))
        return Error(ErrorCode::AlreadyExists,
                     Phrase::tr("the External %1 already exists").arg(name.toUpper()));
    if (!PrivateFiles::makeFolder(orgDir + QStringLiteral("/externals")))
        return Error(ErrorCode::Storage, Phrase::tr("cannot create %1/externals").arg(orgDir));
    const Status made = Migrator::createFile(
        path, ExternalApplicationId, What, externalDatabaseMigrations(), [&](SqliteConnection& c) -> Status {
            for (const auto& [k, v] :
                 {std::pair{QStringLiteral("name"), name.toUpper()},
                  std::pair{QStringLiteral("interval"), QString::number(intervalSeconds)},
                  std::pair{QStringLiteral("state"), QStringLiteral("started")}}) {
                if (auto r = c.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"), {k, v}); !r)
                    return r.error();
            }
            for (const QString& p : served) {
                if (auto r =
                        c.exec(QStringLiteral("INSERT INTO postoffices(key, name) VALUES (?, ?)"), {p, p});
                    !r)
                    return r.error();
            }
            return {};
        });
    if (!made)
        return made.error();
    return open(orgDir, name);
}

Result<std::unique_ptr<ExternalStore>> ExternalStore::open(const QString& orgDir, const QString& name)
{
    if (Status s = checkName(name); !s)
        return s.error();
    const QString path = pathFor(orgDir, name);
    if (!QFileInfo::exists(path))
        return Error(ErrorCode::NotFound, Phrase::tr("no External %1 in %2").arg(name.toUpper(), orgDir));
    auto conn =
        SqliteConnection::open(path, SqliteConnection::OpenMode::ExistingOnly, ExternalApplicationId, What);
    if (!conn)
        return conn.error();
    if (Status s = Migrator::migrate(*conn.value(), externalDatabaseMigrations(), What); !s)
        return s.error();
    return std::unique_ptr<ExternalStore>(new ExternalStore(std::move(conn).value()));
}

QStringList ExternalStore::list(const QString& orgDir)
{
    QStringList out;
    for (const QString& f : QDir(orgDir + QStringLiteral("/externals"))
                                .entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name)) {
        const QString name = f.chopped(int(qstrlen(".sqlite")));
        if (checkName(name))
            out << name;
    }
    return out;
}

Status ExternalStore::remove(const QString& orgDir, const QString& name)
{
    {
        auto existing = open(orgDir, name); // refuses a name that is not an External's
        if (!existing)
            return existing.error();
    }
    const QString path = pathFor(orgDir, name);
    SqliteConnection::closeKept(path);
    if (!QFile::remove(path))
        return Error(ErrorCode::Storage, Phrase::tr("cannot delete %1").arg(path));
    for (const char* suffix : {"-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    return {};
}

QString ExternalStore::meta(const QString& key) const
{
    auto v = m_connection->scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    return v && v->isValid() ? v->toString() : QString();
}

Status ExternalStore::setMeta(const QString& key, const QString& value)
{
    return m_connection->transaction([&]() -> Status {
        auto r = m_connection->exec(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"
                                                   " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                                    {key, value});
        return r.status();
    });
}

QStringList ExternalStore::postoffices() const
{
    auto names = m_connection->strings(QStringLiteral("SELECT name FROM postoffices ORDER BY key"));
    return names ? names.value() : QStringList();
}

bool ExternalStore::serves(const QString& postoffice) const
{
    auto v = m_connection->scalar(QStringLiteral("SELECT 1 FROM postoffices WHERE key = ?"),
                                  {postoffice.toUpper()});
    return v && v->isValid();
}

int ExternalStore::interval() const
{
    return meta(QStringLiteral("interval")).toInt();
}

bool ExternalStore::isStarted() const
{
    return meta(QStringLiteral("state")) == QLatin1String("started");
}

Status ExternalStore::setStarted(bool started)
{
    return setMeta(QStringLiteral("state"), started ? QStringLiteral("started") : QStringLiteral("stopped"));
}

QDateTime ExternalStore::lastRun() const
{
    return QDateTime::fromString(meta(QStringLiteral("last-run")), Qt::ISODate);
}

bool ExternalStore::isDue(const QDateTime& now) const
{
    if (!isStarted())
        return false;
    const int every = interval();
    const QDateTime last = lastRun();
    return every == 0 || !last.isValid() || last.secsTo(now) >= every || last > now;
}

Status ExternalStore::setLastRun(const QDateTime& at)
{
    return setMeta(QStringLiteral("last-run"), MessageRow::stamp(at));
}

Status ExternalStore::log(const QString& text)
{
    return m_connection->transaction([&]() -> Status {
        auto r = m_connection->exec(QStringLiteral("INSERT INTO session_log(at, text) VALUES (?, ?)"),
                                    {MessageRow::stamp(), text});
        return r.status();
    });
}

Result<int> ExternalStore::pruneLog(const QString& cutoff)
{
    int gone = 0;
    const Status s = m_connection->transaction([&]() -> Status {
        auto r = m_connection->exec(QStringLiteral("DELETE FROM session_log WHERE at < ?"), {cutoff});
        if (!r)
            return r.error();
        gone = r->numRowsAffected();
        return {};
    });
    if (!s)
        return s.error();
    return gone;
}

Result<QList<ExternalLogLine>> ExternalStore::sessionLog(int limit) const
{
    auto q = m_connection->exec(QStringLiteral("SELECT id, at, text FROM (SELECT * FROM session_log"
                                               " ORDER BY id DESC LIMIT ?) ORDER BY id"),
                                {limit});
    if (!q)
        return q.error();
    QList<ExternalLogLine> out;
    QSqlQuery rows = std::move(q).value();
    while (rows.next())
        out.append(ExternalLogLine{rows.value(0).toLongLong(),
                                   QDateTime::fromString(rows.value(1).toString(), Qt::ISODate),
                                   rows.value(2).toString()});
    return out;
}

} // namespace sa::core
