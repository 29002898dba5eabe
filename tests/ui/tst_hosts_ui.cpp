#include "core/common/Clock.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/Organization.h"
#include "core/host/Runner.h"
#include "core/message/CrossingMessage.h"
#include "core/transport/ImsQueue.h"
#include "core/transport/ImsReceiver.h"
#include "core/transport/ReplicationByMail.h"
#include "tests/support/HostPair.h"
#include "tests/support/UiTestSupport.h"
#include "ui/mainwindow/ServiceCommands.h"
#include "ui/panels/SyncStatusPanel.h"

#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

using namespace sa::core;
using namespace sa::ui;
using namespace sa::test;

/// The window on X1's host folder (SEATTLE; LONDON on another machine, reached over the Internet Mail
/// Service): when LONDON has not answered directory replication for longer than it allows, the
/// Synchronization Status panel says so in red, whatever the dirsync role; once it answers, the line
/// goes.
class TestHostsUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HostPair> m_hosts;
    std::unique_ptr<MainWindow> m_window;

    /// A request from SEATTLE that is lost on the way: it never leaves X1's Internet Mail Service.
    void loseARequest()
    {
        auto seattle = m_hosts->seattle();
        QVERIFY(ReplicationByMail(*seattle, m_hosts->x1()).request(QStringLiteral("LONDON")));
        QVERIFY(Runner(Organization::open(m_hosts->x1()).value()).runUntilIdle(30));
        auto lost = ImsQueue(*seattle).all();
        QVERIFY(lost);
        for (const ImsQueued& q : lost.value())
            QVERIFY(ImsQueue(*seattle).drop(q.seq));
    }

private Q_SLOTS:
    void initTestCase() { startGuiTests(QStringLiteral("siteadmin-test-hosts-ui")); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_hosts = std::make_unique<HostPair>(m_dir->path());
        const QString problem = m_hosts->make();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanup()
    {
        m_window.reset();
        m_hosts.reset();
        m_dir.reset();
    }

    void aSiteThatDoesNotAnswerIsFlagged()
    {
        loseARequest();
        const Clock::SetTo later(Clock::nowUtc().addSecs(ReplicationByMail::RetrySeconds + 60));
        openMainWindow(m_window, Organization::open(m_hosts->x1()).value(), QStringLiteral("X1"),
                       QSize(1200, 860));
        m_window->action(QStringLiteral("actionSyncStatus"))->trigger();
        SyncStatusPanel* panel = m_window->services()->syncStatusPanel();
        QVERIFY(panel);
        auto* label = panel->findChild<QLabel*>(QStringLiteral("syncOverdueSitesLabel"));
        QVERIFY(label);
        QTRY_VERIFY(label->isVisible());
        QVERIFY2(label->text().contains(QStringLiteral("At SEATTLE: Site LONDON has not answered directory "
                                                       "replication since")),
                 qPrintable(label->text()));
        savePng(panel, QStringLiteral("sync-status-overdue-site"));

        // LONDON answers (the passes carry the request asked again and the batch back): the line goes.
        m_window.reset(); // its worker does the work of X1's folder while it is open
        QVERIFY(ReplicationByMail(*m_hosts->seattle(), m_hosts->x1()).request(QStringLiteral("LONDON")));
        const QString problem = m_hosts->settle();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        openMainWindow(m_window, Organization::open(m_hosts->x1()).value(), QStringLiteral("X1"),
                       QSize(1200, 860));
        m_window->action(QStringLiteral("actionSyncStatus"))->trigger();
        label = m_window->services()->syncStatusPanel()->findChild<QLabel*>(
            QStringLiteral("syncOverdueSitesLabel"));
        QVERIFY(label);
        QVERIFY(!label->isVisible());
    }

    void viewQueuesShowsThePathOut()
    {
        // A message waiting at SEATTLE's IMS for LONDON (its MTA unreachable), and one refused on arrival.
        auto seattle = m_hosts->seattle();
        const Message m =
            Message::create(QStringLiteral("MS:NORTHWIND/SEATTLE/ANNA"),
                            QStringLiteral("MS:NORTHWIND/LONDON/BERT"), QStringLiteral("To London"), {});
        QVERIFY(seattle->write(
            [&](DirectoryWriter& w) { return ImsQueue::enqueue(w, QStringLiteral("LONDON"), m); }));
        CrossingMessage forged;
        forged.organization = QStringLiteral("NORTHWIND");
        forged.originSite = QStringLiteral("PARIS");
        forged.targetSite = QStringLiteral("SEATTLE");
        forged.message =
            Message::create(QStringLiteral("MS:NORTHWIND/PARIS/PIERRE"),
                            QStringLiteral("MS:NORTHWIND/SEATTLE/ANNA"), QStringLiteral("Bonjour"), {});
        QCOMPARE(ImsReceiver::deliver(Organization::open(m_hosts->x1()).value(),
                                      forged.encode(HostPair::Secret, QStringLiteral("a@paris.test"),
                                                    QStringLiteral("b@seattle.test")))
                     .kind,
                 ImsDelivery::Kind::Refused);

        openMainWindow(m_window, Organization::open(m_hosts->x1()).value(), QStringLiteral("X1"),
                       QSize(1200, 860));
        m_window->action(QStringLiteral("actionQueues"))->trigger();
        QDialog* queue = waitForDialog(m_window.get(), QStringLiteral("mtaQueueDialog"));
        QVERIFY(queue);
        auto* list = queue->findChild<QTreeWidget*>(QStringLiteral("queueList"));
        QTreeWidgetItem* atIms = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->text(2) == QStringLiteral("To London"))
                atIms = list->topLevelItem(i);
        }
        QVERIFY(atIms);
        QCOMPARE(atIms->text(6), QStringLiteral("At the IMS for LONDON"));
        auto* refused = queue->findChild<QLabel*>(QStringLiteral("refusedOnArrivalLabel"));
        QVERIFY(refused->isVisible());
        QVERIFY2(refused->text().startsWith(
                     QStringLiteral("1 message(s) refused on arrival in the last 24 hours; the "
                                    "newest: A message was refused: site PARIS is not among")),
                 qPrintable(refused->text()));
        savePng(queue, QStringLiteral("view-queues-ims"));
        // Return acts on the IMS's queue.
        atIms->setSelected(true);
        auto* returnButton = queue->findChild<QPushButton*>(QStringLiteral("queueReturnButton"));
        QVERIFY(returnButton->isEnabled());
        returnButton->click();
        QCOMPARE(ImsQueue(*m_hosts->seattle()).count().value(), 0);
    }

    void aQuietSiteIsNotFlagged()
    {
        openMainWindow(m_window, Organization::open(m_hosts->x1()).value(), QStringLiteral("X1"),
                       QSize(1200, 860));
        m_window->action(QStringLiteral("actionSyncStatus"))->trigger();
        auto* label = m_window->services()->syncStatusPanel()->findChild<QLabel*>(
            QStringLiteral("syncOverdueSitesLabel"));
        QVERIFY(label);
        QVERIFY(!label->isVisible());
    }
};

QTEST_MAIN(TestHostsUi)
#include "tst_hosts_ui.moc"
