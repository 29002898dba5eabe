#include "PostofficeStore.h"

#include "PostofficeAdmin.h"
#include "PostofficeDirsyncJournal.h"
#include "PostofficeDirsyncKeys.h"
#include "core/common/FolderListing.h"
#include "core/common/SqlText.h"
#include "core/common/TextRule.h"
#include "core/directory/AddressSyntax.h"
#include "core/dirsyncprotocol/DirsyncTemplates.h"
#include "core/storage/Migrator.h"
#include "core/storage/PostofficeDatabaseSchema.h"
#include "core/storage/PrivateFiles.h"
#include "core/storage/StorageProblem.h"

#include <QDir>
#include <QFileInfo>

namespace sa::core {

const QString PostofficeStore::SystemMailbox = QStringLiteral("$SYSTEM");

namespace {

Error bad(const Phrase& why)
{
    return Error(ErrorCode::InvalidArgument, why);
}

} // namespace

PostofficeStore::PostofficeStore(std::unique_ptr<SqliteConnection> connection)
    : m_connection(std::move(connection))
{
    // Read once per connection: a postoffice is opened several times a cycle, on a connection kept
    // open (issue 18: 220 reads an idle cycle of ten postoffices). A name that cannot be read is
    // empty: the file is refused where it is needed.
    QHash<QString, QString>& facts = m_connection->facts();
    if (!facts.contains(QStringLiteral("network"))) {
        QHash<QString, QString> read;
        const Status s = m_connection->eachRow(
            QStringLiteral("SELECT key, value FROM meta WHERE key IN ('network', 'postoffice')"), {},
            [&read](const QSqlQuery& row) { read.insert(row.value(0).toString(), row.value(1).toString()); });
        m_network = read.value(QStringLiteral("network"));
        m_postoffice = read.value(QStringLiteral("postoffice"));
        if (s && !m_network.isEmpty() && !m_postoffice.isEmpty())
            facts.insert(read);
        return;
    }
    m_network = facts.value(QStringLiteral("network"));
    m_postoffice = facts.value(QStringLiteral("postoffice"));
}

namespace {

/// A network or postoffice name as a part of a file name: '-' joins the two parts, so a '-' (and
/// the escape '%') inside a name is written %2D (%25): A-B/C and A/B-C get files of their own.
QString filePart(const QString& name)
{
    QString out;
    for (QChar c : name.toUpper())
        out += c == QLatin1Char('%')   ? QStringLiteral("%25")
               : c == QLatin1Char('-') ? QStringLiteral("%2D")
                                       : QString(c);
    return out;
}

/// The NET/PO a file name stands for (filePart undone), or the file name when it is not one of ours.
QString nameOfFile(const QString& file)
{
    const QStringList parts = file.chopped(int(qstrlen(".sqlite"))).split(QLatin1Char('-'));
    if (!file.endsWith(QLatin1String(".sqlite")) || parts.size() != 2)
        return file;
    QStringList names;
    for (QString p : parts)
        names << p.replace(QStringLiteral("%2D"), QStringLiteral("-"))
                     .replace(QStringLiteral("%25"), QStringLiteral("%"));
    return names.join(QLatin1Char('/'));
}

/// Where versions before the escaping kept NET/PO: NET-PO.sqlite, which two names could share.
QString legacyPathFor(const QString& orgDir, const QString& network, const QString& postoffice)
{
    return orgDir + QStringLiteral("/postoffices/%1-%2.sqlite").arg(network.toUpper(), postoffice.toUpper());
}

} // namespace

int PostofficeStore::databaseVersion()
{
    return postofficeDatabaseMigrations().last().version;
}

QString PostofficeStore::pathFor(const QString& orgDir, const QString& network, const QString& postoffice)
{
    return orgDir + QStringLiteral("/postoffices/%1-%2.sqlite").arg(filePart(network), filePart(postoffice));
}

bool PostofficeStore::exists(const QString& orgDir, const QString& netPo)
{
    return open(orgDir, netPo).ok();
}

Result<std::pair<QString, QString>> PostofficeStore::parseName(const QString& netPo)
{
    const QStringList parts = netPo.trimmed().split(QLatin1Char('/'));
    if (parts.size() != 2)
        return bad(Phrase::tr("\"%1\" is not NETWORK/POSTOFFICE").arg(netPo));
    if (Status s = AddressSyntax::checkMsMailPart(QStringLiteral("network"), parts.at(0)); !s)
        return s.error();
    if (Status s = AddressSyntax::checkMsMailPart(QStringLiteral("postoffice"), parts.at(1)); !s)
        return s.error();
    return std::pair{parts.at(0).toUpper(), parts.at(1).toUpper()};
}

Result<std::unique_ptr<PostofficeStore>> PostofficeStore::create(const QString& orgDir, const QString& netPo,
                                                                 const QString& adminPassword)
{
    auto name = parseName(netPo);
    if (!name)
        return name.error();
    if (!QFileInfo(orgDir + QStringLiteral("/sites")).isDir())
        return Error(ErrorCode::NotFound,
                     Phrase::tr("%1 holds no organization (create one with siteadminctl init)").arg(orgDir));
    const QString path = pathFor(orgDir, name->first, name->second);
    if (QFileInfo::exists(path) || exists(orgDir, netPo))
        return Error(ErrorCode::AlreadyExists,
                     Phrase::tr("the postoffice %1/%2 already exists").arg(name->first, name->second));
    // Hashed before the file is made: a password PasswordRule refuses writes nothing.
    QString adminHash;
    if (!adminPassword.isEmpty()) {
        auto kept = PostofficeAdmin::keptFor(adminPassword, name->first + QLatin1Char('/') + name->second);
        if (!kept)
            return kept.error();
        adminHash = kept.value();
    }
    if (!PrivateFiles::makeFolder(orgDir + QStringLiteral("/postoffices")))
        return Error(ErrorCode::Storage, Phrase::tr("cannot create %1/postoffices").arg(orgDir));
    const Status made = Migrator::createFile(
        path, PostofficeApplicationId, QStringLiteral("postoffice"), postofficeDatabaseMigrations(),
        [&](SqliteConnection& c) -> Status {
            for (const auto& [k, v] : {std::pair{QStringLiteral("network"), name->first},
                                       std::pair{QStringLiteral("postoffice"), name->second},
                                       std::pair{PostofficeAdmin::HashKey, adminHash}}) {
                if (v.isEmpty())
                    continue; // no administrator password given (a program's postoffice)
                if (auto r = c.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"), {k, v}); !r)
                    return r.error();
            }
            return {};
        });
    if (!made)
        return made.error();
    return open(path);
}

Result<std::unique_ptr<PostofficeStore>> PostofficeStore::open(const QString& path)
{
    auto conn =
        SqliteConnection::open(path, SqliteConnection::OpenMode::ExistingOnly, PostofficeApplicationId,
                               QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "postoffice")));
    if (!conn)
        return conn.error();
    if (Status s =
            Migrator::migrate(*conn.value(), postofficeDatabaseMigrations(), QStringLiteral("postoffice"));
        !s)
        return s.error();
    return std::unique_ptr<PostofficeStore>(new PostofficeStore(std::move(conn).value()));
}

