#include "core/directory/DemoOrganization.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/dirsync/DirsyncServer.h"
#include "tests/support/UiTestSupport.h"
#include "ui/mainwindow/ServerWindow.h"
#include "ui/session/SiteSession.h"
#include "ui/wizards/ObjectWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QWizard>

using namespace sa::core;
using namespace sa::ui;
using namespace sa::test;

/// File > New Other > Directory Synchronization Server, click by click: the wizard's steps are the
/// object's property pages (General, Schedule) and a summary; Finish makes it in Connections; then
/// the command is off (one dirsync server per organization) and the object's property sheet shows
/// the same pages. A refusal at Finish leaves the wizard open and writes nothing.
class TestDirsyncUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

    DirectoryStore& store() const { return m_window->activeServerWindow()->session().store(); }
    QAction* newServerAction() const { return m_window->action(QStringLiteral("actionNewDirSyncServer")); }
    /// As opening File > New Other does: the commands' states brought up to date.
    void openNewOtherMenu() const
    {
        auto* menu = m_window->findChild<QMenu*>(QStringLiteral("menuNewOther"));
        QVERIFY(menu);
        Q_EMIT menu->aboutToShow();
    }
    ObjectWizard* startWizard()
    {
        openNewOtherMenu();
        if (!newServerAction()->isEnabled())
            return nullptr;
        newServerAction()->trigger();
        return waitFor<ObjectWizard>(m_window.get());
    }

private Q_SLOTS:
    void initTestCase() { startGuiTests(QStringLiteral("siteadmin-test-dirsync-ui")); }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        auto org = DemoOrganization::build(m_dir->path());
        QVERIFY(org.ok());
        openMainWindow(m_window, org.value(), QStringLiteral("X1"), QSize(1100, 720));
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void dirsyncServerThroughTheWizard()
    {
        QVERIFY(!m_window->action(QStringLiteral("actionNewRemoteDirSyncRequestor"))->isEnabled());
        ObjectWizard* wizard = startWizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->windowTitle(), QStringLiteral("New Directory Synchronization Server"));
        // General: the name, the connected server, copies to the administrator.
        QWizardPage* general = wizard->currentPage();
        QCOMPARE(general->title(), QStringLiteral("General"));
        auto* server = general->findChild<QComboBox*>(QStringLiteral("dxaServerCombo"));
        QVERIFY(server);
        QCOMPARE(server->currentText(), QStringLiteral("X1"));
        type(general, QStringLiteral("displayNameEdit"), QStringLiteral("Dirsync Server (X1)"));
        type(general, QStringLiteral("directoryNameEdit"), QStringLiteral("Dirsync Server"));
        QTest::mouseClick(general->findChild<QCheckBox*>(QStringLiteral("adminCopyCheck")), Qt::LeftButton);
        savePng(wizard, QStringLiteral("dirsync-server-wizard-general"));
        wizard->next();
        // Schedule: T2 at selected hours; with none selected Next refuses and says why.
        QWizardPage* schedule = wizard->currentPage();
        QCOMPARE(schedule->title(), QStringLiteral("Schedule"));
        QTest::mouseClick(schedule->findChild<QRadioButton*>(QStringLiteral("selectedTimesRadio")),
                          Qt::LeftButton);
        wizard->next();
        QCOMPARE(wizard->currentPage(), schedule);
        auto* problem = schedule->findChild<QLabel*>(QStringLiteral("schedulePageProblem"));
        QVERIFY(problem && problem->isVisible());
        savePng(wizard, QStringLiteral("dirsync-server-wizard-schedule-refused"));
        QTest::mouseClick(schedule->findChild<QRadioButton*>(QStringLiteral("alwaysRadio")), Qt::LeftButton);
        savePng(wizard, QStringLiteral("dirsync-server-wizard-schedule"));
        wizard->next();
        QWizardPage* summary = wizard->currentPage();
        QCOMPARE(summary->objectName(), QStringLiteral("summaryStep"));
        const QString text = summary->findChild<QTextBrowser*>(QStringLiteral("summaryText"))->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Responsible-Local-DXA")) &&
                     text.contains(QStringLiteral("X1")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Dirsync Server (X1)")), qPrintable(text));
        savePng(wizard, QStringLiteral("dirsync-server-wizard-summary"));
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!wizard->isVisible());

        auto made = DirsyncServer::serverObject(store());
        QVERIFY(made.ok());
        QCOMPARE(made->displayName(), QStringLiteral("Dirsync Server (X1)"));
        QCOMPARE(made->rdn(), QStringLiteral("Dirsync Server"));
        QCOMPARE(made->value(attr::ResponsibleLocalDxa),
                 SiteBuilder::serverDn(QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"),
                                       QStringLiteral("X1"))
                     .toString());
        QCOMPARE(made->value(attr::DxaAdminCopy), QStringLiteral("TRUE"));
        QCOMPARE(made->value(attr::ActivationStyle), QStringLiteral("2"));
        // One per organization: the command is off now.
        openNewOtherMenu();
        QVERIFY(!newServerAction()->isEnabled());

        // Its property sheet: the same pages, and Raw Properties.
        m_window->showProperties(made.value());
        auto* sheet = waitFor<PropertySheet>(m_window.get());
        QVERIFY(sheet);
        auto* tabs = sheet->findChild<QTabWidget*>(QStringLiteral("propertyTabs"));
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i)
            titles << tabs->tabText(i);
        QCOMPARE(titles, (QStringList{QStringLiteral("General"), QStringLiteral("Schedule"),
                                      QStringLiteral("Raw Properties")}));
        QCOMPARE(sheet->findChild<QComboBox*>(QStringLiteral("dxaServerCombo"))->currentText(),
                 QStringLiteral("X1"));
        QVERIFY(sheet->findChild<QCheckBox*>(QStringLiteral("adminCopyCheck"))->isChecked());
        savePng(sheet, QStringLiteral("dirsync-server-general"));
        // Forward incoming messages too, applied.
        QTest::mouseClick(sheet->findChild<QCheckBox*>(QStringLiteral("adminForwardCheck")), Qt::LeftButton);
        clickButton(sheet, QDialogButtonBox::Ok);
        QCOMPARE(DirsyncServer::serverObject(store())->value(attr::DxaAdminForward), QStringLiteral("TRUE"));
    }

    void refusedAtFinishWritesNothing()
    {
        ObjectWizard* wizard = startWizard();
        QVERIFY(wizard);
        // Meanwhile another administrator made the organization's dirsync server.
        ChangeSet other;
        other.create(QStringLiteral("dirsync-server"),
                     SiteBuilder::connectionsDn(QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE")),
                     {{attr::ResponsibleLocalDxa,
                       {SiteBuilder::serverDn(QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"),
                                              QStringLiteral("X1"))
                            .toString()}}},
                     QStringLiteral("The Other One"));
        QVERIFY(store().commit(other).ok());
        const QString before = databaseDigest(m_window->organization().sitePath(QStringLiteral("SEATTLE")));
        wizard->next();
        wizard->next();
        QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("summaryStep"));
        wizard->button(QWizard::FinishButton)->click();
        const QStringList said = Prompts::takeRecorded();
        QVERIFY2(!said.isEmpty() &&
                     said.last().contains(QStringLiteral("already has a Directory Synchronization Server")),
                 qPrintable(said.join(QLatin1Char('\n'))));
        QVERIFY(wizard->isVisible());
        QCOMPARE(databaseDigest(m_window->organization().sitePath(QStringLiteral("SEATTLE"))), before);
        wizard->reject();
    }
};

QTEST_MAIN(TestDirsyncUi)
#include "tst_dirsync_ui.moc"
