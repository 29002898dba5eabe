#include "PostofficeDatabaseSchema.h"

#include "SqliteConnection.h"
#include "core/common/PasswordHash.h"

namespace sa::core {

namespace {

Status createVersion1(SqliteConnection& c)
{
    return Migrator::execAll(
        c,
        {
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE users (key TEXT PRIMARY KEY, mailbox TEXT NOT NULL, full_name TEXT NOT NULL,"
            " full_key TEXT NOT NULL UNIQUE)",
            "CREATE TABLE user_fields (key TEXT NOT NULL REFERENCES users(key) ON DELETE CASCADE,"
            " prompt TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (key, prompt)) WITHOUT ROWID",
            "CREATE TABLE routes (target_key TEXT PRIMARY KEY, target TEXT NOT NULL, via TEXT)",
            // "in": to deliver or forward here; "out": waiting for the carrier of next_hop.
            "CREATE TABLE queue (seq INTEGER PRIMARY KEY, message_id TEXT NOT NULL,"
            " direction TEXT NOT NULL CHECK (direction IN ('in', 'out')), next_hop TEXT,"
            " sender TEXT NOT NULL, recipient TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL,"
            " attachment BLOB, attachment_name TEXT, submitted TEXT NOT NULL, hops INTEGER NOT NULL,"
            " report INTEGER NOT NULL, UNIQUE (message_id, direction))",
            "CREATE INDEX queue_next_hop ON queue(direction, next_hop, seq)",
            "CREATE TABLE mail (id INTEGER PRIMARY KEY, mailbox_key TEXT NOT NULL, message_id TEXT NOT NULL,"
            " sender TEXT NOT NULL, recipient TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL,"
            " attachment BLOB, attachment_name TEXT, submitted TEXT NOT NULL, delivered TEXT NOT NULL,"
            " read INTEGER NOT NULL DEFAULT 0, report INTEGER NOT NULL, UNIQUE (mailbox_key, message_id))",
            // Ids of messages taken in: a message handed over twice (after a crash) is kept once.
            "CREATE TABLE seen (message_id TEXT PRIMARY KEY, at TEXT NOT NULL) WITHOUT ROWID",
            "CREATE TABLE external (address_key TEXT PRIMARY KEY, address TEXT NOT NULL,"
            " full_name TEXT NOT NULL, source TEXT NOT NULL)",
        });
}

/// Directory synchronization as a requestor: REQTRANS.GLB (the transactions not yet confirmed by
/// the server) and DIRSYNC.LOG; REQCONF's numbers and the requestor's settings are kept in meta.
Status createVersion2(SqliteConnection& c)
{
    return Migrator::execAll(
        c, {
               "CREATE TABLE reqtrans (seq INTEGER PRIMARY KEY, code TEXT NOT NULL, full_name TEXT NOT NULL,"
               " address TEXT NOT NULL, new_full_name TEXT NOT NULL, new_address TEXT NOT NULL,"
               " fields TEXT NOT NULL)",
               "CREATE TABLE dirsync_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, task TEXT NOT NULL,"
               " text TEXT NOT NULL)",
           });
}

/// Directory synchronization as a server: SRVCONF.GLB (one row per registered requestor, with its
/// numbers), MSTTRANS.GLB (every transaction received, numbered), and the master list as it stands
/// (what an import reply sends).
Status createVersion3(SqliteConnection& c)
{
    return Migrator::execAll(
        c, {
               "CREATE TABLE srvconf (requestor_key TEXT PRIMARY KEY, password TEXT NOT NULL,"
               " req_sync INTEGER NOT NULL DEFAULT 0, conf_sync INTEGER NOT NULL DEFAULT 0,"
               " imp_sync INTEGER NOT NULL DEFAULT 0, address TEXT NOT NULL DEFAULT '',"
               " answer INTEGER NOT NULL DEFAULT 0, full_reply INTEGER NOT NULL DEFAULT 0, last_update TEXT)",
               "CREATE TABLE msttrans (seq INTEGER PRIMARY KEY, requestor_key TEXT NOT NULL, code TEXT NOT "
               "NULL,"
               " full_name TEXT NOT NULL, address TEXT NOT NULL, new_full_name TEXT NOT NULL,"
               " new_address TEXT NOT NULL)",
               "CREATE TABLE master (address_key TEXT PRIMARY KEY, address TEXT NOT NULL, full_name TEXT NOT "
               "NULL,"
               " requestor_key TEXT NOT NULL)",
               "CREATE INDEX master_requestor ON master(requestor_key)",
           });
}

/// Template fields (MS Mail's extended user information, "Prompt:/value" lines) of the entries
/// that came by directory synchronization: in the address list, in MSTTRANS and in the master list.
Status createVersion4(SqliteConnection& c)
{
    return Migrator::execAll(c, {
                                    "ALTER TABLE external ADD COLUMN fields TEXT NOT NULL DEFAULT ''",
                                    "ALTER TABLE msttrans ADD COLUMN fields TEXT NOT NULL DEFAULT ''",
                                    "ALTER TABLE master ADD COLUMN fields TEXT NOT NULL DEFAULT ''",
                                });
}

/// Handed-over message ids are let go after SeenIds::RetentionDays, found by their time.
Status createVersion5(SqliteConnection& c)
{
    auto r = c.exec(QStringLiteral("CREATE INDEX seen_at ON seen(at)"));
    return r.status();
}

/// Nothing waits silently (MS Mail's SYSTEM.LOG and undeliverable mail): when each queued
/// message entered the queue, why one bound for another postoffice still waits, and the log of
/// mail the postoffice returned or could not move.
Status createVersion6(SqliteConnection& c)
{
    return Migrator::execAll(
        c, {
               "ALTER TABLE queue ADD COLUMN queued_at TEXT NOT NULL DEFAULT ''",
               "ALTER TABLE queue ADD COLUMN reason TEXT NOT NULL DEFAULT ''",
               "UPDATE queue SET queued_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
               "CREATE INDEX queue_waiting ON queue(direction, queued_at)",
               "CREATE TABLE system_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, source TEXT NOT NULL,"
               " text TEXT NOT NULL)",
           });
}

/// The users MS Mail could not carry, kept as users change, so that a T1 need not read every user
/// to list them each cycle (issue 18). A postoffice from before has no rules mark in meta: its next
/// T1 looks at every user once and fills the table (PostofficeDirsyncJournal::unsendable).
Status createVersion7(SqliteConnection& c)
{
    auto r = c.exec(
        QStringLiteral("CREATE TABLE unsendable (key TEXT PRIMARY KEY REFERENCES users(key)"
                       " ON DELETE CASCADE, full_key TEXT NOT NULL, line TEXT NOT NULL) WITHOUT ROWID"));
    return r.status();
}

/// Whether any message for a next hop waits for another reason than the one a pass found is two
/// seeks in this index: without it each pass read every message queued for the hop (PostofficeQueue::
/// setWaitingReason; issue 18).
Status createVersion8(SqliteConnection& c)
{
    return c.exec(QStringLiteral("CREATE INDEX queue_hop_reason ON queue(direction, next_hop, reason)"))
        .status();
}

/// Why mail waits is a next hop's, not each message's: one row per hop in a table of its own (a pass
/// that finds a hop waiting for another reason writes one row, and a message taken in or carried
/// off writes no reason). The queue's outbound mail is found by hop and time in one index, which
/// serves carrying oldest first and the return of what waited too long: a queued message is
/// written into three b-trees instead of five (issue 18).
Status createVersion9(SqliteConnection& c)
{
    return Migrator::execAll(
        c, {
               "CREATE TABLE hop_waiting (next_hop TEXT PRIMARY KEY, reason TEXT NOT NULL) WITHOUT ROWID",
               "INSERT INTO hop_waiting(next_hop, reason) SELECT next_hop, max(reason) FROM queue"
               " WHERE direction = 'out' AND next_hop IS NOT NULL AND reason != '' GROUP BY next_hop",
               "DROP INDEX queue_hop_reason",
               "DROP INDEX queue_waiting",
               "DROP INDEX queue_next_hop",
               "ALTER TABLE queue DROP COLUMN reason",
               "CREATE INDEX queue_by_hop ON queue(direction, next_hop, queued_at, seq)",
           });
}

/// Handed-over message ids in two generations of ids alone (SeenIds): the ids kept so far become
/// the old generation, kept another SeenIds::RetentionDays; the new one starts at the next
/// hand-over. An id costs one b-tree instead of two (issue 18).
Status createVersion10(SqliteConnection& c)
{
    return Migrator::execAll(c, {
                                    "CREATE TABLE seen_old (message_id TEXT PRIMARY KEY) WITHOUT ROWID",
                                    "INSERT INTO seen_old(message_id) SELECT message_id FROM seen",
                                    "DROP TABLE seen",
                                    "CREATE TABLE seen (message_id TEXT PRIMARY KEY) WITHOUT ROWID",
                                    "CREATE TABLE seen_since (at TEXT NOT NULL)",
                                });
}

/// The administrator password kept as a hash (PasswordHash, issue 19): it is checked, never sent.
/// The clear value of earlier files is hashed and deleted with secure_delete on, so its text is
/// overwritten in the page instead of left in free space (the file's last close then checkpoints
/// that page over the old one). An empty one was no password: it is dropped.
Status createVersion11(SqliteConnection& c)
{
    auto clear = c.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'admin-password'"));
    if (!clear)
        return clear.error();
    const QString password = clear->toString();
    if (!password.isEmpty()) {
        auto hash = PasswordHash::make(password);
        if (!hash)
            return hash.error();
        if (auto r = c.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('admin-password-hash', ?)"),
                            {hash.value()});
            !r)
            return r.error();
    }
    return Migrator::execAll(c, {
                                    "PRAGMA secure_delete = ON",
                                    "DELETE FROM meta WHERE key = 'admin-password'",
                                    "PRAGMA secure_delete = OFF",
                                });
}

/// The passwords a server postoffice checks on its requestors' dirsync mail, kept as hashes too
/// (PasswordHash::Cost::EveryMessage): the server never sends them. Clear ones of earlier files are
/// hashed and their text overwritten (secure_delete), as version 11 did for the administrator's. An
/// empty one stays empty: a requestor registered with none, whose mail MS Mail accepted unchecked.
Status createVersion12(SqliteConnection& c)
{
    auto rows = c.exec(QStringLiteral("SELECT requestor_key, password FROM srvconf WHERE password <> ''"));
    if (!rows)
        return rows.error();
    QList<std::pair<QString, QString>> clear;
    while (rows.value().next()) {
        if (!PasswordHash::isHash(rows.value().value(1).toString()))
            clear.append({rows.value().value(0).toString(), rows.value().value(1).toString()});
    }
    rows.value().finish();
    if (auto on = c.exec(QStringLiteral("PRAGMA secure_delete = ON")); !on)
        return on.error();
    for (const auto& [key, password] : clear) {
        auto hash = PasswordHash::make(password, PasswordHash::Cost::EveryMessage);
        if (!hash)
            return hash.error();
        if (auto r = c.exec(QStringLiteral("UPDATE srvconf SET password = ? WHERE requestor_key = ?"),
                            {hash.value(), key});
            !r)
            return r.error();
    }
    auto off = c.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
    return off ? Status() : Status(off.error());
}

} // namespace

const QList<MigrationStep>& postofficeDatabaseMigrations()
{
    static const QList<MigrationStep> steps{
        {1, QStringLiteral("users, routes, queue and mail"), createVersion1},
        {2, QStringLiteral("directory synchronization"), createVersion2},
        {3, QStringLiteral("directory synchronization as a server"), createVersion3},
        {4, QStringLiteral("template fields of synchronized entries"), createVersion4},
        {5, QStringLiteral("handed-over message ids by time"), createVersion5},
        {6, QStringLiteral("queue times, waiting reasons and the system log"), createVersion6},
        {7, QStringLiteral("users directory synchronization cannot carry"), createVersion7},
        {8, QStringLiteral("waiting reasons by next hop"), createVersion8},
        {9, QStringLiteral("waiting reasons kept per next hop, outbound mail by hop and time"),
         createVersion9},
        {10, QStringLiteral("handed-over message ids in two generations"), createVersion10},
        {11, QStringLiteral("the administrator password kept as a hash"), createVersion11},
        {12, QStringLiteral("the requestors' dirsync passwords kept as hashes at their server"),
         createVersion12}};
    return steps;
}

} // namespace sa::core