Result<std::unique_ptr<PostofficeStore>> PostofficeStore::open(const QString& orgDir, const QString& netPo)
{
    auto name = parseName(netPo);
    if (!name)
        return name.error();
    const QString path = pathFor(orgDir, name->first, name->second);
    // Opened without asking first whether the file is there (a kept connection is taken again at
    // once; asking cost a system call at every opening, issue 18): only a missing file goes on.
    auto po = open(path);
    if (po || po.error().code() != ErrorCode::NotFound || QFileInfo::exists(path))
        return po;
    // A postoffice made before names were escaped in file names, if that file is really its own.
    const QString legacy = legacyPathFor(orgDir, name->first, name->second);
    if (legacy != path && QFileInfo::exists(legacy)) {
        auto old = open(legacy);
        if (old && old.value()->name() == name->first + QLatin1Char('/') + name->second)
            return old;
    }
    return Error(ErrorCode::NotFound,
                 Phrase::tr("no postoffice %1/%2 in %3").arg(name->first, name->second, orgDir));
}

QStringList PostofficeStore::list(const QString& orgDir, Phrases* unreadable)
{
    QStringList out;
    eachOpen(orgDir, unreadable, [&out](PostofficeStore& po) -> Status {
        out << po.name();
        return {};
    });
    return out;
}

