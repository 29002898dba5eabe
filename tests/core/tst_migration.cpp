#include "core/directory/DirectoryStore.h"
#include "core/storage/Migrator.h"
#include "core/storage/SiteDatabaseSchema.h"
#include "core/storage/SqliteConnection.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace sa::core;

class TestMigration : public QObject
{
    Q_OBJECT

private:
    /// Writes the version-1 fixture into `path` as the version-1 program left it.
    static void writeVersion1Fixture(const QString& path)
    {
        const QString problem = sa::test::loadSqlFixture(QStringLiteral(SITEADMIN_TEST_DATA "/site-v1.sql"),
                                                         path, 1, SiteDatabaseApplicationId);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    /// A version 1 site database at `path`, migrated to `version`: an older file to upgrade. Null, with
    /// the reason in `why`, when it cannot be made.
    static std::unique_ptr<SqliteConnection> fixtureAtVersion(const QString& path, int version, QString* why)
    {
        writeVersion1Fixture(path);
        auto conn = SqliteConnection::open(path, SqliteConnection::OpenMode::ExistingOnly,
                                           SiteDatabaseApplicationId, QStringLiteral("site"));
        if (!conn) {
            *why = conn.error().message();
            return nullptr;
        }
        if (Status s = Migrator::migrate(*conn.value(), siteDatabaseMigrations().mid(0, version),
                                         QStringLiteral("site"));
            !s) {
            *why = s.error().message();
            return nullptr;
        }
        return std::move(conn).value();
    }

private Q_SLOTS:
    void upgradesVersion1StepByStep()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("OLDSITE.sqlite"));
        writeVersion1Fixture(path);

