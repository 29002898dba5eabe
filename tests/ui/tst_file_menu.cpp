// The File menu's organizations and the toolbar (issue 20): File > Open Organization and Recent
// Organizations as a desktop program has them, and the original's toolbar buttons, used with the
// mouse and the keyboard.

#include "core/directory/Organization.h"
#include "core/host/DemoOrganization.h"
#include "tests/support/UiTestSupport.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Prompts.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ServerWindow.h"
#include "ui/properties/AddressBookDialog.h"
#include "ui/session/RecentOrganizations.h"
#include "ui/views/ContentsView.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <memory>

using namespace sa::core;
using namespace sa::ui;
using namespace sa::test;

class TestFileMenu : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_other;

    /// A second organization, beside the demo.
    QString otherOrganization()
    {
        const QString dir = m_other.path() + QStringLiteral("/contoso");
        if (!Organization::open(dir).ok()) {
            auto made = Organization::create(dir, QStringLiteral("CONTOSO"), QStringLiteral("REDMOND"),
                                             QStringLiteral("RED1"));
            if (!made)
                qWarning("%s", qPrintable(made.error().message()));
        }
        return QDir(dir).absolutePath();
    }

private Q_SLOTS:
    void initTestCase()
    {
        startGuiTests(QStringLiteral("siteadmin-test-file-menu"));
    } // its own settings: others run beside it
    void init() { openDemoWindow(m_dir, m_window); }
    void cleanup() { closeDemoWindow(m_dir, m_window); }

    void openOrganizationNamesTheChosenFolderAndCloses()
    {
        const QString other = otherOrganization();
        QSignalSpy chosen(m_window.get(), &MainWindow::organizationChosen);
        FileDialogs::setNextFileName(other);
        chooseMenu(m_window.get(), {QStringLiteral("File"), QStringLiteral("Open Organization")});
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toString(), other);
        QTRY_VERIFY(!m_window->isVisible()); // closed as File > Exit closes: siteadmin opens the other
        // The window siteadmin opens next puts it first among the recent ones.
        auto opened = Organization::open(other);
        QVERIFY(opened.ok());
        MainWindow next(opened.value());
        const QStringList recent = RecentOrganizations::list();
        QCOMPARE(recent.value(0), other);
        QCOMPARE(QDir(recent.value(1)), QDir(m_window->organization().dir()));
    }

    void aFolderWithoutAnOrganizationIsRefusedAndTheWindowStays()
    {
        QTemporaryDir empty;
        QSignalSpy chosen(m_window.get(), &MainWindow::organizationChosen);
        FileDialogs::setNextFileName(empty.path());
        chooseMenu(m_window.get(), {QStringLiteral("File"), QStringLiteral("Open Organization")});
        const QStringList said = Prompts::takeRecorded();
        QCOMPARE(said.size(), 1);
        QVERIFY2(said.first().contains(QStringLiteral("holds no organization")), qPrintable(said.first()));
        QCOMPARE(Prompts::lastKind(), Prompts::Kind::Refusal);
        QCOMPARE(chosen.size(), 0);
        QVERIFY(m_window->isVisible());
        QVERIFY(
            QDir(empty.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty()); // nothing made
    }

    void recentOrganizationsOffersTheOthersByNumber()
    {
        const QString other = otherOrganization();
        QSettings().setValue(QStringLiteral("recentOrganizations"),
                             QStringList{m_window->organization().dir(), other});
        auto* recent = m_window->findChild<QMenu*>(QStringLiteral("menuRecentOrganizations"));
        QVERIFY(recent);
        QSignalSpy chosen(m_window.get(), &MainWindow::organizationChosen);
        chooseMenu(m_window.get(), {QStringLiteral("File"), QStringLiteral("Recent Organizations"),
                                    QStringLiteral("1 ") + QDir::toNativeSeparators(other)});
        QCOMPARE(recent->actions().size(), 1); // not the one open here
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toString(), other);
    }

    void aRecentOrganizationThatIsGoneIsSaidAndForgotten()
    {
        const QString gone = m_other.path() + QStringLiteral("/gone");
        QSettings().setValue(QStringLiteral("recentOrganizations"),
                             QStringList{m_window->organization().dir(), gone});
        chooseMenu(m_window.get(), {QStringLiteral("File"), QStringLiteral("Recent Organizations"),
                                    QStringLiteral("1 ") + QDir::toNativeSeparators(gone)});
        QCOMPARE(Prompts::takeRecorded().size(), 1);
        QVERIFY(!RecentOrganizations::list().contains(gone));
        QVERIFY(!m_window->findChild<QMenu*>(QStringLiteral("menuRecentOrganizations"))->isEnabled());
    }

    void openAndSaveStartWhereTheLastFileWas()
    {
        QSettings().remove(QStringLiteral("fileDialogs/lastFolder"));
        // The first time: the home folder, not the working directory (issue 21).
        QCOMPARE(FileDialogs::startFolder(), QDir::homePath());
        QTemporaryDir reports;
        const QString file = reports.filePath(QStringLiteral("recipients.csv"));
        FileDialogs::setNextFileName(file);
        m_window->action(QStringLiteral("actionSaveWindowContents"))->trigger();
        QVERIFY(QFile::exists(file));
        QCOMPARE(FileDialogs::startFolder(), QFileInfo(file).absolutePath());
        // A folder since removed: the home folder again.
        reports.remove();
        QCOMPARE(FileDialogs::startFolder(), QDir::homePath());
    }

    void aDisabledCommandSaysWhyWhenPointedAt()
    {
        // The demo without dirsync: Remote Dir-Sync Requestor needs a Directory Synchronization Server.
        QAction* remote = m_window->action(QStringLiteral("actionNewRemoteDirSyncRequestor"));
        QVERIFY(!remote->isEnabled());
        QMenuBar* bar = m_window->menuBar();
        QAction* file = bar->actions().value(0);
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(file).center());
        QTRY_VERIFY(file->menu()->isVisible());
        QAction* newOther = nullptr;
        for (QAction* a : file->menu()->actions()) {
            if (readable(a->text()) == QStringLiteral("New Other"))
                newOther = a;
        }
        QVERIFY(newOther);
        QTest::mouseMove(file->menu(), file->menu()->actionGeometry(newOther).center());
        QMenu* other = newOther->menu();
        file->menu()->setActiveAction(newOther);
        newOther->menu()->popup(file->menu()->mapToGlobal(file->menu()->actionGeometry(newOther).topRight()));
        QTRY_VERIFY(other->isVisible());
        const QPoint at = other->actionGeometry(remote).center();
        QHelpEvent help(QEvent::ToolTip, at, other->mapToGlobal(at));
        QApplication::sendEvent(other, &help);
        QTRY_VERIFY2(QToolTip::isVisible(), "no tooltip on the disabled item");
        QVERIFY2(QToolTip::text().contains(QStringLiteral("needs a Directory Synchronization Server first")),
                 qPrintable(QToolTip::text()));
        other->close();
        file->menu()->close();
        // Enabled commands carry no tooltip: the status bar says what they do.
        QVERIFY(m_window->action(QStringLiteral("actionNewMailbox"))->toolTip() !=
                m_window->action(QStringLiteral("actionNewMailbox"))->statusTip());
        // Cut and Paste say why they are never enabled (a recipient stays in its container).
        QVERIFY(m_window->action(QStringLiteral("actionCut"))
                    ->toolTip()
                    .contains(QStringLiteral("stay in the container")));
    }

    void theToolbarHasTheOriginalsButtons()
    {
        auto* bar = m_window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);
        QStringList names;
        for (QAction* a : bar->actions()) {
            if (a->isSeparator())
                continue;
            names << a->objectName();
            QVERIFY2(!a->icon().isNull(), qPrintable(a->objectName()));
            QVERIFY2(!a->statusTip().isEmpty(), qPrintable(a->objectName()));
        }
        for (const char* name :
             {"actionNewMailbox", "actionNewDistributionList", "actionNewCustomRecipient", "actionProperties",
              "actionDelete", "actionAddressBook", "actionFindRecipients"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        savePng(bar, QStringLiteral("toolbar"));
    }

    void theAddressBookButtonShowsTheChosenRecipientInTheWindow()
    {
        auto* bar = m_window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
        QWidget* button = bar->widgetForAction(m_window->action(QStringLiteral("actionAddressBook")));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        auto* book = waitFor<AddressBookDialog>(m_window.get());
        QVERIFY(book);
        QCOMPARE(book->windowTitle(), QStringLiteral("Address Book"));
        QTest::keyClicks(book->findChild<QLineEdit*>(QStringLiteral("typeNameEdit")), QStringLiteral("Yosh"));
        book->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!m_window->findChild<AddressBookDialog*>());
        ServerWindow* w = m_window->activeServerWindow();
        QTRY_COMPARE(w->selectedObjects().size(), 1);
        QCOMPARE(w->selectedObjects().first().displayName(), QStringLiteral("Yoshi Latimer"));
        QVERIFY(w->contentsView()->hasFocus() || !m_window->isActiveWindow());
    }
};

QTEST_MAIN(TestFileMenu)
#include "tst_file_menu.moc"