Status PostofficeStore::eachOpen(const QString& orgDir, Phrases* unreadable,
                                 const std::function<Status(PostofficeStore&)>& visit)
{
    for (const QString& f :
         FolderListing::files(orgDir + QStringLiteral("/postoffices"), QStringLiteral(".sqlite"))) {
        const QString path = orgDir + QStringLiteral("/postoffices/") + f;
        auto po = open(path);
        if (po) {
            if (Status s = visit(*po.value()); !s)
                return s;
        } else if (unreadable) {
            *unreadable << Phrase::tr("the postoffice %1 (postoffices/%2) cannot be opened: %3")
                               .arg(nameOfFile(f), f, StorageProblem::withoutPath(po.error().phrase(), path));
        }
    }
    return {};
}

bool PostofficeStore::hasMailbox(const QString& mailbox) const
{
    if (mailbox.compare(SystemMailbox, Qt::CaseInsensitive) == 0)
        return true;
    // On the C API: asked for every message submitted and delivered (issue 18).
    auto lookUp = m_connection->statement(QStringLiteral("SELECT 1 FROM users WHERE key = ?"));
    if (!lookUp)
        return false;
    SqliteStatement& s = *lookUp.value();
    auto found = s.bind(1, mailbox.toUpper()).next();
    s.reset();
    return found && *found;
}

Status PostofficeStore::checkUserText(const QString& fullName, const QMap<QString, QString>& fields)
{
    // The one rule for text (TextRule), with MS Mail's limit on full names; template prompts and
    // values are one line each, as MS Mail's extended user information was.
    if (const Phrase why = TextRule::problem(fullName, TextRule::Lines::One, MaxFullName); !why.isEmpty())
        return bad(Phrase::tr("the full name %1 is not valid: %2").arg(TextRule::quoted(fullName), why));
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (const Phrase why = TextRule::problem(it.key()); !why.isEmpty() || it.key().trimmed().isEmpty())
            return bad(Phrase::tr("the template field %1 is not valid: %2")
                           .arg(TextRule::quoted(it.key()), why.isEmpty() ? Phrase::tr("it is empty") : why));
        if (const Phrase why = TextRule::problem(it.value()); !why.isEmpty())
            return bad(Phrase::tr("the template field %1's value %2 is not valid: %3")
                           .arg(it.key(), TextRule::quoted(it.value()), why));
    }
    return {};
}

Status PostofficeStore::addUser(const QString& mailbox, const QString& fullName,
                                const QMap<QString, QString>& fields)
{
    return addUsers({PoUser{mailbox, fullName, fields}});
}

Status PostofficeStore::addUsers(const QList<PoUser>& users)
{
    for (const PoUser& u : users) {
        if (Status s = AddressSyntax::checkMsMailPart(QStringLiteral("mailbox"), u.mailbox); !s)
            return s;
        if (u.mailbox.startsWith(QLatin1Char('$')))
            return bad(Phrase::tr("mailbox names starting with $ are the postoffice's own"));
        if (u.fullName.trimmed().isEmpty())
            return bad(Phrase::tr("a user needs a full name"));
        if (Status s = checkUserText(u.fullName, u.fields); !s)
            return s;
    }
    return m_connection->transaction([&]() -> Status {
        for (const PoUser& u : users) {
            if (Status s = insertUser(u); !s)
                return s;
        }
        return {};
    });
}