        auto store = DirectoryStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store.error().message()));
        DirectoryStore& s = *store.value();
        QCOMPARE(Migrator::userVersion(s.connection()), siteDatabaseVersion());
        QCOMPARE(s.organizationName(), QStringLiteral("OLDORG"));
        QCOMPARE(s.highestUsn(), 6);

        // The old objects read as before.
        auto eve = s.object(Dn::parse(QStringLiteral("/o=OLDORG/ou=OLDSITE/cn=Recipients/cn=EveZ")).value());
        QVERIFY(eve.ok());
        QCOMPARE(eve->displayName(), QStringLiteral("Élodie Zola"));
        QCOMPARE(eve->valuesOf(QStringLiteral("Proxy-Addresses")).size(), 2);
        QCOMPARE(eve->usnChanged, 6);

        // Version 2 filled the sort keys (Unicode case folding, not SQLite's ASCII lower()), version
        // 19 without the accents.
        auto key = s.connection().scalar(QStringLiteral("SELECT sort_key FROM objects WHERE id = 4"));
        QCOMPARE(key->toString(), QStringLiteral("elodie zola"));
        // Version 3 counted the children that were already there.
        QCOMPARE(s.childCount(eve->parentId).value(), 2);
        QCOMPARE(s.childCount(1).value(), 1);
        // Version 5 marked the hidden one and counts by class and hidden state.
        ListFilter visible;
        visible.includeHidden = false;
        QCOMPARE(s.childCount(eve->parentId, visible).value(), 1);
        QCOMPARE(
            s.children(eve->parentId, ChildQuery{SortField::DisplayName, Qt::AscendingOrder, 0, -1, visible})
                ->first()
                .rdn(),
            QStringLiteral("EveZ"));
        auto kids = s.children(eve->parentId);
        QCOMPARE(kids->size(), 2);
        QCOMPARE(kids->first().rdn(), QStringLiteral("AdamB"));

        // ... and the change log works on the upgraded file.
        ChangeSet c;
        c.replace(eve->dn, QStringLiteral("Title"), {QStringLiteral("Buyer")});
        QVERIFY(s.commit(c).ok());
        auto batch = s.changesSince(6);
        QVERIFY(batch->complete);
        QCOMPARE(batch->changes.size(), 1);
        QCOMPARE(batch->changes.first().before.sortKey, QStringLiteral("elodie zola"));
    }

    void sortKeysBecomeNaturalAndLoseTheirAccents()
    {
        // Version 19 (issues 20 and 21): "User 10" sorted before "User 2" and "Élodie" after "Zoe".
        // The objects' keys are made again from their names, the change log's from the keys it kept.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("OLDSITE.sqlite"));
        {
            QString why;
            const auto conn = fixtureAtVersion(path, 18, &why);
            QVERIFY2(conn, qPrintable(why));
            SqliteConnection& c = *conn;
            for (const auto& [rdn, name] : {std::pair{"AdamB", "User 2"}, std::pair{"EveZ", "User 10"}}) {
                QVERIFY(c.exec(QStringLiteral("UPDATE attrs SET value = ? WHERE name = 'Display-Name' AND"
                                              " object_id = (SELECT id FROM objects WHERE rdn = ?)"),
                               {QLatin1String(name), QLatin1String(rdn)})
                            .ok());
                QVERIFY(c.exec(QStringLiteral("UPDATE objects SET sort_key = ? WHERE rdn = ?"),
                               {QString::fromLatin1(name).toCaseFolded(), QLatin1String(rdn)})
                            .ok());
            }
            QVERIFY(
                c.exec(QStringLiteral("INSERT INTO change_log(usn, object_id, prev_parent_id, prev_sort_key,"
                                      " prev_usn_changed, prev_deleted) SELECT 1000, id, parent_id,"
                                      " 'élodie 007', usn_changed, 0 FROM objects WHERE rdn = 'EveZ'"))
                    .ok());
        }
        auto store = DirectoryStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store.error().message()));
        DirectoryStore& s = *store.value();
        auto eve = s.object(Dn::parse(QStringLiteral("/o=OLDORG/ou=OLDSITE/cn=Recipients/cn=EveZ")).value());
        QVERIFY(eve.ok());
        QStringList order;
        const auto children = s.children(eve->parentId);
        QVERIFY(children.ok());
        for (const DirectoryObject& o : children.value())
            order << o.displayName();
        QCOMPARE(order, (QStringList{QStringLiteral("User 2"), QStringLiteral("User 10")}));
        auto keys = s.connection().scalar(
            QStringLiteral("SELECT group_concat(DISTINCT prev_sort_key) FROM change_log"));
        QVERIFY(keys.ok());
        QCOMPARE(keys->toString(), QStringLiteral("elodie 17"));
    }

    void sortKeysSpellOutTheLettersThatDoNotDecompose()
    {
        // Version 20 (issue 21): "Größ" sorts and is found with "Gross"; version 19 had kept 'ß'.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("OLDSITE.sqlite"));
        {
            QString why;
            const auto conn = fixtureAtVersion(path, 19, &why);
            QVERIFY2(conn, qPrintable(why));
            SqliteConnection& c = *conn;
            QVERIFY(c.exec(QStringLiteral("UPDATE attrs SET value = 'Größ' WHERE name = 'Display-Name' AND"
                                          " object_id = (SELECT id FROM objects WHERE rdn = 'EveZ')"))
                        .ok());
            QVERIFY(c.exec(QStringLiteral("UPDATE objects SET sort_key = 'größ' WHERE rdn = 'EveZ'")).ok());
            QVERIFY(
                c.exec(QStringLiteral("INSERT INTO change_log(usn, object_id, prev_parent_id, prev_sort_key,"
                                      " prev_usn_changed, prev_deleted) SELECT 1000, id, parent_id,"
                                      " 'størrelse 217', usn_changed, 0 FROM objects WHERE rdn = 'EveZ'"))
                    .ok());
        }
        auto store = DirectoryStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store.error().message()));
        auto key = store.value()->connection().scalar(
            QStringLiteral("SELECT sort_key FROM objects WHERE rdn = 'EveZ'"));
        QVERIFY(key.ok());
        QCOMPARE(key->toString(), QStringLiteral("gross"));
        auto logged = store.value()->connection().scalar(
            QStringLiteral("SELECT group_concat(DISTINCT prev_sort_key) FROM change_log WHERE usn = 1000"));
        QVERIFY(logged.ok());
        QCOMPARE(logged->toString(), QStringLiteral("storrelse 217")); // its number not written twice
    }

    void mailboxesGoToTheSitesFirstServer()
    {
        // Version 21 (issue 22): every own live mailbox without a Home-Server lives on the site's first
        // server, as a change (a new USN and a line in the change log, which replication and the window
        // follow); another site's replica and a deleted mailbox are left alone.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("OLDSITE.sqlite"));
        const QString first = QStringLiteral("/o=OLDORG/ou=OLDSITE/cn=Configuration/cn=Servers/cn=ALPHA");
        {
            QString why;
            const auto conn = fixtureAtVersion(path, 20, &why);
            QVERIFY2(conn, qPrintable(why));
            SqliteConnection& c = *conn;
            const auto add = [&c](int id, const char* cls, const QString& dn, int usn, const char* master,
                                  int deleted) {
                const QString rdn = dn.section(QLatin1Char('='), -1);
                QVERIFY(
                    c.exec(QStringLiteral("INSERT INTO objects(id, guid, class, parent_id, rdn, dn, dn_key,"
                                          " usn_created, usn_changed, when_created, when_changed, deleted,"
                                          " sort_key, hidden, master_site, master_usn) VALUES (?, ?, ?, 2,"
                                          " ?, ?, ?, ?, ?, '2025-01-02T10:00:00Z', '2025-01-02T10:00:00Z',"
                                          " ?, ?, 0, ?, 0)"),
                           {id, QUuid::createUuid().toString(), QLatin1String(cls), rdn, dn, dn.toLower(),
                            usn, usn, deleted, rdn.toLower(), QLatin1String(master)})
                        .ok());
            };
            // The site's servers: ALPHA made first, then BETA; a replica mailbox of another site; a
            // deleted one.
            add(10, "server", first, 7, "", 0);
            add(11, "server", QStringLiteral("/o=OLDORG/ou=OLDSITE/cn=Configuration/cn=Servers/cn=BETA"), 8,
                "", 0);
            add(12, "mailbox", QStringLiteral("/o=OLDORG/ou=OTHER/cn=Recipients/cn=Remote"), 9, "OTHER", 0);
            add(13, "mailbox", QStringLiteral("/o=OLDORG/ou=OLDSITE/cn=Recipients/cn=Gone"), 10, "", 1);
            QVERIFY(c.exec(QStringLiteral("UPDATE meta SET value = '10' WHERE key = 'usn'")).ok());
        }
        auto store = DirectoryStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store.error().message()));
        DirectoryStore& s = *store.value();
        QCOMPARE(Migrator::userVersion(s.connection()), siteDatabaseVersion());
        for (const char* rdn : {"EveZ", "AdamB"}) {
            auto o = s.object(
                Dn::parse(QStringLiteral("/o=OLDORG/ou=OLDSITE/cn=Recipients/cn=%1").arg(QLatin1String(rdn)))
                    .value());
            QVERIFY(o.ok());
            QCOMPARE(o->value(QStringLiteral("Home-Server")), first);
            QVERIFY(o->usnChanged > 10); // a change replication carries
        }
        QCOMPARE(s.highestUsn(), 12);
        auto logged = s.connection().scalar(
            QStringLiteral("SELECT group_concat(object_id) FROM (SELECT object_id FROM change_log"
                           " WHERE usn > 10 ORDER BY usn)"));
        QCOMPARE(logged->toString(), QStringLiteral("4,5"));
        auto untouched = s.connection().scalar(QStringLiteral(
            "SELECT count(*) FROM attrs WHERE name = 'Home-Server' AND object_id IN (12, 13)"));
        QCOMPARE(untouched->toInt(), 0);
    }

    void theRepliesKeptUntilConfirmedMoveToATableWithRowIds()
    {
        // Version 18 (issue 18): the replies a server keeps until its requestors confirm them leave
        // their WITHOUT ROWID table, whose every search read whole replies, and none is lost.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("OLDSITE.sqlite"));
        writeVersion1Fixture(path);
        const QString reply = QStringLiteral("x").repeated(20000); // spills into overflow pages
        {
            auto conn = SqliteConnection::open(path, SqliteConnection::OpenMode::ExistingOnly,
                                               SiteDatabaseApplicationId, QStringLiteral("site"));
            QVERIFY2(conn.ok(), qPrintable(conn.error().message()));
            QVERIFY(Migrator::migrate(*conn.value(), siteDatabaseMigrations().mid(0, 17),
                                      QStringLiteral("site")));
            QCOMPARE(Migrator::userVersion(*conn.value()), 17);
            for (int seq : {10, 20})
                QVERIFY(conn.value()
                            ->exec(QStringLiteral("INSERT INTO dxa_pending VALUES ('{r1}', ?, ?, ?)"),
                                   {seq - 9, seq, reply + QString::number(seq)})
                            .ok());
        }
        auto store = DirectoryStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store.error().message()));
        const SqliteConnection& c = store.value()->connection();
        QVERIFY(Migrator::userVersion(c) >= 18);
        auto sql = c.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'dxa_pending'"));
        QVERIFY(sql.ok());
        QVERIFY2(!sql->toString().contains(QStringLiteral("WITHOUT ROWID"), Qt::CaseInsensitive),
                 qPrintable(sql->toString()));
        auto kept = c.scalar(QStringLiteral("SELECT group_concat(kept) FROM (SELECT last_seq || ':' ||"
                                            " length(transactions) AS kept FROM dxa_pending"
                                            " WHERE requestor = '{r1}' ORDER BY last_seq)"));
        QVERIFY(kept.ok());
        QCOMPARE(kept->toString(), QStringLiteral("10:20002,20:20002"));
        // The key still refuses a second reply of the same number.
        QVERIFY(!c.exec(QStringLiteral("INSERT INTO dxa_pending VALUES ('{r1}', 1, 10, 'again')")).ok());
    }

    void refusesNewerVersionsWithoutTouchingThem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("NEW.sqlite"));
        writeVersion1Fixture(path);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        auto store = DirectoryStore::open(path);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code(), ErrorCode::NotADatabase);
        QVERIFY2(store.error().message().contains(QStringLiteral("newer")),
                 qPrintable(store.error().message()));
    }

    void refusesForeignFiles()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("text.sqlite"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database\n");
        f.close();
        auto store = DirectoryStore::open(text);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code(), ErrorCode::NotADatabase);

        // Another program's SQLite database.
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(other);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE songs(title TEXT)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        auto store2 = DirectoryStore::open(other);
        QVERIFY(!store2.ok());
        QCOMPARE(store2.error().code(), ErrorCode::NotADatabase);
    }
};

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
