#include "core/common/Clock.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/host/Runner.h"
#include "core/transport/ImsQueue.h"
#include "core/transport/ReplicationByMail.h"
#include "tests/support/HostPair.h"
#include "tests/support/UiTestSupport.h"
#include "ui/mainwindow/ServiceCommands.h"
#include "ui/panels/SyncStatusPanel.h"

#include <QLabel>

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