Status PostofficeStore::insertUser(const PoUser& u)
{
    const QString& mailbox = u.mailbox;
    const QString fullName = u.fullName.trimmed();
    if (hasMailbox(mailbox))
        return Error(ErrorCode::AlreadyExists,
                     Phrase::tr("%1 already has a mailbox %2").arg(name(), mailbox.toUpper()));
    auto same = m_connection->scalar(QStringLiteral("SELECT mailbox FROM users WHERE full_key = ?"),
                                     {fullName.toLower()});
    if (same && !same->isNull())
        return Error(ErrorCode::AlreadyExists, Phrase::tr("the full name \"%1\" is already used by %2 on %3")
                                                   .arg(fullName, same->toString(), name()));
    if (auto r = m_connection->exec(
            QStringLiteral("INSERT INTO users(key, mailbox, full_name, full_key) VALUES (?, ?, ?, ?)"),
            {mailbox.toUpper(), mailbox.toUpper(), fullName, fullName.toLower()});
        !r)
        return r.error();
    for (auto it = u.fields.constBegin(); it != u.fields.constEnd(); ++it) {
        if (auto r = m_connection->exec(
                QStringLiteral("INSERT INTO user_fields(key, prompt, value) VALUES (?, ?, ?)"),
                {mailbox.toUpper(), it.key(), it.value()});
            !r)
            return r.error();
    }
    // T0: the change enters REQTRANS with it (when the postoffice takes part in dirsync).
    return PostofficeDirsyncJournal(*this).recordChange(DirsyncTransaction::Code::Add, mailbox, {});
}

Status PostofficeStore::modifyUser(const QString& mailbox, const QString& fullName,
                                   const QMap<QString, QString>& fields)
{
    if (Status s = checkUserText(fullName, fields); !s)
        return s;
    return m_connection->transaction([&]() -> Status {
        auto exists = m_connection->scalar(QStringLiteral("SELECT full_name FROM users WHERE key = ?"),
                                           {mailbox.toUpper()});
        if (!exists || !exists->isValid())
            return Error(ErrorCode::NotFound, Phrase::tr("%1 has no user %2").arg(name(), mailbox.toUpper()));
        const QString oldName = exists->toString();
        if (!fullName.trimmed().isEmpty()) {
            auto same = m_connection->scalar(
                QStringLiteral("SELECT mailbox FROM users WHERE full_key = ? AND key != ?"),
                {fullName.trimmed().toLower(), mailbox.toUpper()});
            if (same && !same->isNull())
                return Error(ErrorCode::AlreadyExists,
                             Phrase::tr("the full name \"%1\" is already used by %2 on %3")
                                 .arg(fullName.trimmed(), same->toString(), name()));
            if (auto r = m_connection->exec(
                    QStringLiteral("UPDATE users SET full_name = ?, full_key = ? WHERE key = ?"),
                    {fullName.trimmed(), fullName.trimmed().toLower(), mailbox.toUpper()});
                !r)
                return r.error();
        }
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            auto r =
                it.value().isEmpty()
                    ? m_connection->exec(
                          QStringLiteral("DELETE FROM user_fields WHERE key = ? AND prompt = ?"),
                          {mailbox.toUpper(), it.key()})
                    : m_connection->exec(
                          QStringLiteral("INSERT INTO user_fields(key, prompt, value) VALUES (?, ?, ?)"
                                         " ON CONFLICT(key, prompt) DO UPDATE SET value = excluded.value"),
                          {mailbox.toUpper(), it.key(), it.value()});
            if (!r)
                return r.error();
        }
        return PostofficeDirsyncJournal(*this).recordChange(DirsyncTransaction::Code::Modify, mailbox,
                                                            oldName);
    });
}

Status PostofficeStore::deleteUser(const QString& mailbox)
{
    return m_connection->transaction([&]() -> Status {
        auto old = m_connection->scalar(QStringLiteral("SELECT full_name FROM users WHERE key = ?"),
                                        {mailbox.toUpper()});
        if (!old)
            return old.error();
        if (!old->isValid())
            return Error(ErrorCode::NotFound, Phrase::tr("%1 has no user %2").arg(name(), mailbox.toUpper()));
        auto r = m_connection->exec(QStringLiteral("DELETE FROM users WHERE key = ?"), {mailbox.toUpper()});
        if (!r)
            return r.error();
        return PostofficeDirsyncJournal(*this).recordChange(DirsyncTransaction::Code::Delete, mailbox,
                                                            old->toString());
    });
}

Result<QList<PoUser>> PostofficeStore::users() const
{
    auto q = m_connection->exec(
        QStringLiteral("SELECT u.mailbox, u.full_name, f.prompt, f.value FROM users u"
                       " LEFT JOIN user_fields f ON f.key = u.key ORDER BY u.full_key, f.prompt"));
    if (!q)
        return q.error();
    QList<PoUser> out;
    QSqlQuery rows = std::move(q).value();
    while (rows.next()) {
        if (out.isEmpty() || out.last().mailbox != rows.value(0).toString())
            out.append(PoUser{rows.value(0).toString(), rows.value(1).toString(), {}});
        if (!rows.value(2).isNull())
            out.last().fields.insert(rows.value(2).toString(), rows.value(3).toString());
    }
    return out;
}

