#include "core/directory/DirectoryStore.h"
#include "core/host/DemoOrganization.h"
#include "core/host/ServiceHost.h"
#include "core/msmail/PostofficeStore.h"
#include "tests/support/UiTestSupport.h"
#include "ui/mainwindow/ServerWindow.h"
#include "ui/mainwindow/ServiceCommands.h"
#include "ui/models/ContentsModel.h"

#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

using namespace sa::core;
using namespace sa::ui;
using namespace sa::test;

/// The window's worker carrying a cycle of 20,000 entries (a postoffice of 20,000 users) while the
/// window keeps answering: the cycle completes, the open list of MSMail Recipients shows them all
/// soon after, and the GUI thread's event loop never stalls long (the benchmark measures how long;
/// this test only keeps it from ever waiting for the cycle).
class TestWorkerUi : public QObject
{
    Q_OBJECT

private:
    static constexpr int Users = 20000;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase() { startGuiTests(QStringLiteral("siteadmin-test-worker-ui")); }

    void init()
    {
        auto org = freshDemo(m_dir, true);
        QVERIFY(org);
        QList<PoUser> users;
        for (int i = 0; i < Users; ++i)
            users.append(PoUser{QStringLiteral("B%1").arg(i), QStringLiteral("Bulk User %1").arg(i), {}});
        auto po = PostofficeStore::open(m_dir->path(), QStringLiteral("NWNET/PO1"));
        QVERIFY(po.ok());
        QVERIFY(po.value()->addUsers(users).ok());
        openMainWindow(m_window, org.value(), QStringLiteral("X1"), QSize(1100, 720));
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void aLargeCycleRunsWhileTheWindowAnswers()
    {
        ServerWindow* window = m_window->activeServerWindow();
        QTRY_VERIFY(window->selectContainer(
            Dn::parse(QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=MSMail Recipients")).value()));
        QCOMPARE(window->contentsModel()->rowCount(), 0);

        // The event loop's turns, measured while the cycle runs.
        qint64 longest = 0;
        QElapsedTimer sinceLast;
        sinceLast.start();
        QTimer beat;
        connect(&beat, &QTimer::timeout, this, [&] { longest = std::max(longest, sinceLast.restart()); });
        beat.start(5);
        // Watched before the worker starts: its first cycle cannot finish unseen.
        QSignalSpy finished(m_window->services(), &ServiceCommands::lastCycleChanged);
        m_window->services()->start(WorkerSettings{50, 3600});
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 240000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        // Every user imported, and the open list shows them within a second or two.
        QTRY_VERIFY_WITH_TIMEOUT(window->contentsModel()->rowCount() >= Users, 5000);
        beat.stop();
        qInfo("cycle: %s; the longest event-loop turn while it ran: %lld ms",
              qPrintable(finished.first().at(1).toString()), longest);
        // The cycle takes seconds; the window never waited for it.
        QVERIFY2(longest < 1500, qPrintable(QStringLiteral("the event loop stalled %1 ms").arg(longest)));
        savePng(m_window.get(), QStringLiteral("worker-large-cycle"));
    }

    void whatTheWorkerChangesAppearRowByRowWithTheSelectionKept()
    {
        ServerWindow* window = m_window->activeServerWindow();
        QTRY_VERIFY(window->selectContainer(
            Dn::parse(QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=MSMail Recipients")).value()));
        m_window->services()->start(WorkerSettings{50, 1});
        // Everyone of both postoffices listed first.
        int everyone = 0;
        for (const QString& name : {QStringLiteral("NWNET/PO1"), QStringLiteral("NWNET/PO2")})
            everyone += int(PostofficeStore::open(m_dir->path(), name).value()->users()->size());
        QTRY_COMPARE_WITH_TIMEOUT(window->contentsModel()->rowCount(), everyone, 240000);
        // A row selected; then one more user at PO2, carried by the next cycle.
        const int row = 10;
        const qint64 selected = window->contentsModel()->idAt(row);
        QVERIFY(window->selectObject(selected));
        QSignalSpy inserted(window->contentsModel(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(window->contentsModel(), &QAbstractItemModel::modelReset);
        const int before = window->contentsModel()->rowCount();
        auto po2 = PostofficeStore::open(m_dir->path(), QStringLiteral("NWNET/PO2"));
        QVERIFY(po2.value()->addUser(QStringLiteral("AAARDVARK"), QStringLiteral("Aaron Aardvark")));
        QElapsedTimer clock;
        clock.start();
        QTRY_COMPARE_WITH_TIMEOUT(window->contentsModel()->rowCount(), before + 1, 30000);
        QCOMPARE(reset.size(), 0); // a row inserted, not the list reloaded
        QVERIFY(!inserted.isEmpty());
        // The selection stays on its object (now a row further down or not, as the names sort).
        const QModelIndexList rows = window->contentsView()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data(ContentsModel::IdRole).toLongLong(), selected);
        qInfo("the new row appeared %lld ms after the user was added (cycles every second)", clock.elapsed());
    }
};

QTEST_MAIN(TestWorkerUi)
#include "tst_worker_ui.moc"
