#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/host/DemoOrganization.h"
#include "tests/support/TestSupport.h"
#include "tests/support/UiTestSupport.h"
#include "ui/common/Prompts.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ServerWindow.h"
#include "ui/properties/PropertySheet.h"
#include "ui/session/SiteSession.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace sa::core;
using namespace sa::ui;
using namespace sa::test;

/// The window is a door like the others: a name pasted with a control character in it is refused
/// by the property sheet with the same words as siteadminctl's, the sheet stays open and nothing is
/// written; corrected in the same sheet, it is created.
class TestTextDoorsUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase() { startGuiTests(QStringLiteral("siteadmin-test-text-doors-ui")); }

    void init() { openDemoWindow(m_dir, m_window); }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void aPastedControlCharacterIsRefusedAndNothingWritten()
    {
        const Dn recipients =
            SiteBuilder::recipientsDn(QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"));
        QVERIFY(m_window->activeServerWindow()->selectContainer(recipients));
        m_window->action(QStringLiteral("actionNewMailbox"))->trigger();
        auto* sheet = waitFor<PropertySheet>(m_window.get());
        QVERIFY(sheet);
        type(sheet, QStringLiteral("firstNameEdit"), QStringLiteral("Grace"));
        type(sheet, QStringLiteral("lastNameEdit"), QStringLiteral("Hopper"));
        // A title copied from somewhere with a control character in it, pasted as a person does.
        auto* title = sheet->findChild<QLineEdit*>(QStringLiteral("titleEdit"));
        QVERIFY(title);
        QApplication::clipboard()->setText(QStringLiteral("Rear\x01"
                                                          "Admiral"));
        title->setFocus();
        QTest::keyClick(title, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(title->text(), QStringLiteral("Rear\x01"
                                               "Admiral"));
        const QString before = databaseDigest(m_window->organization().sitePath(QStringLiteral("SEATTLE")));
        clickButton(sheet, QDialogButtonBox::Ok);
        QVERIFY(sheet->isVisible());
        const QStringList errors = Prompts::takeRecorded();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(
            errors.first().contains(QStringLiteral("Title: \"Rear\\x01Admiral\" is not valid: it holds the "
                                                   "control character \\x01 at character 5")),
            qPrintable(errors.first()));
        QCOMPARE(databaseDigest(m_window->organization().sitePath(QStringLiteral("SEATTLE"))), before);
        // Corrected in the same sheet, it is created.
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Rear Admiral"));
        clickButton(sheet, QDialogButtonBox::Ok);
        QTRY_VERIFY(!sheet->isVisible());
        auto grace = m_window->activeServerWindow()->session().store().object(
            recipients.child(QStringLiteral("cn"), QStringLiteral("GraceH")));
        QVERIFY(grace.ok());
        QCOMPARE(grace->value(attr::Title), QStringLiteral("Rear Admiral"));
    }
};

QTEST_MAIN(TestTextDoorsUi)
#include "tst_text_doors_ui.moc"
