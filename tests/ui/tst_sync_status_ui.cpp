#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/host/DemoOrganization.h"
#include "core/host/ServiceHost.h"
#include "core/msmail/PostofficeStore.h"
#include "core/services/Services.h"
#include "tests/support/UiTestSupport.h"
#include "ui/common/FileDialogs.h"
#include "ui/mainwindow/ServerWindow.h"
#include "ui/mainwindow/ServiceCommands.h"
#include "ui/models/RunHistoryModel.h"
#include "ui/models/SyncStatusModel.h"
#include "ui/panels/CyclePreviewDialog.h"
#include "ui/panels/SyncChart.h"
#include "ui/panels/SyncStatusPanel.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QChart>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QTreeWidget>

using namespace sa::core;
using namespace sa::ui;
using namespace sa::test;

/// View > Synchronization Status on the demo with X1 the dirsync server of PO1 and PO2, the
/// window's worker running cycles: a row per requestor with its numbers, the history growing row by
/// row, a chart of the cycles, a run opened to what it changed, the history exported, Synchronize
/// Now, Cancel between steps and Export on Next Cycle, as an administrator clicks them.
class TestSyncStatusUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

    SyncStatusPanel* openPanel()
    {
        m_window->action(QStringLiteral("actionSyncStatus"))->trigger();
        auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("syncStatusDock"));
        return dock && dock->isVisible() ? m_window->services()->syncStatusPanel() : nullptr;
    }
    std::unique_ptr<DirectoryStore> seattle() const
    {
        return std::move(DirectoryStore::open(m_window->organization().sitePath(QStringLiteral("SEATTLE"))))
            .value();
    }
    static QPushButton* button(QWidget* w, const char* name)
    {
        return w->findChild<QPushButton*>(QLatin1String(name));
    }