Status PostofficeStore::setRoute(const QString& target, const QString& via)
{
    auto t = parseName(target);
    if (!t)
        return t.error();
    const QString targetName = t->first + QLatin1Char('/') + t->second;
    if (targetName == name())
        return bad(Phrase::tr("%1 is this postoffice").arg(targetName));
    QString viaName;
    if (!via.isEmpty()) {
        auto v = parseName(via);
        if (!v)
            return v.error();
        viaName = v->first + QLatin1Char('/') + v->second;
        if (viaName == targetName)
            return bad(Phrase::tr("%1 cannot be reached via itself").arg(targetName));
    }
    return m_connection->transaction([&]() -> Status {
        if (!viaName.isEmpty()) {
            auto viaRoute = m_connection->scalar(
                QStringLiteral("SELECT via FROM routes WHERE target_key = ?"), {viaName});
            if (!viaRoute || !viaRoute->isValid())
                return Error(
                    ErrorCode::NotFound,
                    Phrase::tr("%1 has no route to %2; define it (direct) first").arg(name(), viaName));
            if (!viaRoute->toString().isEmpty())
                return bad(Phrase::tr("%1 is itself indirect; route via a direct postoffice").arg(viaName));
        }
        auto r =
            m_connection->exec(QStringLiteral("INSERT INTO routes(target_key, target, via) VALUES (?, ?, ?)"
                                              " ON CONFLICT(target_key) DO UPDATE SET via = excluded.via"),
                               {targetName, targetName, viaName.isEmpty() ? QVariant() : QVariant(viaName)});
        return r.status();
    });
}

Status PostofficeStore::removeRoute(const QString& target)
{
    auto t = parseName(target);
    if (!t)
        return t.error();
    const QString targetName = t->first + QLatin1Char('/') + t->second;
    return m_connection->transaction([&]() -> Status {
        auto users =
            m_connection->scalar(QStringLiteral("SELECT count(*) FROM routes WHERE via = ?"), {targetName});
        if (users && users->toInt() > 0)
            return Error(ErrorCode::NotAllowed,
                         Phrase::tr("%1 is the way to %2 other postoffice(s); remove those routes first")
                             .arg(targetName)
                             .arg(users->toInt()));
        auto r = m_connection->exec(QStringLiteral("DELETE FROM routes WHERE target_key = ?"), {targetName});
        if (!r)
            return r.error();
        if (r->numRowsAffected() == 0)
            return Error(ErrorCode::NotFound, Phrase::tr("%1 has no route to %2").arg(name(), targetName));
        return {};
    });
}

Result<QList<PoRoute>> PostofficeStore::routes() const
{
    auto q = m_connection->exec(QStringLiteral("SELECT target, via FROM routes ORDER BY target_key"));
    if (!q)
        return q.error();
    QList<PoRoute> out;
    QSqlQuery rows = std::move(q).value();
    while (rows.next())
        out.append(PoRoute{rows.value(0).toString(), rows.value(1).toString()});
    return out;
}

QString PostofficeStore::nextHop(const QString& target) const
{
    auto lookUp = m_connection->statement(
        QStringLiteral("SELECT coalesce(via, target) FROM routes WHERE target_key = ?"));
    if (!lookUp)
        return {};
    SqliteStatement& s = *lookUp.value();
    auto found = s.bind(1, target.toUpper()).next();
    const QString hop = found && *found ? s.text(0) : QString();
    s.reset();
    return hop;
}

