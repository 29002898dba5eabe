#include "SiteDatabaseSchema.h"

#include "SortKey.h"

#include <QDateTime>

namespace sa::core {

namespace {

// Version 1: objects, their attributes, and the site's key/value facts (USN counter, names).
Status createVersion1(SqliteConnection& c)
{
    return Migrator::execAll(
        c,
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE objects ("
                           " id INTEGER PRIMARY KEY,"
                           " guid TEXT NOT NULL UNIQUE,"
                           " class TEXT NOT NULL,"
                           " parent_id INTEGER REFERENCES objects(id),"
                           " rdn TEXT NOT NULL,"
                           " dn TEXT NOT NULL,"
                           " dn_key TEXT NOT NULL UNIQUE," // lower-case DN; a tombstone gets #deleted:<guid>
                           " usn_created INTEGER NOT NULL,"
                           " usn_changed INTEGER NOT NULL,"
                           " when_created TEXT NOT NULL,"
                           " when_changed TEXT NOT NULL,"
                           " deleted INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX objects_parent ON objects(parent_id)"),
            QStringLiteral("CREATE TABLE attrs ("
                           " object_id INTEGER NOT NULL REFERENCES objects(id) ON DELETE CASCADE,"
                           " name TEXT NOT NULL,"
                           " idx INTEGER NOT NULL,"
                           " value TEXT NOT NULL,"
                           " PRIMARY KEY (object_id, name, idx)) WITHOUT ROWID"),
            QStringLiteral("INSERT INTO meta(key, value) VALUES ('usn', '0')"),
        });
}

// Version 2: a sort key on each object so that contents lists page through a container in order
// without loading it, indexes by USN for change feeds, and a log of where modified objects were
// before each change (so open views can move rows instead of resetting).
Status upgradeToVersion2(SqliteConnection& c)
{
    if (Status s = Migrator::execAll(
            c,
            {
                QStringLiteral("ALTER TABLE objects ADD COLUMN sort_key TEXT NOT NULL DEFAULT ''"),
                QStringLiteral(
                    "CREATE INDEX objects_children_by_name ON objects(parent_id, deleted, sort_key, id)"),
                QStringLiteral(
                    "CREATE INDEX objects_children_by_usn ON objects(parent_id, deleted, usn_changed)"),
                QStringLiteral("CREATE INDEX objects_usn_changed ON objects(usn_changed)"),
                QStringLiteral("CREATE TABLE change_log ("
                               " usn INTEGER PRIMARY KEY,"
                               " object_id INTEGER NOT NULL REFERENCES objects(id) ON DELETE CASCADE,"
                               " prev_parent_id INTEGER,"
                               " prev_sort_key TEXT NOT NULL,"
                               " prev_usn_changed INTEGER NOT NULL,"
                               " prev_deleted INTEGER NOT NULL)"),
                QStringLiteral("CREATE INDEX change_log_object ON change_log(object_id, usn)"),
            });
        !s)
        return s;

    // Fill the sort keys of existing objects in C++: SQLite's lower() folds ASCII only.
    auto rows = c.exec(QStringLiteral("SELECT o.id, o.rdn, a.value FROM objects o LEFT JOIN attrs a"
                                      " ON a.object_id = o.id AND a.name = ? AND a.idx = 0"),
                       {QStringLiteral("Display-Name")});
    if (!rows)
        return rows.error();
    auto update = c.prepare(QStringLiteral("UPDATE objects SET sort_key = ? WHERE id = ?"));
    if (!update)
        return update.error();
    QSqlQuery q = std::move(rows).value();
    QSqlQuery u = std::move(update).value();
    while (q.next()) {
        const QString display = q.value(2).toString();
        u.addBindValue(SortKey::of(display.isEmpty() ? q.value(1).toString() : display));
        u.addBindValue(q.value(0));
        if (!u.exec())
            return SqliteConnection::queryError(u, QStringLiteral("filling sort keys"));
    }
    return {};
}

// Version 3: the number of live children of each container, kept by the writer in the same
// transaction, so opening a container of 100,000 recipients does not count them first.
Status upgradeToVersion3(SqliteConnection& c)
{
    return Migrator::execAll(
        c,
        {
            QStringLiteral("CREATE TABLE child_counts ("
                           " parent_id INTEGER PRIMARY KEY REFERENCES objects(id) ON DELETE CASCADE,"
                           " live INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO child_counts(parent_id, live) SELECT parent_id, count(*) FROM objects"
                           " WHERE deleted = 0 AND parent_id IS NOT NULL GROUP BY parent_id"),
        });
}

// Version 4: lookups by value for the rules of recipients: aliases unique in the site, e-mail
// addresses unique in the organization, references (Member, Manager, ...) followed back on delete.
// Partial indexes, so the other attributes cost nothing; RecipientRules repeats their WHEREs.
Status upgradeToVersion4(SqliteConnection& c)
{
    return Migrator::execAll(
        c, {
               QStringLiteral("CREATE INDEX attrs_alias ON attrs(lower(value)) WHERE name = 'Mail-Nickname'"),
               QStringLiteral("CREATE INDEX attrs_addresses ON attrs(lower(value), name)"
                              " WHERE name IN ('Proxy-Addresses', 'Target-Address')"),
               QStringLiteral(
                   "CREATE INDEX attrs_references ON attrs(lower(value), name)"
                   " WHERE name IN ('Manager', 'Member', 'Owner', 'Expansion-Server', 'Authorized-Sender',"
                   " 'Unauthorized-Sender')"),
           });
}

// Version 5: whether each object is hidden from the address book, on its row (and in the change
// log), and child counts per class and hidden state, so the views' filters (View > Mailboxes,
// Hidden Recipients, ...) page and count without reading attributes.
Status upgradeToVersion5(SqliteConnection& c)
{
    return Migrator::execAll(
        c,
        {
            QStringLiteral("ALTER TABLE objects ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("UPDATE objects SET hidden = 1 WHERE id IN (SELECT object_id FROM attrs"
                           " WHERE name = 'Hide-From-Address-Book' AND value = 'TRUE')"),
            QStringLiteral("ALTER TABLE change_log ADD COLUMN prev_hidden INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("DROP TABLE child_counts"),
            QStringLiteral("CREATE TABLE child_counts ("
                           " parent_id INTEGER NOT NULL REFERENCES objects(id) ON DELETE CASCADE,"
                           " class TEXT NOT NULL,"
                           " hidden INTEGER NOT NULL,"
                           " live INTEGER NOT NULL,"
                           " PRIMARY KEY (parent_id, class, hidden)) WITHOUT ROWID"),
            QStringLiteral("INSERT INTO child_counts(parent_id, class, hidden, live)"
                           " SELECT parent_id, class, hidden, count(*) FROM objects"
                           " WHERE deleted = 0 AND parent_id IS NOT NULL GROUP BY parent_id, class, hidden"),
        });
}

// Version 6: messaging and replication. Replicas of other sites' objects carry their master site
// and USN there; the site MTA's queue, the ids it has taken in, mail delivered to the site's own
// recipients (and the directory synchronization service's $SYSTEM), the event log, and the state
// of each server's services.
Status upgradeToVersion6(SqliteConnection& c)
{
    return Migrator::execAll(
        c,
        {
            QStringLiteral("ALTER TABLE objects ADD COLUMN master_site TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE objects ADD COLUMN master_usn INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE INDEX objects_master ON objects(master_site, usn_changed)"),
            QStringLiteral(
                "CREATE TABLE mta_queue (seq INTEGER PRIMARY KEY, message_id TEXT NOT NULL UNIQUE,"
                " sender TEXT NOT NULL, recipient TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL,"
                " attachment BLOB, attachment_name TEXT, submitted TEXT NOT NULL, hops INTEGER NOT NULL,"
                " report INTEGER NOT NULL, state TEXT NOT NULL DEFAULT 'queued', reason TEXT)"),
            QStringLiteral(
                "CREATE TABLE mta_seen (message_id TEXT PRIMARY KEY, at TEXT NOT NULL) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE site_mail (id INTEGER PRIMARY KEY, owner TEXT NOT NULL, message_id TEXT NOT "
                "NULL,"
                " sender TEXT NOT NULL, recipient TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL,"
                " attachment BLOB, attachment_name TEXT, submitted TEXT NOT NULL, delivered TEXT NOT NULL,"
                " report INTEGER NOT NULL, UNIQUE (owner, message_id))"),
            QStringLiteral(
                "CREATE TABLE events (id INTEGER PRIMARY KEY, at TEXT NOT NULL, source TEXT NOT NULL,"
                " level TEXT NOT NULL, event_id INTEGER NOT NULL, text TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE services (server TEXT NOT NULL, name TEXT NOT NULL, state TEXT NOT NULL,"
                " changed TEXT NOT NULL, PRIMARY KEY (server, name)) WITHOUT ROWID"),
        });
}

// Version 7: directory synchronization (the DXA's XDIR.EDB, reference §3.2), and objects found by
// class. Per requestor object
// (by GUID): its cycle state; what it holds from us (dxa_sent: one row per exported object, with the
// display name and address it was given); the entries it sent us (dxa_imported: its address -> the
// custom recipient made from it); the transactions sent and not yet confirmed (dxa_pending, re-sent
// until confirmed); messages that could not be read (dxa_quarantine); and the run history.
Status upgradeToVersion7(SqliteConnection& c)
{
    return Migrator::execAll(
        c, {
               // Objects by class: the services find their connectors and dirsync objects among
               // many recipients without reading them all.
               QStringLiteral("CREATE INDEX objects_class ON objects(class, deleted)"),
               // The event's category (Event Handler, MS Mail 3.2, ...), as the Event Viewer shows it.
               QStringLiteral("ALTER TABLE events ADD COLUMN category TEXT NOT NULL DEFAULT ''"),
               QStringLiteral(
                   "CREATE TABLE dxa_state (requestor TEXT PRIMARY KEY, watermark INTEGER NOT NULL"
                   " DEFAULT 0, export_config TEXT NOT NULL DEFAULT '', answer INTEGER NOT NULL DEFAULT 0,"
                   " full_reply INTEGER NOT NULL DEFAULT 0, approved_deletes INTEGER NOT NULL DEFAULT 0,"
                   " last_received TEXT, last_sent TEXT, last_status TEXT NOT NULL DEFAULT '')"
                   " WITHOUT ROWID"),
               QStringLiteral(
                   "CREATE TABLE dxa_sent (requestor TEXT NOT NULL, object_guid TEXT NOT NULL,"
                   " base TEXT NOT NULL, name TEXT NOT NULL, name_key TEXT NOT NULL, address TEXT NOT NULL,"
                   " PRIMARY KEY (requestor, object_guid)) WITHOUT ROWID"),
               QStringLiteral("CREATE INDEX dxa_sent_name ON dxa_sent(requestor, name_key)"),
               QStringLiteral("CREATE TABLE dxa_imported (requestor TEXT NOT NULL, address_key TEXT NOT NULL,"
                              " object_guid TEXT NOT NULL, name_key TEXT NOT NULL,"
                              " PRIMARY KEY (requestor, address_key)) WITHOUT ROWID"),
               QStringLiteral("CREATE INDEX dxa_imported_name ON dxa_imported(requestor, name_key)"),
               QStringLiteral("CREATE INDEX dxa_imported_object ON dxa_imported(object_guid)"),
               QStringLiteral("CREATE INDEX dxa_imported_any_name ON dxa_imported(name_key)"),
               // One row per reply: its transactions first_seq..last_seq as [DIRSYNC-TRANSACTIONS] text.
               QStringLiteral("CREATE TABLE dxa_pending (requestor TEXT NOT NULL, first_seq INTEGER NOT NULL,"
                              " last_seq INTEGER NOT NULL, transactions TEXT NOT NULL,"
                              " PRIMARY KEY (requestor, last_seq)) WITHOUT ROWID"),
               QStringLiteral(
                   "CREATE TABLE dxa_quarantine (id INTEGER PRIMARY KEY, at TEXT NOT NULL,"
                   " requestor TEXT NOT NULL, message_id TEXT NOT NULL, sender TEXT NOT NULL,"
                   " subject TEXT NOT NULL, body TEXT NOT NULL, attachment BLOB, reason TEXT NOT NULL)"),
               QStringLiteral("CREATE TABLE dirsync_runs (id INTEGER PRIMARY KEY, started TEXT NOT NULL,"
                              " finished TEXT NOT NULL, requestor TEXT NOT NULL, step TEXT NOT NULL,"
                              " status TEXT NOT NULL, adds INTEGER NOT NULL DEFAULT 0,"
                              " modifies INTEGER NOT NULL DEFAULT 0, deletes INTEGER NOT NULL DEFAULT 0,"
                              " errors INTEGER NOT NULL DEFAULT 0, messages_in INTEGER NOT NULL DEFAULT 0,"
                              " messages_out INTEGER NOT NULL DEFAULT 0, detail TEXT NOT NULL DEFAULT '')"),
           });
}

// Version 8: the template fields each requestor was sent with an entry (dxa_sent.fields,
// "Prompt:/value" lines), so that a change of a mapped attribute alone is sent as a modify.
Status upgradeToVersion8(SqliteConnection& c)
{
    return Migrator::execAll(
        c, {QStringLiteral("ALTER TABLE dxa_sent ADD COLUMN fields TEXT NOT NULL DEFAULT ''")});
}

// Version 9: the USNs of the directory changes each dirsync run made (first_usn..last_usn) and the
// ids of the events it logged (first_event..last_event), 0 when none, so that the run history can
// show what a run changed and said.
Status upgradeToVersion9(SqliteConnection& c)
{
    return Migrator::execAll(
        c, {QStringLiteral("ALTER TABLE dirsync_runs ADD COLUMN first_usn INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE dirsync_runs ADD COLUMN last_usn INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE dirsync_runs ADD COLUMN first_event INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE dirsync_runs ADD COLUMN last_event INTEGER NOT NULL DEFAULT 0")});
}

// Version 10: how many times the MTA found a queued message's next hop unavailable (its connector
// MTA stopped): the Attempts of View > Queues.
Status upgradeToVersion10(SqliteConnection& c)
{
    return Migrator::execAll(
        c, {QStringLiteral("ALTER TABLE mta_queue ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0")});
}

// Version 11: handed-over message ids are let go after SeenIds::RetentionDays, found by
// their time.
Status upgradeToVersion11(SqliteConnection& c)
{
    return Migrator::execAll(c, {QStringLiteral("CREATE INDEX mta_seen_at ON mta_seen(at)")});
}

// Version 12: how many T2 runs in a row received nothing from each requestor (a requestor whose
// messages stop arriving shows as late, with the reason when one is known), and when each message
// entered the MTA queue (one that waits too long for its next hop is returned).
Status upgradeToVersion12(SqliteConnection& c)
{
    return Migrator::execAll(
        c, {QStringLiteral("ALTER TABLE dxa_state ADD COLUMN missed INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE mta_queue ADD COLUMN queued_at TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE mta_queue SET queued_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')")});
}

// Version 13: the entries a reply could not carry to a requestor (a name with a control character
// stored by an earlier version, ...), each with why, until it is sent or gone.
Status upgradeToVersion13(SqliteConnection& c)
{
    return Migrator::execAll(
        c, {QStringLiteral("CREATE TABLE dxa_set_aside (requestor TEXT NOT NULL, object_guid TEXT"
                           " NOT NULL, dn TEXT NOT NULL, reason TEXT NOT NULL, since TEXT NOT NULL,"
                           " PRIMARY KEY (requestor, object_guid)) WITHOUT ROWID")});
}

// Version 14: the Internet Mail Service (issue 17). The secret each pair of sites signs its mail
// with, kept by this site only (never replicated: replication carries objects, not this table), and
// the messages waiting for the MTA (Postfix) to take them, one row each until it said it has them.
Status upgradeToVersion14(SqliteConnection& c)
{
    return Migrator::execAll(
        c,
        {QStringLiteral("CREATE TABLE ims_secrets (site TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,"
                        " secret BLOB NOT NULL, changed TEXT NOT NULL) WITHOUT ROWID"),
         QStringLiteral(
             "CREATE TABLE ims_queue (seq INTEGER PRIMARY KEY, site TEXT NOT NULL, message_id TEXT NOT NULL"
             " UNIQUE, sender TEXT NOT NULL, recipient TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT"
             " NULL, attachment BLOB, attachment_name TEXT, submitted TEXT NOT NULL, hops INTEGER NOT NULL,"
             " report INTEGER NOT NULL, queued_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
             " reason TEXT NOT NULL DEFAULT '')")});
}

// Version 15: what the Internet Mail Service handed to the MTA, kept until the MTA's own time to give
// up has passed, so that a bounce (a DSN to the site's postmaster) becomes a non-delivery report to
// the message's sender.
Status upgradeToVersion15(SqliteConnection& c)
{
    return Migrator::execAll(
        c, {QStringLiteral("CREATE TABLE ims_sent (message_id TEXT NOT NULL PRIMARY KEY, site TEXT NOT NULL,"
                           " sender TEXT NOT NULL, recipient TEXT NOT NULL, subject TEXT NOT NULL,"
                           " submitted TEXT NOT NULL, sent_at TEXT NOT NULL) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX ims_sent_by_time ON ims_sent(sent_at)")});
}

// Version 16: handed-over message ids in two generations of ids alone (SeenIds): the ids kept so far
// become the old generation, kept another SeenIds::RetentionDays; the new one starts at the next
// hand-over. An id costs one b-tree instead of two (issue 18).
Status upgradeToVersion16(SqliteConnection& c)
{
    return Migrator::execAll(
        c, {QStringLiteral("CREATE TABLE mta_seen_old (message_id TEXT PRIMARY KEY) WITHOUT ROWID"),
            QStringLiteral("INSERT INTO mta_seen_old(message_id) SELECT message_id FROM mta_seen"),
            QStringLiteral("DROP TABLE mta_seen"),
            QStringLiteral("CREATE TABLE mta_seen (message_id TEXT PRIMARY KEY) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE mta_seen_since (at TEXT NOT NULL)")});
}

// Version 17: the audit trail (AuditTrail, issue 19): who changed which object, when, with which
// program, and the names of the attributes written (never their values). Found by time (the
// newest first, and retention) by its id, and by object by the object's row id (which grows as
// objects are made, so an import of a million appends to that index instead of writing into the
// middle of an index of random GUIDs: it cost a quarter of an import, issue 18).
Status upgradeToVersion17(SqliteConnection& c)
{
    return Migrator::execAll(
        c,
        {QStringLiteral("CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT NOT NULL, usn INTEGER NOT NULL,"
                        " user TEXT NOT NULL, program TEXT NOT NULL,"
                        " action TEXT NOT NULL CHECK (action IN ('create', 'modify', 'delete')),"
                        " object_id INTEGER NOT NULL, object_guid TEXT NOT NULL, dn TEXT NOT NULL,"
                        " class TEXT NOT NULL, attributes TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX audit_at ON audit(at)"),
         QStringLiteral("CREATE INDEX audit_object ON audit(object_id, id)")});
}

// Version 18: the replies kept until confirmed in a table with row ids. Made WITHOUT ROWID, each of
// its rows was a key of the primary-key b-tree whole, transactions text and all: SQLite compares a
// key that spills into overflow pages by reading all of it, so every search of the table (each
// requestor's confirmation, every cycle, even idle) read every reply it passed, overflow page by
// overflow page (issue 18). The same key is now a small index beside the rows.
Status upgradeToVersion18(SqliteConnection& c)
{
    return Migrator::execAll(
        c, {QStringLiteral("ALTER TABLE dxa_pending RENAME TO dxa_pending_before"),
            QStringLiteral("CREATE TABLE dxa_pending (requestor TEXT NOT NULL, first_seq INTEGER NOT NULL,"
                           " last_seq INTEGER NOT NULL, transactions TEXT NOT NULL,"
                           " PRIMARY KEY (requestor, last_seq))"),
            QStringLiteral("INSERT INTO dxa_pending(requestor, first_seq, last_seq, transactions)"
                           " SELECT requestor, first_seq, last_seq, transactions FROM dxa_pending_before"),
            QStringLiteral("DROP TABLE dxa_pending_before")});
}

// Versions 19 and 20: sort keys made again by SortKey::of — 19 in natural order and without
// accents ("User 2" before "User 10", "Émile" with "Emile"), 20 with letters such as 'ß' and 'ø'
// spelled out ("Größ" with "Gross"; AsciiFold). Made in C++, as version 2's: the objects' keys from
// their names, the change log's earlier keys from themselves (`logged`: version 18's case-folded
// names made natural, SortKey::fromFolded; version 19's natural keys only folded again, their
// numbers already written as keys write them), so that a list following the log compares keys of
// one kind.
Status remakeSortKeys(SqliteConnection& c, QString (*logged)(const QString&))
{
    const auto remake = [&c](const QString& select, const QVariantList& values, const QString& update,
                             const QString& what,
                             const std::function<QString(const QSqlQuery&)>& key) -> Status {
        auto rows = c.exec(select, values);
        if (!rows)
            return rows.error();
        auto prepared = c.prepare(update);
        if (!prepared)
            return prepared.error();
        QSqlQuery q = std::move(rows).value();
        QSqlQuery u = std::move(prepared).value();
        while (q.next()) {
            u.addBindValue(key(q));
            u.addBindValue(q.value(0));
            if (!u.exec())
                return SqliteConnection::queryError(u, what);
        }
        return {};
    };
    if (Status s = remake(QStringLiteral("SELECT o.id, o.rdn, a.value FROM objects o LEFT JOIN attrs a"
                                         " ON a.object_id = o.id AND a.name = ? AND a.idx = 0"),
                          {QStringLiteral("Display-Name")},
                          QStringLiteral("UPDATE objects SET sort_key = ? WHERE id = ?"),
                          QStringLiteral("making sort keys in natural order"),
                          [](const QSqlQuery& q) {
                              const QString display = q.value(2).toString();
                              return SortKey::of(display.isEmpty() ? q.value(1).toString() : display);
                          });
        !s)
        return s;
    return remake(QStringLiteral("SELECT usn, prev_sort_key FROM change_log"), {},
                  QStringLiteral("UPDATE change_log SET prev_sort_key = ? WHERE usn = ?"),
                  QStringLiteral("making the change log's sort keys again"),
                  [logged](const QSqlQuery& q) { return logged(q.value(1).toString()); });
}

Status upgradeToVersion19(SqliteConnection& c)
{
    return remakeSortKeys(c, SortKey::fromFolded);
}

Status upgradeToVersion20(SqliteConnection& c)
{
    return remakeSortKeys(c, SortKey::refolded);
}

// Version 21: every mailbox lives on a server of its site (Home-Server, issue 22). The mailboxes made
// before were made on the site's first server, the one it was made with (a site had no other), so
// each own live mailbox without one gets it, as a change: a new USN and a line in the change log, so
// that replication carries it to the other sites' replicas and the window sees it. A site with no
// server (a file from before servers) leaves them as they are.
Status upgradeToVersion21(SqliteConnection& c)
{
    auto server = c.scalar(QStringLiteral("SELECT dn FROM objects WHERE class = 'server' AND master_site = ''"
                                          " AND deleted = 0 ORDER BY usn_created, id LIMIT 1"));
    if (!server)
        return server.error();
    if (server->isNull())
        return {};
    auto usn = c.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'usn'"));
    if (!usn)
        return usn.error();
    qint64 next = usn->toLongLong();
    QList<qint64> ids;
    if (Status s =
            c.eachRow(QStringLiteral("SELECT id FROM objects o WHERE class = 'mailbox' AND master_site = ''"
                                     " AND deleted = 0 AND NOT EXISTS (SELECT 1 FROM attrs a"
                                     " WHERE a.object_id = o.id AND a.name = 'Home-Server') ORDER BY id"),
                      {}, [&ids](const QSqlQuery& row) { ids << row.value(0).toLongLong(); });
        !s)
        return s;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (qint64 id : ids) {
        ++next;
        for (const auto& [sql, values] :
             {std::pair{
                  QStringLiteral("INSERT INTO change_log(usn, object_id, prev_parent_id, prev_sort_key,"
                                 " prev_usn_changed, prev_deleted, prev_hidden) SELECT ?, id, parent_id,"
                                 " sort_key, usn_changed, deleted, hidden FROM objects WHERE id = ?"),
                  QVariantList{next, id}},
              std::pair{QStringLiteral("UPDATE objects SET usn_changed = ?, when_changed = ? WHERE id = ?"),
                        QVariantList{next, now, id}},
              std::pair{QStringLiteral("INSERT INTO attrs(object_id, name, idx, value) VALUES (?, ?, 0, ?)"),
                        QVariantList{id, QStringLiteral("Home-Server"), server->toString()}}}) {
            if (Status s = c.exec(sql, values).status(); !s)
                return s;
        }
    }
    return c.exec(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'usn'"), {QString::number(next)})
        .status();
}

} // namespace

QList<MigrationStep> siteDatabaseMigrations()
{
    return {
        {1, QStringLiteral("objects and attributes"), createVersion1},
        {2, QStringLiteral("sort keys, USN indexes and the change log"), upgradeToVersion2},
        {3, QStringLiteral("child counts"), upgradeToVersion3},
        {4, QStringLiteral("indexes for unique aliases, addresses and references"), upgradeToVersion4},
        {5, QStringLiteral("hidden recipients and child counts by class"), upgradeToVersion5},
        {6, QStringLiteral("messaging, replicas, events and services"), upgradeToVersion6},
        {7, QStringLiteral("directory synchronization"), upgradeToVersion7},
        {8, QStringLiteral("template fields sent by directory synchronization"), upgradeToVersion8},
        {9, QStringLiteral("the directory changes of each dirsync run"), upgradeToVersion9},
        {10, QStringLiteral("delivery attempts of queued messages"), upgradeToVersion10},
        {11, QStringLiteral("handed-over message ids by time"), upgradeToVersion11},
        {12, QStringLiteral("T2 runs a requestor missed, queue times"), upgradeToVersion12},
        {13, QStringLiteral("entries a dirsync reply set aside"), upgradeToVersion13},
        {14, QStringLiteral("the Internet Mail Service's secrets and queue"), upgradeToVersion14},
        {15, QStringLiteral("what the Internet Mail Service handed to the MTA"), upgradeToVersion15},
        {16, QStringLiteral("handed-over message ids in two generations"), upgradeToVersion16},
        {17, QStringLiteral("the audit trail"), upgradeToVersion17},
        {18, QStringLiteral("replies kept until confirmed, keyed beside their text"), upgradeToVersion18},
        {19, QStringLiteral("sort keys in natural order, without accents"), upgradeToVersion19},
        {20, QStringLiteral("sort keys with letters such as 'ß' and 'ø' spelled out"), upgradeToVersion20},
        {21, QStringLiteral("mailboxes on their site's first server"), upgradeToVersion21},
    };
}

int siteDatabaseVersion()
{
    return siteDatabaseMigrations().last().version;
}

} // namespace sa::core
