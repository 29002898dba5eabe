// Edit > Undo and Redo as an administrator uses them (issue 20): a delete and a property sheet's OK
// taken back from the keyboard and the menu, the list showing the object again, and an undo that
// would lose a later change refused with nothing written.

#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "tests/support/TestSupport.h"
#include "tests/support/UiTestSupport.h"
#include "ui/common/Prompts.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ServerWindow.h"
#include "ui/models/ContentsModel.h"
#include "ui/properties/PropertySheet.h"
#include "ui/session/SiteSession.h"
#include "ui/views/ContentsView.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sa::core;
using namespace sa::ui;
using namespace sa::test;

namespace {

const QString Yoshi = QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients/cn=YoshiL");

} // namespace

class TestUndo : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

    ServerWindow* server() const { return m_window->activeServerWindow(); }
    QAction* undo() const { return m_window->action(QStringLiteral("actionUndo")); }
    QAction* redo() const { return m_window->action(QStringLiteral("actionRedo")); }
    Result<DirectoryObject> yoshi() const
    {
        return server()->session().store().object(Dn::parse(Yoshi).value());
    }
    void press(QAction* action)
    {
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
        QTest::keySequence(server()->contentsView(), action->shortcut());
    }
    /// Opens Yoshi Latimer's sheet by double-click and sets its display name to `name` with OK.
    void renameYoshi(const QString& name)
    {
        const QModelIndex row = clickRowNamed(server()->contentsView(), QStringLiteral("Yoshi Latimer"));
        QVERIFY(row.isValid());
        QTest::mouseDClick(server()->contentsView()->viewport(), Qt::LeftButton, {},
                           server()->contentsView()->visualRect(row).center());
        auto* sheet = waitFor<PropertySheet>(m_window.get());
        QVERIFY(sheet);
        auto* display = sheet->findChild<QLineEdit*>(QStringLiteral("displayNameEdit"));
        display->selectAll();
        QTest::keyClicks(display, name);
        sheet->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!m_window->findChild<PropertySheet*>());
        m_window->activateWindow(); // what the window manager does when a sheet closes (offscreen: not)
        QTRY_VERIFY(m_window->isActiveWindow());
    }

private Q_SLOTS:
    void initTestCase() { startGuiTests(QStringLiteral("siteadmin-test")); }
    void init() { openDemoWindow(m_dir, m_window); }
    void cleanup() { closeDemoWindow(m_dir, m_window); }

    void nothingToUndoAtFirst()
    {
        QVERIFY(!undo()->isEnabled());
        QVERIFY(!redo()->isEnabled());
        QCOMPARE(readable(undo()->text()), QStringLiteral("Undo"));
    }

    void aDeleteIsUndoneAndDoneAgainFromTheKeyboard()
    {
        const int rows = server()->contentsModel()->rowCount();
        QVERIFY(clickRowNamed(server()->contentsView(), QStringLiteral("Yoshi Latimer")).isValid());
        Prompts::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(server()->contentsView(), Qt::Key_Delete);
        QTRY_COMPARE(server()->contentsModel()->rowCount(), rows - 1);
        QVERIFY(undo()->isEnabled());
        QCOMPARE(readable(undo()->text()), QStringLiteral("Undo Delete Yoshi Latimer"));

        press(undo());
        QTRY_COMPARE(server()->contentsModel()->rowCount(), rows);
        QVERIFY2(yoshi().ok(), "Yoshi is back under his own name");
        QCOMPARE(yoshi()->displayName(), QStringLiteral("Yoshi Latimer"));
        // Shown where it came back: its row selected and current (issue 20).
        QTRY_COMPARE(server()->selectedObjects().size(), 1);
        QCOMPARE(server()->selectedObjects().first().dn, yoshi()->dn);
        QCOMPARE(server()->contentsView()->currentIndex().data(ContentsModel::NameRole).toString(),
                 QStringLiteral("Yoshi Latimer"));
        QVERIFY(!undo()->isEnabled());
        QCOMPARE(readable(redo()->text()), QStringLiteral("Redo Delete Yoshi Latimer"));
        QVERIFY(
            m_window->statusBar()->currentMessage().contains(QStringLiteral("Undone: Delete Yoshi Latimer")));

        press(redo());
        QTRY_COMPARE(server()->contentsModel()->rowCount(), rows - 1);
        QCOMPARE(yoshi().error().code(), ErrorCode::NotFound);
        QVERIFY(undo()->isEnabled());
        QVERIFY(!redo()->isEnabled());
    }

    void aPropertySheetsOkIsUndoneFromTheMenu()
    {
        renameYoshi(QStringLiteral("Yoshi L."));
        QCOMPARE(yoshi()->displayName(), QStringLiteral("Yoshi L."));
        QCOMPARE(readable(undo()->text()), QStringLiteral("Undo Properties of Yoshi Latimer"));
        chooseMenu(m_window.get(),
                   {QStringLiteral("Edit"), QStringLiteral("Undo Properties of Yoshi Latimer")});
        QTRY_COMPARE(yoshi()->displayName(), QStringLiteral("Yoshi Latimer"));
        // The list follows: the row reads its old name again.
        QTRY_VERIFY(clickRowNamed(server()->contentsView(), QStringLiteral("Yoshi Latimer")).isValid());
        savePng(m_window.get(), QStringLiteral("undo-redo-menu"));
    }

    void anUndoThatWouldLoseALaterChangeIsRefusedAndWritesNothing()
    {
        renameYoshi(QStringLiteral("Yoshi L."));
        {
            // Another administrator renames him again, in another program.
            auto other = DirectoryStore::open(m_window->organization().sitePath(QStringLiteral("SEATTLE")));
            QVERIFY(other.ok());
            ChangeSet later;
            later.replace(Dn::parse(Yoshi).value(), attr::DisplayName, {QStringLiteral("Y. Latimer")});
            QVERIFY(other.value()->commit(later).ok());
        }
        const QString before = databaseDigest(m_window->organization().sitePath(QStringLiteral("SEATTLE")));
        press(undo());
        const QStringList said = Prompts::takeRecorded();
        QCOMPARE(said.size(), 1);
        QVERIFY2(said.first().contains(QStringLiteral("changed after this change")),
                 qPrintable(said.first()));
        QCOMPARE(Prompts::lastKind(), Prompts::Kind::Refusal);
        QCOMPARE(databaseDigest(m_window->organization().sitePath(QStringLiteral("SEATTLE"))), before);
        QCOMPARE(yoshi()->displayName(), QStringLiteral("Y. Latimer"));
        QVERIFY(!undo()->isEnabled()); // it can never be taken back whole
    }
};

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"