Result<QList<PoGalEntry>> PostofficeStore::gal() const
{
    QList<PoGalEntry> out;
    auto local = users();
    if (!local)
        return local.error();
    for (const PoUser& u : local.value()) {
        PoGalEntry e{u.fullName, name() + QLatin1Char('/') + u.mailbox, true, {}};
        for (auto it = u.fields.constBegin(); it != u.fields.constEnd(); ++it)
            e.fields.append(DirsyncField{it.key(), it.value()});
        out.append(e);
    }
    auto q = m_connection->exec(
        QStringLiteral("SELECT full_name, address, fields FROM external ORDER BY lower(full_name)"));
    if (!q)
        return q.error();
    QSqlQuery rows = std::move(q).value();
    while (rows.next())
        out.append(PoGalEntry{rows.value(0).toString(), rows.value(1).toString(), false,
                              DirsyncTemplates::decode(rows.value(2).toString())});
    std::stable_sort(out.begin(), out.end(), [](const PoGalEntry& a, const PoGalEntry& b) {
        return a.fullName.compare(b.fullName, Qt::CaseInsensitive) < 0;
    });
    return out;
}

Status PostofficeStore::setExternal(const QString& address, const QString& fullName, const QString& source)
{
    return m_connection->transaction([&]() -> Status {
        auto r = m_connection->exec(
            QStringLiteral("INSERT INTO external(address_key, address, full_name, source) VALUES (?, ?, ?, ?)"
                           " ON CONFLICT(address_key) DO UPDATE SET full_name = excluded.full_name,"
                           " source = excluded.source"),
            {address.toUpper(), address, fullName, source});
        return r.status();
    });
}

Status PostofficeStore::removeExternal(const QString& address)
{
    return m_connection->transaction([&]() -> Status {
        auto r = m_connection->exec(QStringLiteral("DELETE FROM external WHERE address_key = ?"),
                                    {address.toUpper()});
        return r.status();
    });
}

// The settings, and what directory synchronization asks of the postoffice (its role, a user as a
// dirsync transaction).

QString PostofficeStore::metaValue(const QString& key) const
{
    auto value = readMeta(key);
    return value ? value.value() : QString();
}

Result<QString> PostofficeStore::readMeta(const QString& key) const
{
    // A scalar: its statement stays prepared while the connection is kept (run()'s reads are let go
    // at every keep, and the role and the undeliverable time were read again each pass of an idle
    // cycle; issue 18). Meta values are numbers and short names.
    auto v = m_connection->scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!v)
        return v.error();
    return v->toString();
}

Status PostofficeStore::setMetaValue(const QString& key, const QString& value)
{
    auto r = m_connection->run(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"
                                              " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                               {key, sqlText(value)});
    return r.status();
}

bool PostofficeStore::isDirsyncServer() const
{
    return metaValue(QStringLiteral("dirsync-role")) == QLatin1String("server");
}

bool PostofficeStore::isDirsyncRequestor() const
{
    return !metaValue(podirsync::KeyServer).isEmpty();
}

QString PostofficeStore::dirsyncAddress(const QString& mailbox) const
{
    return QStringLiteral("PCM:%1/%2").arg(name(), mailbox.toUpper());
}

DirsyncTransaction PostofficeStore::userTransaction(const PoUser& user) const
{
    DirsyncTransaction t;
    t.code = DirsyncTransaction::Code::Add;
    t.fullName = user.fullName;
    t.address = dirsyncAddress(user.mailbox);
    for (auto it = user.fields.constBegin(); it != user.fields.constEnd(); ++it) // in prompt order
        t.fields.append(DirsyncField{it.key(), it.value()});
    return t;
}

Result<DirsyncTransaction> PostofficeStore::userTransaction(const QString& mailbox) const
{
    auto q = m_connection->run(QStringLiteral("SELECT u.full_name, f.prompt, f.value FROM users u"
                                              " LEFT JOIN user_fields f ON f.key = u.key"
                                              " WHERE u.key = ? ORDER BY f.prompt"),
                               {mailbox.toUpper()});
    if (!q)
        return q.error();
    PoUser user{mailbox, {}, {}};
    QSqlQuery& rows = *q.value();
    bool found = false;
    while (rows.next()) {
        found = true;
        user.fullName = rows.value(0).toString();
        if (!rows.value(1).isNull())
            user.fields.insert(rows.value(1).toString(), rows.value(2).toString());
    }
    rows.finish();
    if (!found)
        return Error(ErrorCode::NotFound, Phrase::tr("%1 has no user %2").arg(name(), mailbox.toUpper()));
    return userTransaction(user);
}

} // namespace sa::core
