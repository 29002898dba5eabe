#include "core/host/DemoOrganization.h"
#include "tests/support/TestSupport.h"
#include "tests/support/UiTestSupport.h"
#include "ui/common/Prompts.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ServerWindow.h"

#include <QAction>
#include <QMdiArea>
#include <QMdiSubWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sa::core;
using namespace sa::ui;
using namespace sa::test;

/// What the window remembers from one run to the next on an organization (issue 20, item 11): the
/// server windows open when it closed, the active one last, and not a window closed before.
class TestWindowMemory : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

    /// Closes the main window as File > Exit does and opens it again on the same organization, as
    /// app/siteadmin's main() does.
    void restart()
    {
        const Organization org = m_window->organization();
        m_window->close();
        m_window.reset();
        m_window = std::make_unique<MainWindow>(org);
        m_window->resize(1100, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    static QMdiSubWindow* subOf(ServerWindow* w) { return qobject_cast<QMdiSubWindow*>(w->parentWidget()); }

private Q_SLOTS:
    void initTestCase() { startGuiTests(QStringLiteral("siteadmin-test-window-memory")); }
    void init() { openDemoWindow(m_dir, m_window); }
    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void theWindowsOpenAtExitOpenAgainTheActiveOneLast()
    {
        ServerWindow* x1 = m_window->activeServerWindow();
        QCOMPARE(x1->server(), QStringLiteral("X1"));
        ServerWindow* x2 = m_window->openServer(QStringLiteral("X2"));
        QVERIFY(x2);
        // X1 active again at exit: both reopen, X1 last (the active one).
        m_window->findChild<QMdiArea*>()->setActiveSubWindow(subOf(x1));
        restart();
        QCOMPARE(m_window->serversToOpen(), (QStringList{QStringLiteral("X2"), QStringLiteral("X1")}));
        QCOMPARE(m_window->startServer(), QStringLiteral("X1"));
    }

    void aWindowClosedBeforeExitDoesNotOpenAgain()
    {
        // Opened last, then closed with File > Close: the window open at exit is X1's (it opened
        // X2's, the last one opened, before).
        QVERIFY(m_window->openServer(QStringLiteral("X2")));
        QCOMPARE(m_window->activeServerWindow()->server(), QStringLiteral("X2"));
        m_window->action(QStringLiteral("actionClose"))->trigger();
        QTRY_COMPARE(m_window->serverWindows().size(), 1);
        restart();
        QCOMPARE(m_window->serversToOpen(), QStringList{QStringLiteral("X1")});
        for (const QString& s : m_window->serversToOpen())
            QVERIFY(m_window->openServer(s));
        QCOMPARE(m_window->activeServerWindow()->server(), QStringLiteral("X1"));
    }

    void withEveryWindowClosedTheDefaultServerOpens()
    {
        m_window->action(QStringLiteral("actionClose"))->trigger();
        QTRY_COMPARE(m_window->serverWindows().size(), 0);
        restart();
        QCOMPARE(m_window->serversToOpen(), QStringList{QStringLiteral("X1")}); // the first site's first
    }
};

QTEST_MAIN(TestWindowMemory)
#include "tst_window_memory.moc"
