#include "core/directory/Organization.h"
#include "core/msmail/PostofficeStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sa::core;

/// Postoffice file names cannot collide: A-B/C and A/B-C were both A-B-C.sqlite, so the second
/// postoffice opened the first one's database. A '-' (and '%') inside a name is now escaped; a
/// postoffice an earlier version filed under the old name is still found, and only by its own name.
class TestPostofficeFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_org;

private Q_SLOTS:
    void initTestCase()
    {
        m_org = m_dir.filePath(QStringLiteral("org"));
        QVERIFY(Organization::create(m_org, QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"),
                                     QStringLiteral("X1"))
                    .ok());
    }

    void namesThatJoinedToOneFileGetTwo()
    {
        auto first = PostofficeStore::create(m_org, QStringLiteral("A-B/C"), QStringLiteral("admin-pw"));
        QVERIFY2(first.ok(), qPrintable(first.error().message()));
        auto second = PostofficeStore::create(m_org, QStringLiteral("A/B-C"), QStringLiteral("admin-pw"));
        QVERIFY2(second.ok(), qPrintable(second.error().message()));
        QVERIFY(first.value()->addUser(QStringLiteral("ONE"), QStringLiteral("First Office")).ok());
        QVERIFY(second.value()->addUser(QStringLiteral("TWO"), QStringLiteral("Second Office")).ok());
        first.value().reset();
        second.value().reset();
        QCOMPARE(PostofficeStore::open(m_org, QStringLiteral("A-B/C")).value()->name(),
                 QStringLiteral("A-B/C"));
        QCOMPARE(PostofficeStore::open(m_org, QStringLiteral("A/B-C")).value()->name(),
                 QStringLiteral("A/B-C"));
        QCOMPARE(PostofficeStore::open(m_org, QStringLiteral("A-B/C")).value()->users()->first().mailbox,
                 QStringLiteral("ONE"));
        QCOMPARE(PostofficeStore::open(m_org, QStringLiteral("A/B-C")).value()->users()->first().mailbox,
                 QStringLiteral("TWO"));
        const QStringList all = PostofficeStore::list(m_org);
        QVERIFY(all.contains(QStringLiteral("A-B/C")) && all.contains(QStringLiteral("A/B-C")));
        QCOMPARE(PostofficeStore::create(m_org, QStringLiteral("a-b/c"), QStringLiteral("admin-pw"))
                     .error()
                     .code(),
                 ErrorCode::AlreadyExists);
        // A '%' in a name is escaped too.
        QVERIFY(PostofficeStore::create(m_org, QStringLiteral("P%2D/Q"), QStringLiteral("admin-pw")).ok());
        QVERIFY(PostofficeStore::create(m_org, QStringLiteral("P-/Q"), QStringLiteral("admin-pw")).ok());
        QCOMPARE(PostofficeStore::open(m_org, QStringLiteral("P%2D/Q")).value()->name(),
                 QStringLiteral("P%2D/Q"));
        QCOMPARE(PostofficeStore::open(m_org, QStringLiteral("P-/Q")).value()->name(),
                 QStringLiteral("P-/Q"));
    }

    void aPostofficeFiledUnderTheOldNameIsStillItsOwn()
    {
        QVERIFY(PostofficeStore::create(m_org, QStringLiteral("X-Y/Z"), QStringLiteral("admin-pw")).ok());
        // As an earlier version left it: X-Y-Z.sqlite.
        const QString dir = m_org + QStringLiteral("/postoffices/");
        QVERIFY(QFile::rename(dir + QStringLiteral("X%2DY-Z.sqlite"), dir + QStringLiteral("X-Y-Z.sqlite")));
        QCOMPARE(PostofficeStore::open(m_org, QStringLiteral("X-Y/Z")).value()->name(),
                 QStringLiteral("X-Y/Z"));
        QVERIFY(PostofficeStore::exists(m_org, QStringLiteral("X-Y/Z")));
        QCOMPARE(PostofficeStore::create(m_org, QStringLiteral("X-Y/Z"), QStringLiteral("admin-pw"))
                     .error()
                     .code(),
                 ErrorCode::AlreadyExists);
        // The other name that old file could have meant is not taken by it.
        QVERIFY(!PostofficeStore::exists(m_org, QStringLiteral("X/Y-Z")));
        auto other = PostofficeStore::create(m_org, QStringLiteral("X/Y-Z"), QStringLiteral("admin-pw"));
        QVERIFY2(other.ok(), qPrintable(other.error().message()));
        QCOMPARE(other.value()->name(), QStringLiteral("X/Y-Z"));
        QCOMPARE(PostofficeStore::open(m_org, QStringLiteral("X-Y/Z")).value()->name(),
                 QStringLiteral("X-Y/Z"));
    }
};

QTEST_GUILESS_MAIN(TestPostofficeFiles)
#include "tst_postoffice_files.moc"
