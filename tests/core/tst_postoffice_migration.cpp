// A postoffice file made by the first version of msmail-po opens in this one: every migration step
// runs in order, what the postoffice held reads as before, and it works as a new one does. A file
// from a newer program is refused and left as it was.

#include "core/common/PasswordHash.h"
#include "core/message/Message.h"
#include "core/msmail/PostofficeAdmin.h"
#include "core/msmail/PostofficeMail.h"
#include "core/msmail/PostofficeQueue.h"
#include "core/msmail/PostofficeStore.h"
#include "core/msmail/PostofficeSystemLog.h"
#include "core/storage/Migrator.h"
#include "core/storage/PostofficeDatabaseSchema.h"
#include "core/storage/SqliteConnection.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace sa::core;

namespace {

QByteArray digestOf(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

static QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class TestPostofficeMigration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// An organization folder with OLDNET/PO9 as schema version `version` left it.
    QString writeFixture(int version, const QString& folder = {})
    {
        const QString org = m_dir.filePath(folder.isEmpty() ? QStringLiteral("org%1").arg(version) : folder);
        QDir().mkpath(org + QStringLiteral("/sites"));
        QDir().mkpath(org + QStringLiteral("/postoffices"));
        const QString path = PostofficeStore::pathFor(org, QStringLiteral("OLDNET"), QStringLiteral("PO9"));
        const QString problem = sa::test::loadSqlFixture(
            QStringLiteral(SITEADMIN_TEST_DATA "/postoffice-v1.sql"), path, version, PostofficeApplicationId);
        if (!problem.isEmpty())
            qWarning("the fixture: %s", qPrintable(problem));
        return problem.isEmpty() ? org : QString();
    }

private Q_SLOTS:
    void upgradesVersion1StepByStep()
    {
        const QString org = writeFixture(1);
        QVERIFY(!org.isEmpty());
        auto opened = PostofficeStore::open(org, QStringLiteral("OLDNET/PO9"));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message()));
        PostofficeStore& po = *opened.value();
        QVERIFY(PostofficeStore::databaseVersion() >= 6);
        QCOMPARE(Migrator::userVersion(po.connection()), PostofficeStore::databaseVersion());
        QCOMPARE(po.name(), QStringLiteral("OLDNET/PO9"));

        // Users, their fields, the address list, the mailbox and the queue read as before.
        auto users = po.users();
        QVERIFY(users.ok());
        QCOMPARE(users->size(), 2);
        auto gal = po.gal();
        QVERIFY(gal.ok());
        bool sawElodie = false;
        bool sawBob = false;
        for (const PoGalEntry& e : gal.value()) {
            if (e.fullName == QStringLiteral("Élodie Zola")) {
                sawElodie = true;
                QCOMPARE(e.fields.size(), 1);
                QCOMPARE(e.fields.first().value, QStringLiteral("Sales"));
            }
            if (e.fullName == QStringLiteral("Bob Brown")) {
                sawBob = true;
                QVERIFY(e.fields.isEmpty()); // version 4's column, empty for what came before
            }
        }
        QVERIFY(sawElodie && sawBob);
        auto mail = PostofficeMail(po).mailbox(QStringLiteral("EZOLA"));
        QVERIFY(mail.ok());
        QCOMPARE(mail->size(), 1);
        QCOMPARE(mail->first().message.subject, QStringLiteral("Hello"));
        auto queued = PostofficeQueue(po).queued();
        QVERIFY(queued.ok());
        QCOMPARE(queued->size(), 1);
        QCOMPARE(queued->first().nextHop, QStringLiteral("OLDNET/PO8"));
        QVERIFY(queued->first().queuedAt.isValid()); // version 6 gave what waited a queue time
        auto log = PostofficeSystemLog(po).lines();
        QVERIFY(log.ok());
        QVERIFY(log->isEmpty());

        // The message it took in before is still known: a repeated hand-over is kept once.
        Message again = Message::create(QStringLiteral("OLDNET/PO8/BOB"), QStringLiteral("OLDNET/PO9/EZOLA"),
                                        QStringLiteral("Hello"), QStringLiteral("from version 1"));
        again.id = QStringLiteral("<m0@po8>");
        again.hops = 1;
        auto taken = PostofficeQueue(po).accept(again);
        QVERIFY(taken.ok());
        QVERIFY(!taken.value());

