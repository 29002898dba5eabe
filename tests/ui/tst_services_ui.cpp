#include "core/directory/DirectoryStore.h"
#include "core/dirsync/DirsyncLog.h"
#include "core/host/DemoOrganization.h"
#include "core/host/ServiceHost.h"
#include "core/services/Services.h"
#include "core/transport/SiteTransport.h"
#include "tests/support/TestSupport.h"
#include "tests/support/UiTestSupport.h"
#include "ui/dialogs/ServicesDialog.h"
#include "ui/mainwindow/ServerWindow.h"
#include "ui/mainwindow/ServiceCommands.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace sa::core;
using namespace sa::ui;
using namespace sa::test;

/// Tools > Services and the background worker as the window hosts them, on the demo with X1 the
/// dirsync server of PO1 and PO2: starting starts what a service needs, stopping one that others
/// need asks first and stops them too, pausing Directory Synchronization starts a synchronization
/// and says so, changes made elsewhere show within a second; every server window's status bar shows
/// the last cycle's result and time, red when it failed.
class TestServicesUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

    ServicesDialog* openServices()
    {
        m_window->action(QStringLiteral("actionServices"))->trigger();
        return waitFor<ServicesDialog>(m_window.get());
    }
    static QString stateOf(ServicesDialog* dialog, const QString& service)
    {
        return serviceState(dialog, QStringLiteral("X1"), service);
    }
    static void click(ServicesDialog* dialog, const QString& service, const char* button)
    {
        clickServiceButton(dialog, QStringLiteral("X1"), service, button);
    }
    std::unique_ptr<DirectoryStore> seattle() const
    {
        return std::move(DirectoryStore::open(m_window->organization().sitePath(QStringLiteral("SEATTLE"))))
            .value();
    }