private Q_SLOTS:
    void initTestCase() { startGuiTests(QStringLiteral("siteadmin-test-sync-status-ui")); }

    void init()
    {
        auto org = freshDemo(m_dir, true);
        QVERIFY(org);
        openMainWindow(m_window, org.value(), QStringLiteral("X1"), QSize(1200, 860));
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void statusHistoryAndChartFollowTheCycles()
    {
        m_window->services()->start(WorkerSettings{50, 1});
        SyncStatusPanel* panel = openPanel();
        QVERIFY(panel);
        QAbstractItemModelTester status(panel->statusModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester history(panel->historyModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(panel->statusModel()->rowCount(), 2);
        QCOMPARE(panel->statusModel()->statusAt(0).name, QStringLiteral("PO1"));
        // The sync numbers by MS Mail's names, as the command line says them, each explained.
        QStringList numbers;
        for (int column = 3; column <= 6; ++column)
            numbers << panel->statusModel()->headerData(column, Qt::Horizontal).toString();
        QCOMPARE(numbers, (QStringList{QStringLiteral("ReqSync"), QStringLiteral("SrvSync"),
                                       QStringLiteral("SrvConf"), QStringLiteral("ImpSync")}));
        QVERIFY(panel->statusModel()
                    ->headerData(5, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("confirmed")));
        // Cycles run: the numbers move, the history grows row by row, the chart gets the cycles.
        QTRY_VERIFY_WITH_TIMEOUT(panel->chart()->cycles().size() >= 2, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(panel->statusModel()->statusAt(0).svrSeq > 0, 10000);
        const QModelIndex state = panel->statusModel()->index(0, SyncStatusModel::StateColumn);
        QTRY_COMPARE_WITH_TIMEOUT(state.data().toString(), QStringLiteral("OK"), 10000);
        QVERIFY(panel->historyModel()->rowCount() >= 4);
        QVERIFY(panel->chart()->cycles().first().adds > 0);
        QVERIFY(panel->findChild<QLabel*>(QStringLiteral("syncRoleLabel"))
                    ->text()
                    .contains(QStringLiteral("Directory Synchronization is running")));
        const QString next = panel->statusModel()->index(0, SyncStatusModel::NextColumn).data().toString();
        QVERIFY2(next != QStringLiteral("Not scheduled"), qPrintable(next));
        savePng(m_window.get(), QStringLiteral("sync-status-panel"));
        panel->findChild<QTabWidget*>(QStringLiteral("syncTabs"))->setCurrentIndex(1);
        savePng(panel, QStringLiteral("sync-status-chart"));
        panel->findChild<QTabWidget*>(QStringLiteral("syncTabs"))->setCurrentIndex(0);

        // The worker stopped (it finishes the cycle in hand first): the history holds still while a
        // run is opened.
        m_window->services()->host()->stop();
        QVERIFY(m_window->services()->host()->wait(60000));
        panel->refresh();
        // A run opened: the first PO1 "received" run added PO1's users.
        auto* runs = panel->findChild<QTableView*>(QStringLiteral("runHistoryView"));
        int row = -1;
        for (int r = panel->historyModel()->rowCount() - 1; r >= 0 && row < 0; --r) {
            const DirsyncRun& run = panel->historyModel()->runs().at(r);
            if (run.requestor == QLatin1String("PO1") && run.step == QLatin1String("received") &&
                run.adds > 0)
                row = r;
        }
        QVERIFY(row >= 0);
        const QModelIndex cell = panel->historyModel()->index(row, 0);
        runs->scrollTo(cell);
        QTest::mouseClick(runs->viewport(), Qt::LeftButton, {}, runs->visualRect(cell).center());
        QTest::mouseDClick(runs->viewport(), Qt::LeftButton, {}, runs->visualRect(cell).center());
        auto* details = waitForDialog(m_window.get(), QStringLiteral("runDetailsDialog"));
        QVERIFY(details);
        auto* objects = details->findChild<QTreeWidget*>(QStringLiteral("runObjectsList"));
        QCOMPARE(objects->topLevelItemCount() >= panel->historyModel()->runs().at(row).adds, true);
        QVERIFY(!objects->findItems(QStringLiteral("Alice Martin"), Qt::MatchExactly, 1).isEmpty());
        savePng(details, QStringLiteral("sync-run-details"));
        // Its changes as CSV, a line each.
        const QString runCsv = m_dir->filePath(QStringLiteral("run.csv"));
        FileDialogs::setNextFileName(runCsv);
        QTest::mouseClick(details->findChild<QPushButton*>(QStringLiteral("runExportButton")),
                          Qt::LeftButton);
        QFile runFile(runCsv);
        QVERIFY(runFile.open(QIODevice::ReadOnly));
        const QByteArray runText = runFile.readAll();
        QVERIFY(runText.contains("object,added,Alice Martin,Custom Recipient,"));
        // A line per object and per event it logged (the demo logs each step at Medium), and the header.
        auto* events = details->findChild<QTreeWidget*>(QStringLiteral("runEventsList"));
        QVERIFY(events->topLevelItemCount() >= 1);
        QCOMPARE(runText.count('\n'), objects->topLevelItemCount() + events->topLevelItemCount() + 1);
        details->close();

        // The history as CSV.
        const QString csv = m_dir->filePath(QStringLiteral("history.csv"));
        FileDialogs::setNextFileName(csv);
        QTest::mouseClick(button(panel, "exportHistoryButton"), Qt::LeftButton);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.first().startsWith("Started,Finished,Requestor,Step,Status,Adds"));
        QVERIFY(lines.size() >= panel->historyModel()->rowCount() + 1);
    }

    void synchronizeNowCancelAndExportOnNextCycle()
    {
        // Never on its own: only when asked.
        ChangeSet never;
        never.replace(SiteBuilder::connectionsDn(QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"))
                          .child(QStringLiteral("cn"), QStringLiteral("Directory Synchronization Server")),
                      attr::ActivationStyle, {QStringLiteral("0")});
        QVERIFY(seattle()->commit(never).ok());
        m_window->services()->start(WorkerSettings{50, 1});
        SyncStatusPanel* panel = openPanel();
        QVERIFY(panel);
        QCOMPARE(panel->statusModel()->index(0, SyncStatusModel::NextColumn).data().toString(),
                 QStringLiteral("Not scheduled"));
        QSignalSpy finished(m_window->services()->host()->worker(), &ServiceWorker::cycleFinished);
        // Cancel as soon as the cycle shows its progress: it stops between steps.
        auto* cancel = button(panel, "cancelCycleButton");
        QMetaObject::Connection once;
        once = connect(m_window->services()->host()->worker(), &ServiceWorker::progress, cancel, [&] {
            QObject::disconnect(once);
            QTest::mouseClick(cancel, Qt::LeftButton);
        });
        QTest::mouseClick(button(panel, "syncNowButton"), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().at(0).toBool());
        QTRY_VERIFY(panel->findChild<QLabel*>(QStringLiteral("syncLastCycleLabel"))
                        ->text()
                        .contains(QStringLiteral("cancelled")));
        QVERIFY(!panel->findChild<QWidget*>(QStringLiteral("cycleProgressRow"))->isVisible());
        // Again, to the end.
        QTRY_VERIFY(button(panel, "syncNowButton")->isEnabled());
        QTest::mouseClick(button(panel, "syncNowButton"), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.last().at(0).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(panel->statusModel()->statusAt(0).svrSeq > 0, 10000);

        // Export on Next Cycle for PO2: its object says so until the next reply.
        auto* requestors = panel->findChild<QTableView*>(QStringLiteral("requestorStatusView"));
        const QModelIndex po2 = panel->statusModel()->index(1, 0);
        QTest::mouseClick(requestors->viewport(), Qt::LeftButton, {}, requestors->visualRect(po2).center());
        QVERIFY(button(panel, "exportNextCycleButton")->isEnabled());
        QTest::mouseClick(button(panel, "exportNextCycleButton"), Qt::LeftButton);
        auto object = seattle()->object(
            SiteBuilder::connectionsDn(QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"))
                .child(QStringLiteral("cn"), QStringLiteral("Directory Synchronization Server"))
                .child(QStringLiteral("cn"), QStringLiteral("PO2")));
        QVERIFY(object.ok());
        QCOMPARE(object->value(attr::DxaExportNow), QStringLiteral("TRUE"));
        savePng(panel, QStringLiteral("sync-status-after-sync-now"));
    }

    void aRequestorWhoseMailWaitsShowsLateAndWhy()
    {
        // PO2's connector MTA stopped at X2: its ReqTx wait at PO2, cycle after cycle.
        ChangeSet never;
        never.replace(SiteBuilder::connectionsDn(QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"))
                          .child(QStringLiteral("cn"), QStringLiteral("Directory Synchronization Server")),
                      attr::ActivationStyle, {QStringLiteral("0")});
        QVERIFY(seattle()->commit(never).ok());
        auto london = DirectoryStore::open(m_window->organization().sitePath(QStringLiteral("LONDON")));
        QVERIFY(
            Services::stop(*london.value(), QStringLiteral("X2"), QStringLiteral("PO2 Connector MTA")).ok());
        m_window->services()->start(WorkerSettings{50, 1});
        SyncStatusPanel* panel = openPanel();
        QVERIFY(panel);
        QSignalSpy finished(m_window->services()->host()->worker(), &ServiceWorker::cycleFinished);
        for (int i = 0; i < 2; ++i) {
            QTRY_VERIFY(button(panel, "syncNowButton")->isEnabled());
            QTest::mouseClick(button(panel, "syncNowButton"), Qt::LeftButton);
            QVERIFY(finished.wait(30000));
            QVERIFY(finished.last().at(0).toBool());
        }
        const QModelIndex po2 = panel->statusModel()->index(1, SyncStatusModel::StateColumn);
        QCOMPARE(panel->statusModel()->index(1, SyncStatusModel::NameColumn).data().toString(),
                 QStringLiteral("PO2"));
        QTRY_COMPARE_WITH_TIMEOUT(po2.data().toString(), QStringLiteral("Late"), 10000);
        const QString why =
            QTextDocumentFragment::fromHtml(po2.data(Qt::ToolTipRole).toString()).toPlainText();
        QVERIFY2(why.contains(QStringLiteral("wait at NWNET/PO2 for NORTHWIND/LONDON")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("the PO2 Connector MTA on X2 is not running")), qPrintable(why));
        QVERIFY(panel->statusModel()->index(0, SyncStatusModel::StateColumn).data().toString() !=
                QStringLiteral("Late"));
        savePng(panel, QStringLiteral("sync-status-late"));

        // Started again, the waiting mail goes and the next cycle finds PO2 on time.
        QVERIFY(
            Services::start(*london.value(), QStringLiteral("X2"), QStringLiteral("PO2 Connector MTA")).ok());
        QTRY_VERIFY(button(panel, "syncNowButton")->isEnabled());
        QTest::mouseClick(button(panel, "syncNowButton"), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(po2.data().toString() != QStringLiteral("Late"), 10000);
    }

    void previewAndApprovePendingDeletes()
    {
        const Dn server =
            SiteBuilder::connectionsDn(QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"))
                .child(QStringLiteral("cn"), QStringLiteral("Directory Synchronization Server"));
        ChangeSet setup;
        setup.replace(server, attr::ActivationStyle, {QStringLiteral("0")}); // cycles only when asked
        // PO2 lets at most 1 % of what it holds be deleted by one reply.
        setup.replace(server.child(QStringLiteral("cn"), QStringLiteral("PO2")),
                      attr::DeletionThresholdPercent, {QStringLiteral("1")});
        QVERIFY(seattle()->commit(setup).ok());
        m_window->services()->start(WorkerSettings{50, 1});
        SyncStatusPanel* panel = openPanel();
        QVERIFY(panel);
        QSignalSpy finished(m_window->services()->host()->worker(), &ServiceWorker::cycleFinished);
        const auto syncNow = [&] {
            const int before = int(finished.size());
            // As a person waits for the button to come back after the cycle before (the spy hears
            // of the end in the worker's thread, the panel a moment later).
            QTRY_VERIFY(button(panel, "syncNowButton")->isEnabled());
            QTest::mouseClick(button(panel, "syncNowButton"), Qt::LeftButton);
            QVERIFY(QTest::qWaitFor([&] { return finished.size() > before; }, 30000));
            panel->refresh();
        };
        syncNow();
        syncNow();
        QVERIFY(!button(panel, "approveDeletesPanelButton")->isEnabled()); // nothing held

        // Three PO1 users go: PO2's reply would delete 3 of its 86 entries, over its 1 %.
        auto po1 = PostofficeStore::open(m_dir->path(), QStringLiteral("NWNET/PO1"));
        for (const QString& box :
             {QStringLiteral("AMARTIN"), QStringLiteral("BCOOPER"), QStringLiteral("CDIAZ")})
            QVERIFY(po1.value()->deleteUser(box));
        syncNow();
        syncNow();
        QCOMPARE(panel->statusModel()->index(1, SyncStatusModel::StateColumn).data().toString(),
                 QStringLiteral("Held: deletion threshold"));
        QVERIFY(button(panel, "approveDeletesPanelButton")->isEnabled());

        // Preview Next Cycle: per requestor what would come and go; exported.
        QTest::mouseClick(button(panel, "previewCycleButton"), Qt::LeftButton);
        auto* preview = qobject_cast<CyclePreviewDialog*>(
            waitForDialog(m_window.get(), QStringLiteral("cyclePreviewDialog")));
        QVERIFY(preview);
        QTRY_VERIFY_WITH_TIMEOUT(preview->isReady(), 20000);
        auto* list = preview->findChild<QTreeWidget*>(QStringLiteral("previewList"));
        QCOMPARE(list->topLevelItemCount(), 2);
        savePng(preview, QStringLiteral("sync-preview"));
        const QString csv = m_dir->filePath(QStringLiteral("preview.csv"));
        FileDialogs::setNextFileName(csv);
        QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("previewExportButton")),
                          Qt::LeftButton);
        QVERIFY(QFile::exists(csv));
        preview->close();

        // Approve Pending Deletes: the three deletions shown first, then let go.
        QTest::mouseClick(button(panel, "approveDeletesPanelButton"), Qt::LeftButton);
        auto* approve = qobject_cast<CyclePreviewDialog*>(
            waitForDialog(m_window.get(), QStringLiteral("approveDeletesDialog")));
        QVERIFY(approve);
        QTRY_VERIFY_WITH_TIMEOUT(approve->isReady(), 20000);
        list = approve->findChild<QTreeWidget*>(QStringLiteral("previewList"));
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->childCount(), 3);
        QCOMPARE(list->topLevelItem(0)->child(0)->text(0), QStringLiteral("Delete"));
        savePng(approve, QStringLiteral("sync-approve-deletes"));
        QTest::mouseClick(approve->findChild<QPushButton*>(QStringLiteral("approveDeletesButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!approve->isVisible());
        syncNow();
        syncNow();
        auto po2 = PostofficeStore::open(m_dir->path(), QStringLiteral("NWNET/PO2"));
        auto gal = po2.value()->gal();
        QVERIFY(gal.ok());
        for (const PoGalEntry& e : gal.value())
            QVERIFY2(!e.address.startsWith(QLatin1String("NWNET/PO1/AMARTIN")), qPrintable(e.address));
        QVERIFY(panel->statusModel()->index(1, SyncStatusModel::StateColumn).data().toString() !=
                QStringLiteral("Held: deletion threshold"));
    }

    void theLastCycleShowsInOnePlace()
    {
        // With the panel open, the last cycle's result is its line alone: not the server window's
        // status line, not the main status bar (issue 20: three lines said it). Closed, the server
        // window says it.
        m_window->services()->start(WorkerSettings{50, 3600});
        QSignalSpy finished(m_window->services()->host()->worker(), &ServiceWorker::cycleFinished);
        SyncStatusPanel* panel = openPanel();
        QVERIFY(panel);
        QTRY_VERIFY(button(panel, "syncNowButton")->isEnabled());
        QTest::mouseClick(button(panel, "syncNowButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        auto* last = panel->findChild<QLabel*>(QStringLiteral("syncLastCycleLabel"));
        QTRY_VERIFY(last->text().startsWith(QStringLiteral("Dirsync cycle: ")));
        ServerWindow* window = m_window->activeServerWindow();
        QCOMPARE(window->dirsyncStatus(), QString());
        QVERIFY2(!m_window->statusBar()->currentMessage().contains(QStringLiteral("Dirsync cycle")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        savePng(m_window.get(), QStringLiteral("sync-status-one-place"));
        m_window->action(QStringLiteral("actionSyncStatus"))->trigger(); // closed
        QTRY_VERIFY(window->dirsyncStatus().startsWith(QStringLiteral("Last dirsync cycle ")));
        m_window->action(QStringLiteral("actionSyncStatus"))->trigger(); // open again
        QTRY_COMPARE(window->dirsyncStatus(), QString());
    }

    void thePanelFitsAWindowOfOrdinarySize()
    {
        // Issue 20: the panel took ~60 % of the height, the window could not be made shorter than
        // 559 px and a horizontal scrollbar hid the second requestor row on every fresh start.
        m_window->resize(1200, 760);
        SyncStatusPanel* panel = openPanel();
        QVERIFY(panel);
        auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("syncStatusDock"));
        auto* requestors = panel->findChild<QTableView*>(QStringLiteral("requestorStatusView"));
        QTRY_COMPARE(requestors->model()->rowCount(), 2);
        QTest::qWait(50); // the layout settles
        QVERIFY2(dock->height() <= m_window->height() / 2,
                 qPrintable(QStringLiteral("dock %1 of %2").arg(dock->height()).arg(m_window->height())));
        for (int row = 0; row < 2; ++row) {
            const QRect rect = requestors->visualRect(requestors->model()->index(row, 0));
            QVERIFY2(requestors->viewport()->rect().contains(rect),
                     qPrintable(QStringLiteral("row %1 at %2,%3 %4x%5 in a viewport of %6x%7")
                                    .arg(row)
                                    .arg(rect.x())
                                    .arg(rect.y())
                                    .arg(rect.width())
                                    .arg(rect.height())
                                    .arg(requestors->viewport()->width())
                                    .arg(requestors->viewport()->height())));
        }
        QVERIFY2(m_window->minimumSizeHint().height() <= 480,
                 qPrintable(QString::number(m_window->minimumSizeHint().height())));
        m_window->resize(1000, 480);
        QTRY_VERIFY(m_window->height() <= 480 || m_window->isMaximized());
        savePng(m_window.get(), QStringLiteral("sync-status-small-window"));
        m_window->resize(1200, 760);
        savePng(m_window.get(), QStringLiteral("sync-status-fits"));
    }

    void theChartWritesTheTimesThatFit()
    {
        // Thirty "HH:mm:ss" under thirty bars were elided to dots (issue 20): written when they fit,
        // else the axis says the span.
        QList<DirsyncRun> runs;
        const QDateTime start(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
        for (int i = 0; i < SyncChart::MaxCycles; ++i) {
            DirsyncRun run;
            run.started = start.addSecs(60 * i);
            run.finished = run.started.addSecs(2);
            run.adds = i;
            runs << run;
        }
        SyncChart chart;
        chart.setRuns(runs);
        chart.resize(600, 240);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QTRY_VERIFY(!chart.timesShown());
        auto* x = qobject_cast<QBarCategoryAxis*>(chart.chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(x);
        QVERIFY2(x->titleText().startsWith(QStringLiteral("30 cycles from ")), qPrintable(x->titleText()));
        savePng(&chart, QStringLiteral("sync-chart-narrow"));
        chart.setRuns(runs.mid(0, 4));
        QTRY_VERIFY(chart.timesShown());
        QVERIFY(chart.chart()->axes(Qt::Horizontal).value(0)->titleText().isEmpty());
    }

    void aPausedOrStoppedServiceIsSaidAsItIs()
    {
        // Paused by another program (siteadminctl, or an older version of this one): the panel says
        // paused and what that means for the schedule, not "not running" (issue 20).
        SyncStatusPanel* panel = openPanel();
        QVERIFY(panel);
        auto* role = panel->findChild<QLabel*>(QStringLiteral("syncRoleLabel"));
        QVERIFY(Services::pause(*seattle(), QStringLiteral("X1"), Services::DirectorySynchronization).ok());
        QTRY_VERIFY_WITH_TIMEOUT(role->text().contains(QStringLiteral(
                                     "Directory Synchronization is paused (scheduled cycles wait until "
                                     "Continue in Tools > Services)")),
                                 5000);
        QVERIFY(Services::stop(*seattle(), QStringLiteral("X1"), Services::DirectorySynchronization).ok());
        QTRY_VERIFY_WITH_TIMEOUT(role->text().contains(QStringLiteral(
                                     "Directory Synchronization is stopped (start it in Tools > Services)")),
                                 5000);
    }

    void thePanelIsRememberedPerOrganization()
    {
        const auto shown = [this] {
            auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("syncStatusDock"));
            return dock && dock->isVisible();
        };
        // Never closed on this organization: the default decides (the demo's is shown).
        m_window->restorePanels(false);
        QVERIFY(!shown());
        m_window->restorePanels(true);
        QVERIFY(shown());
        // Closed with the panel hidden: hidden next time, whatever the default.
        m_window->action(QStringLiteral("actionSyncStatus"))->trigger();
        QVERIFY(!shown());
        const Organization org = m_window->organization();
        m_window->close();
        openMainWindow(m_window, org, QStringLiteral("X1"), QSize(1200, 860));
        m_window->restorePanels(true);
        QVERIFY(!shown());
        // Closed with it shown: shown next time.
        QVERIFY(openPanel());
        m_window->close();
        openMainWindow(m_window, org, QStringLiteral("X1"), QSize(1200, 860));
        m_window->restorePanels(false);
        QVERIFY(shown());
    }
};

QTEST_MAIN(TestSyncStatusUi)
#include "tst_sync_status_ui.moc"
