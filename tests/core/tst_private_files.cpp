#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/host/DemoOrganization.h"
#include "core/host/Runner.h"
#include "core/msmail/ExternalStore.h"
#include "core/msmail/PostofficeStore.h"
#include "core/services/ServiceLock.h"
#include "core/storage/PrivateFiles.h"
#include "core/storage/SqliteConnection.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace sa::core;

/// The organization's files are for their owner alone whatever the umask (issue 19): every folder
/// 0700, every database and its write-ahead log and shared memory 0600, every lock file 0600.
class TestPrivateFiles : public QObject
{
    Q_OBJECT

    /// Each file or folder under `dir` that others than its owner may use, with its mode.
    static QStringList loose(const QString& dir)
    {
        QStringList out;
        QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            struct stat st;
            if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
                continue;
            const mode_t wanted = S_ISDIR(st.st_mode) ? S_IRWXU : (S_IRUSR | S_IWUSR);
            if ((st.st_mode & 0777) != wanted)
                out << QStringLiteral("%1 %2").arg(QString::number(st.st_mode & 0777, 8),
                                                   path.mid(dir.size()));
        }
        return out;
    }

private Q_SLOTS:
    void everyFileIsItsOwnersWhateverTheUmask()
    {
        const mode_t before = ::umask(022); // the usual umask: files 0644 and folders 0755 unless made so
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("northwind"));
        auto org = DemoOrganization::build(dir, DemoStage::Linked);
        QVERIFY2(org.ok(), qPrintable(org.error().message()));
        QVERIFY(PostofficeStore::create(dir, QStringLiteral("NWNET/PO9"), QStringLiteral("admin99")).ok());
        QVERIFY(ExternalStore::create(dir, QStringLiteral("EXT9"),
                                      {QStringLiteral("NWNET/PO1"), QStringLiteral("NWNET/PO9")}, 0)
                    .ok());
        ServiceLock lock(dir, QStringLiteral("services"));
        QVERIFY(lock.tryLock());
        {
            // Open and written: each database's write-ahead log and shared memory are there too.
            const SqliteConnection::KeepOpen keep;
            QVERIFY(Runner(org.value()).runOnce().ok());
            auto site = DirectoryStore::open(org->sitePath(QStringLiteral("SEATTLE")));
            auto po = PostofficeStore::open(dir, QStringLiteral("NWNET/PO9"));
            QVERIFY(site.ok() && po.ok());
            QVERIFY(po.value()->setMetaValue(QStringLiteral("probe"), QStringLiteral("x")).ok());
            QVERIFY(QFileInfo::exists(po.value()->connection().path() + QStringLiteral("-wal")));
            QVERIFY(QFileInfo::exists(po.value()->connection().path() + QStringLiteral("-shm")));
            const QStringList found = loose(dir);
            QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        }
        struct stat st;
        QVERIFY(::stat(QFile::encodeName(dir).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 0777, mode_t(S_IRWXU));
        ::umask(before);
    }

    void aFolderMadeForAGroupIsTheTeamsAndNoOneElses()
    {
        const mode_t before = ::umask(077); // even a strict umask: the team's modes are given
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("team"));
        const group* own = ::getgrgid(::getegid());
        QVERIFY(own);
        const QString team = QString::fromLocal8Bit(own->gr_name);
        // No such group: refused, nothing made.
        auto refused = Organization::create(dir, QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"),
                                            QStringLiteral("X1"), QStringLiteral("no-such-group-x9"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message().contains(QStringLiteral("there is no group \"no-such-group-x9\"")),
                 qPrintable(refused.error().message()));
        QVERIFY(!QFileInfo::exists(dir));

        auto org = Organization::create(dir, QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"),
                                        QStringLiteral("X1"), team);
        QVERIFY2(org.ok(), qPrintable(org.error().message()));
        QVERIFY(PostofficeStore::create(dir, QStringLiteral("NWNET/PO9"), QStringLiteral("admin99")).ok());
        ServiceLock lock(dir, QStringLiteral("services"));
        QVERIFY(lock.tryLock());
        const SqliteConnection::KeepOpen keep;
        auto po = PostofficeStore::open(dir, QStringLiteral("NWNET/PO9"));
        QVERIFY(po.ok());
        QVERIFY(po.value()->setMetaValue(QStringLiteral("probe"), QStringLiteral("x")).ok());
        QVERIFY(QFileInfo::exists(po.value()->connection().path() + QStringLiteral("-shm")));
        // Every folder 2770 and every file 0660, all the group's.
        QStringList wrong;
        QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        QStringList paths{dir};
        while (it.hasNext())
            paths << it.next();
        for (const QString& path : paths) {
            struct stat st;
            QVERIFY(::lstat(QFile::encodeName(path).constData(), &st) == 0);
            const mode_t wanted = S_ISDIR(st.st_mode) ? mode_t(02770) : mode_t(0660);
            if ((st.st_mode & 07777) != wanted || st.st_gid != own->gr_gid)
                wrong << QStringLiteral("%1 %2 %3")
                             .arg(QString::number(st.st_mode & 07777, 8))
                             .arg(st.st_gid)
                             .arg(path);
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
        QVERIFY(PrivateFiles::looseIn(dir).isEmpty()); // the group is meant to
        // Others are not: said, with the command that mends it for a team's folder.
        const QString site = org->sitePath(QStringLiteral("SEATTLE"));
        QVERIFY(::chmod(QFile::encodeName(site).constData(), 0664) == 0);
        QCOMPARE(PrivateFiles::looseIn(dir), QStringList{QStringLiteral("sites/SEATTLE.sqlite")});
        QVERIFY(PrivateFiles::fixCommand(dir).startsWith(QStringLiteral("chmod -R o-rwx ")));
        ::umask(before);
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_private_files.moc"