        // And it works as a new postoffice does.
        QVERIFY(po.addUser(QStringLiteral("NEWBIE"), QStringLiteral("New Bie"),
                           {{QStringLiteral("Phone"), QStringLiteral("555")}})
                    .ok());
        QVERIFY(po.modifyUser(QStringLiteral("EZOLA"), {}, {{QStringLiteral("Department"), QString()}}).ok());
        QCOMPARE(po.users()->size(), 3);
        QCOMPARE(po.connection().scalar(QStringLiteral("PRAGMA integrity_check")).value().toString(),
                 QStringLiteral("ok"));
    }

    void theClearAdministratorPasswordIsHashedAndWipedFromTheFile()
    {
        // Version 1 kept the administrator password in clear; version 11 keeps an Argon2id hash and
        // leaves the clear text nowhere in the file.
        const QString org = writeFixture(1, QStringLiteral("clear-password"));
        QVERIFY(!org.isEmpty());
        const QString path = PostofficeStore::pathFor(org, QStringLiteral("OLDNET"), QStringLiteral("PO9"));
        const QByteArray clear = QByteArrayLiteral("Clear-Admin-Pw9");
        QVERIFY(readAll(path).contains(clear)); // the fixture as version 1 wrote it
        {
            auto opened = PostofficeStore::open(org, QStringLiteral("OLDNET/PO9"));
            QVERIFY2(opened.ok(), qPrintable(opened.error().message()));
            PostofficeAdmin admin(*opened.value());
            QCOMPARE(admin.hasPassword().value(), true);
            QCOMPARE(admin.passwordIs(QString::fromLatin1(clear)).value(), true);
            QCOMPARE(admin.passwordIs(QStringLiteral("Clear-Admin-Pw8")).value(), false);
            QCOMPARE(opened.value()->metaValue(QStringLiteral("admin-password")), QString());
            QVERIFY(
                opened.value()->metaValue(PostofficeAdmin::HashKey).startsWith(QStringLiteral("$argon2id$")));
        } // closed: its write-ahead log is checkpointed into the file and removed
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY2(!readAll(path).contains(clear), "the clear password is still in the file");
    }

    void theRequestorsPasswordsAServerChecksAreHashedAndWipedFromTheFile()
    {
        // Version 3 to 11 kept the passwords a server postoffice checks in clear; version 12 keeps
        // hashes that check the same passwords, and an empty one (none registered) stays empty.
        const QString org = writeFixture(1, QStringLiteral("clear-requestors"));
        QVERIFY(!org.isEmpty());
        const QString path = PostofficeStore::pathFor(org, QStringLiteral("OLDNET"), QStringLiteral("PO9"));
        const QByteArray clear = QByteArrayLiteral("Clear-Sync-Pw7");
        {
            auto conn = SqliteConnection::open(path, SqliteConnection::OpenMode::ExistingOnly,
                                               PostofficeApplicationId, QStringLiteral("postoffice"));
            QVERIFY2(conn.ok(), qPrintable(conn.error().message()));
            QVERIFY(Migrator::migrate(*conn.value(), postofficeDatabaseMigrations().mid(0, 11),
                                      QStringLiteral("postoffice"))
                        .ok());
            QCOMPARE(Migrator::userVersion(*conn.value()), 11);
            QVERIFY(conn.value()
                        ->exec(QStringLiteral("INSERT INTO srvconf(requestor_key, password) VALUES"
                                              " ('OLDNET/PO8', ?), ('OLDNET/PO7', '')"),
                               {QString::fromLatin1(clear)})
                        .ok());
        }
        QVERIFY(readAll(path).contains(clear)); // as version 11 wrote it
        {
            auto opened = PostofficeStore::open(org, QStringLiteral("OLDNET/PO9"));
            QVERIFY2(opened.ok(), qPrintable(opened.error().message()));
            auto kept = opened.value()->connection().scalar(
                QStringLiteral("SELECT password FROM srvconf WHERE requestor_key = 'OLDNET/PO8'"));
            QVERIFY(kept.ok());
            QVERIFY2(kept->toString().startsWith(QStringLiteral("$argon2id$")), qPrintable(kept->toString()));
            QVERIFY(PasswordHash::matches(kept->toString(), QString::fromLatin1(clear)));
            QVERIFY(!PasswordHash::matches(kept->toString(), QStringLiteral("Clear-Sync-Pw8")));
            auto none = opened.value()->connection().scalar(
                QStringLiteral("SELECT password FROM srvconf WHERE requestor_key = 'OLDNET/PO7'"));
            QVERIFY(none.ok());
            QCOMPARE(none->toString(), QString());
        }
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY2(!readAll(path).contains(clear), "the clear password is still in the file");
    }

    void aNewerFileIsRefusedUntouched()
    {
        const QString org = writeFixture(99);
        QVERIFY(!org.isEmpty());
        const QString path = PostofficeStore::pathFor(org, QStringLiteral("OLDNET"), QStringLiteral("PO9"));
        const QByteArray before = digestOf(path);
        auto opened = PostofficeStore::open(org, QStringLiteral("OLDNET/PO9"));
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message().contains(QStringLiteral("newer")),
                 qPrintable(opened.error().message()));
        QCOMPARE(digestOf(path), before);
    }
};

QTEST_GUILESS_MAIN(TestPostofficeMigration)
#include "tst_postoffice_migration.moc"
