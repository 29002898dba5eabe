#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/host/DemoOrganization.h"
#include "tests/support/TestSupport.h"
#include "tests/support/UiTestSupport.h"
#include "ui/dialogs/DirectoryTransferDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ServerWindow.h"
#include "ui/properties/PropertySheet.h"
#include "ui/session/SiteSession.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sa::core;
using namespace sa::ui;
using namespace sa::test;

namespace {
const QString Org = QStringLiteral("NORTHWIND");
const QString Site = QStringLiteral("SEATTLE");
} // namespace

/// A mailbox's home server in the window (issue 22): New Mailbox makes it on the server the window is
/// connected to, the Advanced page shows it among the site's servers and moving it to another is an
/// edit applied with the sheet; a distribution list's Advanced page has no home server.
class TestHomeServerUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

    ServerWindow* server() const { return m_window->activeServerWindow(); }
    DirectoryStore& store() const { return server()->session().store(); }
    Dn recipients() const { return SiteBuilder::recipientsDn(Org, Site); }
    QString serverDn(const QString& name) const { return SiteBuilder::serverDn(Org, Site, name).toString(); }

    static QStringList items(QComboBox* box)
    {
        QStringList out;
        for (int i = 0; i < box->count(); ++i)
            out << box->itemText(i);
        return out;
    }