private Q_SLOTS:
    void initTestCase() { startGuiTests(QStringLiteral("siteadmin-test-services-ui")); }

    void init()
    {
        auto org = freshDemo(m_dir, true);
        QVERIFY(org);
        openMainWindow(m_window, org.value(), QStringLiteral("X1"), QSize(1100, 720));
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void servicesStartStopPauseAndFollowOthers()
    {
        m_window->services()->start(WorkerSettings{100, 3600});
        ServicesDialog* dialog = openServices();
        QVERIFY(dialog);
        QAbstractItemModelTester tester(dialog->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(dialog->findChild<QLabel*>(QStringLiteral("servicesHostLabel"))
                        ->text()
                        .startsWith(QStringLiteral("This window does the services' work")));
        QCOMPARE(stateOf(dialog, Services::DirectorySynchronization), QStringLiteral("Running"));
        savePng(dialog, QStringLiteral("services-dialog"));

        // Stopping the MTA: Directory Synchronization needs it; asked, both stop.
        Prompts::setNextAnswer(QMessageBox::No);
        click(dialog, Services::Mta, "stopServiceButton");
        QStringList said = Prompts::takeRecorded();
        QVERIFY2(
            said.join(QLatin1Char('\n')).contains(QStringLiteral("is needed by Directory Synchronization")),
            qPrintable(said.join(QLatin1Char('\n'))));
        QCOMPARE(stateOf(dialog, Services::Mta), QStringLiteral("Running")); // declined: nothing stopped
        Prompts::setNextAnswer(QMessageBox::Yes);
        click(dialog, Services::Mta, "stopServiceButton");
        Prompts::takeRecorded();
        QCOMPARE(stateOf(dialog, Services::Mta), QStringLiteral("Stopped"));
        QCOMPARE(stateOf(dialog, Services::DirectorySynchronization), QStringLiteral("Stopped"));
        // Starting Directory Synchronization starts the MTA it needs.
        click(dialog, Services::DirectorySynchronization, "startServiceButton");
        QCOMPARE(stateOf(dialog, Services::Mta), QStringLiteral("Running"));
        QCOMPARE(stateOf(dialog, Services::DirectorySynchronization), QStringLiteral("Running"));
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("startServiceButton"))->isEnabled());

        // Pausing it on X1, which runs the Directory Synchronization Server, starts a cycle at once and
        // leaves it running, as the original did; the cycle is recorded as a scheduled one is.
        QSignalSpy finished(m_window->services()->host()->worker(), &ServiceWorker::cycleFinished);
        // The cycle the pause starts is the first to finish after the worker says so (a scheduled one
        // may be under way as the button is clicked); the worker's signals come in the order it sent
        // them, so the count at that word marks it.
        int finishedWhenSaid = -1;
        connect(m_window->services()->host()->worker(), &ServiceWorker::activity, dialog,
                [&](const WorkerActivity& a) {
                    if (finishedWhenSaid < 0 && a.text.english().startsWith(QStringLiteral(
                                                    "Directory Synchronization on X1 keeps running")))
                        finishedWhenSaid = int(finished.count());
                });
        auto runsBefore = DirsyncLog::history(*seattle(), 1000);
        QVERIFY(runsBefore.ok());
        click(dialog, Services::DirectorySynchronization, "pauseServiceButton");
        said = Prompts::takeRecorded();
        QVERIFY2(said.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("Directory Synchronization on X1 was not paused. X1 runs the "
                                              "organization's directory synchronization, so, as in the "
                                              "original, pausing it starts a synchronization cycle now "
                                              "instead, and the service keeps running")),
                 qPrintable(said.join(QLatin1Char('\n'))));
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("servicesResultLabel"))->text(),
                 QStringLiteral("On X1: Directory Synchronization keeps running; pausing it started a "
                                "synchronization cycle."));
        QCOMPARE(stateOf(dialog, Services::DirectorySynchronization), QStringLiteral("Running"));
        QVERIFY(QTest::qWaitFor([&] { return finishedWhenSaid >= 0 && finished.count() > finishedWhenSaid; },
                                20000));
        QVERIFY(finished.at(finishedWhenSaid).at(0).toBool());
        // Its runs are in the history the panel shows: one per requestor it served.
        auto runsAfter = DirsyncLog::history(*seattle(), 1000);
        QVERIFY(runsAfter.ok());
        QVERIFY2(
            runsAfter->size() > runsBefore->size(),
            qPrintable(
                QStringLiteral("%1 runs before, %2 after").arg(runsBefore->size()).arg(runsAfter->size())));
        QCOMPARE(stateOf(dialog, Services::DirectorySynchronization), QStringLiteral("Running"));

        // What another program changes shows within a second, and persists.
        QVERIFY(Services::stop(*seattle(), QStringLiteral("X1"), Services::DirectorySynchronization).ok());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(dialog, Services::DirectorySynchronization),
                                  QStringLiteral("Stopped"), 2500);
        QCOMPARE(
            Services::state(*seattle(), QStringLiteral("X1"), Services::DirectorySynchronization).value(),
            ServiceState::Stopped);
        savePng(dialog, QStringLiteral("services-dialog-after"));
        dialog->close();
    }

    void pausingWhereNoDirsyncRoleRunsStartsNothing()
    {
        // X2 runs neither the dirsync server nor a requestor: the same rule as siteadminctl
        // (DirsyncCycle::pauseKicks), so its pause is only a pause and the worker says so.
        m_window->services()->start(WorkerSettings{100, 3600});
        ServicesDialog* dialog = openServices();
        QVERIFY(dialog);
        const QString x2 = QStringLiteral("X2");
        if (serviceState(dialog, x2, Services::DirectorySynchronization) != QLatin1String("Running"))
            clickServiceButton(dialog, x2, Services::DirectorySynchronization, "startServiceButton");
        QCOMPARE(serviceState(dialog, x2, Services::DirectorySynchronization), QStringLiteral("Running"));
        QSignalSpy activity(m_window->services()->host()->worker(), &ServiceWorker::activity);
        clickServiceButton(dialog, x2, Services::DirectorySynchronization, "pauseServiceButton");
        // No box claims a synchronization; the result line says none starts.
        QVERIFY2(Prompts::takeRecorded().isEmpty(), "a box after a pause that starts nothing");
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("servicesResultLabel"))->text(),
                 QStringLiteral("On X2: Directory Synchronization paused. X2 runs neither the organization's "
                                "dirsync server nor its requestor, so no synchronization starts; Continue "
                                "resumes it."));
        const auto said = [&](const QString& start) {
            for (const QList<QVariant>& a : activity) {
                if (a.at(0).value<WorkerActivity>().text.english().startsWith(start))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(said(QStringLiteral("Directory Synchronization on X2 is paused: X2 runs "
                                                     "neither")),
                                 10000);
        QVERIFY(!said(QStringLiteral("Directory Synchronization on X2 keeps running")));
        QCOMPARE(serviceState(dialog, x2, Services::DirectorySynchronization), QStringLiteral("Paused"));
        dialog->close();
    }

    void theCycleIntervalAndKeepingAreOptions()
    {
        m_window->services()->start(WorkerSettings{100, 900});
        m_window->action(QStringLiteral("actionOptions"))->trigger();
        auto* options = waitForDialog(m_window.get(), QStringLiteral("optionsDialog"));
        QVERIFY(options);
        auto* tabs = options->findChild<QTabWidget*>();
        tabs->setCurrentWidget(options->findChild<QWidget*>(QStringLiteral("servicesOptionsPage")));
        auto* minutes = options->findChild<QSpinBox*>(QStringLiteral("cycleMinutesSpin"));
        QCOMPARE(minutes->value(), 15);
        minutes->setValue(5);
        // How long events and runs are kept: 90 days unless said, 0 shows as "for ever".
        auto* keep = options->findChild<QSpinBox*>(QStringLiteral("keepDaysSpin"));
        QCOMPARE(keep->value(), 90);
        keep->setValue(0);
        QCOMPARE(keep->text(), QStringLiteral("for ever"));
        keep->setValue(30);
        savePng(options, QStringLiteral("options-services"));
        clickButton(options, QDialogButtonBox::Ok);
        QCOMPARE(QSettings().value(QStringLiteral("services/cycleSeconds")).toInt(), 300);
        QCOMPARE(m_window->services()->host()->settings().cycleSeconds, 300);
        QCOMPARE(QSettings().value(QStringLiteral("services/keepDays")).toInt(), 30);
        QCOMPARE(m_window->services()->host()->settings().keepDays, 30);
    }

    void theDemosIntervalIsSaidAndKept()
    {
        // The demo's services cycle every 30 s while the setting says 15 minutes: the page says so,
        // and OK keeps the demo's interval (issue 20).
        m_window->services()->start(WorkerSettings{100, 30});
        m_window->action(QStringLiteral("actionOptions"))->trigger();
        auto* options = waitForDialog(m_window.get(), QStringLiteral("optionsDialog"));
        QVERIFY(options);
        auto* tabs = options->findChild<QTabWidget*>();
        tabs->setCurrentWidget(options->findChild<QWidget*>(QStringLiteral("servicesOptionsPage")));
        auto* note = options->findChild<QLabel*>(QStringLiteral("runningCycleNote"));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().startsWith(QStringLiteral("The services of this window cycle every 30 seconds: "
                                                        "the demo organization's interval")),
                 qPrintable(note->text()));
        savePng(options, QStringLiteral("options-services-demo"));
        clickButton(options, QDialogButtonBox::Ok);
        QCOMPARE(m_window->services()->host()->settings().cycleSeconds, 30);
    }

    void theMtaQueueShowsWaitingAndHeldMessages()
    {
        // One message waiting (no connector serves NWNET/PO9 yet) and one set aside as unreadable.
        auto store = seattle();
        SiteTransport transport(*store, m_dir->path());
        QVERIFY(transport
                    .accept(Message::create(QStringLiteral("MS:NWNET/PO2/AHOFF"),
                                            QStringLiteral("MS:NWNET/PO9/NOBODY"), QStringLiteral("Waiting"),
                                            QStringLiteral("x")))
                    .ok());
        QVERIFY(store->connection()
                    .exec(QStringLiteral("INSERT INTO mta_queue(message_id, sender, recipient, subject, "
                                         "body, submitted, hops, report,"
                                         " state, reason) VALUES ('broken-1', 'MS:NWNET/PO1/AMARTIN', '', "
                                         "'Broken', 'x', 'not a date',"
                                         " 0, 0, 'held', 'its submission time cannot be read')"))
                    .ok());
        m_window->action(QStringLiteral("actionQueues"))->trigger();
        QDialog* queue = waitForDialog(m_window.get(), QStringLiteral("mtaQueueDialog"));
        QVERIFY(queue);
        QCOMPARE(queue->windowTitle(), QStringLiteral("Message Transfer Agent Queue - X1"));
        auto* messages = queue->findChild<QTreeWidget*>(QStringLiteral("queueList"));
        QCOMPARE(messages->topLevelItemCount(), 2);
        QCOMPARE(messages->topLevelItem(0)->text(2), QStringLiteral("Waiting"));
        QCOMPARE(messages->topLevelItem(0)->text(6), QStringLiteral("Waiting"));
        QCOMPARE(messages->topLevelItem(1)->text(6), QStringLiteral("Held"));
        QCOMPARE(messages->topLevelItem(1)->toolTip(2),
                 QStringLiteral("Held: its submission time cannot be read"));
        savePng(queue, QStringLiteral("mta-queue"));
        // siteadminctl queue list shows the same messages, in the same order, with the same values.
        const auto listed = sa::test::runProcess(
            QString::fromLocal8Bit(qgetenv("SITEADMIN_CTL")),
            {QStringLiteral("--org"), m_dir->path(), QStringLiteral("queue"), QStringLiteral("list"),
             QStringLiteral("--server"), QStringLiteral("X1"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(rows.size(), messages->topLevelItemCount());
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows.at(i).toObject();
            const QTreeWidgetItem* shown = messages->topLevelItem(i);
            QCOMPARE(row.value(QStringLiteral("from")).toString(), shown->text(0));
            QCOMPARE(row.value(QStringLiteral("to")).toString(), shown->text(1));
            QCOMPARE(row.value(QStringLiteral("subject")).toString(), shown->text(2));
            QCOMPARE(QLocale().formattedDataSize(row.value(QStringLiteral("size")).toInteger()),
                     shown->text(3));
            QCOMPARE(QString::number(row.value(QStringLiteral("attempts")).toInt()), shown->text(5));
            QCOMPARE(row.value(QStringLiteral("state")).toString() == QLatin1String("held")
                         ? QStringLiteral("Held")
                         : QStringLiteral("Waiting"),
                     shown->text(6));
        }
        // Return: back to its sender with a non-delivery report; the held one deleted.
        messages->topLevelItem(0)->setSelected(true);
        QTest::mouseClick(queue->findChild<QPushButton*>(QStringLiteral("queueReturnButton")),
                          Qt::LeftButton);
        QCOMPARE(messages->topLevelItemCount(), 2); // the report itself now waits for PO2
        QCOMPARE(messages->topLevelItem(1)->text(1), QStringLiteral("MS:NWNET/PO2/AHOFF"));
        for (int i = 0; i < messages->topLevelItemCount(); ++i)
            messages->topLevelItem(i)->setSelected(messages->topLevelItem(i)->text(2) ==
                                                   QLatin1String("Broken"));
        QTest::mouseClick(queue->findChild<QPushButton*>(QStringLiteral("queueDeleteButton")),
                          Qt::LeftButton);
        QCOMPARE(messages->topLevelItemCount(), 1);
        QVERIFY(messages->findItems(QStringLiteral("Broken"), Qt::MatchExactly, 2).isEmpty());
        queue->close();
    }

    void everyServerWindowShowsTheLastCycle()
    {
        m_window->services()->start(WorkerSettings{50, 1});
        ServerWindow* window = m_window->activeServerWindow();
        auto* label = window->findChild<QLabel*>(QStringLiteral("dirsyncStatusLabel"));
        QVERIFY(label);
        QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(QStringLiteral("Last dirsync cycle ")), 30000);
        QVERIFY2(label->text().contains(QStringLiteral("adds")), qPrintable(label->text()));
        QVERIFY(!label->property("failed").toBool());
        QVERIFY(label->toolTip().startsWith(QStringLiteral("Dirsync cycle: ")));
        // A window opened later shows it too.
        ServerWindow* second = m_window->openServer(QStringLiteral("X1"));
        QVERIFY(second);
        QVERIFY(second->dirsyncStatus().startsWith(QStringLiteral("Last dirsync cycle ")));
        savePng(m_window.get(), QStringLiteral("main-window-last-cycle"));

        // Directory Synchronization stopped: asked for anyway, the cycle fails, in red.
        QVERIFY(Services::stop(*seattle(), QStringLiteral("X1"), Services::DirectorySynchronization).ok());
        m_window->services()->host()->synchronizeNow();
        QTRY_VERIFY_WITH_TIMEOUT(label->property("failed").toBool(), 10000);
        QVERIFY2(label->text().endsWith(QStringLiteral("failed")), qPrintable(label->text()));
        QVERIFY2(label->toolTip().contains(QStringLiteral("Directory Synchronization is not running on X1")),
                 qPrintable(label->toolTip()));
        savePng(m_window.get(), QStringLiteral("main-window-cycle-failed"));
    }
};

QTEST_MAIN(TestServicesUi)
#include "tst_services_ui.moc"