private Q_SLOTS:
    void initTestCase() { startGuiTests(QStringLiteral("siteadmin-test-home-server")); }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        auto org = DemoOrganization::build(m_dir->path(), DemoStage::Linked);
        QVERIFY2(org.ok(), qPrintable(org.error().message()));
        Organization o = org.value();
        QVERIFY(o.addServer(Site, QStringLiteral("X1B")).ok());
        // The window connected to the site's second server.
        openMainWindow(m_window, o, QStringLiteral("X1B"), QSize(1100, 720));
        QVERIFY(server()->selectContainer(recipients()));
    }
    void cleanup() { closeDemoWindow(m_dir, m_window); }

    void newMailboxLivesOnTheWindowsServerOrTheOneChosen()
    {
        m_window->action(QStringLiteral("actionNewMailbox"))->trigger();
        auto* sheet = waitFor<PropertySheet>(m_window.get());
        QVERIFY(sheet);
        type(sheet, QStringLiteral("firstNameEdit"), QStringLiteral("Ada"));
        type(sheet, QStringLiteral("lastNameEdit"), QStringLiteral("Byron"));
        showTab(sheet, QStringLiteral("Advanced"));
        auto* home = sheet->findChild<QComboBox*>(QStringLiteral("homeServerCombo"));
        QVERIFY(home && home->isVisible());
        QCOMPARE(items(home), (QStringList{QStringLiteral("X1"), QStringLiteral("X1B")}));
        QCOMPARE(home->currentText(), QStringLiteral("X1B")); // the window's server
        savePng(sheet, QStringLiteral("new-mailbox-advanced-home-server"));
        clickButton(sheet, QDialogButtonBox::Ok);
        QTRY_VERIFY(!sheet->isVisible());
        QCOMPARE(store()
                     .object(recipients().child(QStringLiteral("cn"), QStringLiteral("AdaB")))
                     ->value(attr::HomeServer),
                 serverDn(QStringLiteral("X1B")));

        // Another one put on X1 by the keyboard: the label's mnemonic, then the arrow up.
        m_window->action(QStringLiteral("actionNewMailbox"))->trigger();
        sheet = waitFor<PropertySheet>(m_window.get());
        type(sheet, QStringLiteral("firstNameEdit"), QStringLiteral("Alan"));
        type(sheet, QStringLiteral("lastNameEdit"), QStringLiteral("Turing"));
        showTab(sheet, QStringLiteral("Advanced"));
        home = sheet->findChild<QComboBox*>(QStringLiteral("homeServerCombo"));
        sheet->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), sheet);
        QTest::keyClick(sheet->focusWidget(), Qt::Key_S, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), home);
        QTest::keyClick(home, Qt::Key_Up);
        QCOMPARE(home->currentText(), QStringLiteral("X1"));
        clickButton(sheet, QDialogButtonBox::Ok);
        QTRY_VERIFY(!sheet->isVisible());
        QCOMPARE(store()
                     .object(recipients().child(QStringLiteral("cn"), QStringLiteral("AlanT")))
                     ->value(attr::HomeServer),
                 serverDn(QStringLiteral("X1")));
    }

    void movingAMailboxIsAnEditOfItsAdvancedPage()
    {
        const Dn andrew = recipients().child(QStringLiteral("cn"), QStringLiteral("AndrewF"));
        QCOMPARE(store().object(andrew)->value(attr::HomeServer), serverDn(QStringLiteral("X1")));
        auto* sheet = openPropertiesOf(*m_window, QStringLiteral("Andrew Fuller"));
        QVERIFY(sheet);
        showTab(sheet, QStringLiteral("Advanced"));
        auto* home = sheet->findChild<QComboBox*>(QStringLiteral("homeServerCombo"));
        QCOMPARE(home->currentText(), QStringLiteral("X1"));
        home->setFocus();
        QTest::keyClick(home, Qt::Key_Down);
        QCOMPARE(home->currentText(), QStringLiteral("X1B"));
        savePng(sheet, QStringLiteral("mailbox-advanced-move"));
        const qint64 usn = store().highestUsn();
        clickButton(sheet, QDialogButtonBox::Ok);
        QTRY_VERIFY(!sheet->isVisible());
        QCOMPARE(store().object(andrew)->value(attr::HomeServer), serverDn(QStringLiteral("X1B")));
        QCOMPARE(store().highestUsn(), usn + 1);
    }

    void directoryImportPutsNewMailboxesOnTheServerChosen()
    {
        const QString file = m_dir->filePath(QStringLiteral("people.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Obj-Class,Common-Name,Given-Name,Surname,Home-Server\n"
                "mailbox,QuinnA,Quinn,Able,\n"
                "mailbox,RitaB,Rita,Baker,X1B\n");
        f.close();
        m_window->action(QStringLiteral("actionDirectoryImport"))->trigger();
        auto* dialog = waitFor<DirectoryTransferDialog>(m_window.get());
        QVERIFY(dialog);
        auto* servers = dialog->findChild<QComboBox*>(QStringLiteral("importServerCombo"));
        QVERIFY(servers);
        QCOMPARE(items(servers), (QStringList{QStringLiteral("X1"), QStringLiteral("X1B")}));
        QCOMPARE(servers->currentText(), QStringLiteral("X1B")); // the window's server
        // X1 chosen by the keyboard: the label's letter, then the arrow up.
        dialog->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_R, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), servers);
        QTest::keyClick(servers, Qt::Key_Up);
        QCOMPARE(servers->currentText(), QStringLiteral("X1"));
        dialog->findChild<QLineEdit*>(QStringLiteral("transferFileEdit"))->setText(file);
        savePng(dialog, QStringLiteral("directory-import-server"));
        QSignalSpy done(dialog, &DirectoryTransferDialog::done);
        dialog->findChild<QPushButton*>(QStringLiteral("transferRunButton"))->click();
        QVERIFY(done.wait(10000));
        QVERIFY(dialog->problems().isEmpty());
        // The row without one: the server chosen; the row naming X1B: X1B.
        QCOMPARE(store()
                     .object(recipients().child(QStringLiteral("cn"), QStringLiteral("QuinnA")))
                     ->value(attr::HomeServer),
                 serverDn(QStringLiteral("X1")));
        QCOMPARE(store()
                     .object(recipients().child(QStringLiteral("cn"), QStringLiteral("RitaB")))
                     ->value(attr::HomeServer),
                 serverDn(QStringLiteral("X1B")));
        dialog->close();
    }

    void aDistributionListHasNoHomeServer()
    {
        m_window->action(QStringLiteral("actionNewDistributionList"))->trigger();
        auto* sheet = waitFor<PropertySheet>(m_window.get());
        QVERIFY(sheet);
        showTab(sheet, QStringLiteral("Advanced"));
        auto* home = sheet->findChild<QComboBox*>(QStringLiteral("homeServerCombo"));
        QVERIFY(home);
        QVERIFY(!home->isVisible());
        clickButton(sheet, QDialogButtonBox::Cancel);
    }
};

QTEST_MAIN(TestHomeServerUi)
#include "tst_home_server_ui.moc"
