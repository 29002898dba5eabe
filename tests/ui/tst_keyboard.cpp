// The window used from the keyboard, as an administrator does (issue 20): every shortcut reaches
// one action, no menu, page or wizard step underlines one letter twice, Ctrl+W and Ctrl+F4 close a
// window, Enter in Find Recipients finds, and a property sheet opens in its first field. And as a
// screen reader user meets it (issue 21): on every page, wizard step and dialog, each input has a
// name and each label's letter leads to a widget that takes the focus.

#include "core/directory/DirectoryStore.h"
#include "tests/support/AccessibleCheck.h"
#include "tests/support/DialogWalk.h"
#include "tests/support/MnemonicCheck.h"
#include "tests/support/ShortcutCheck.h"
#include "tests/support/UiTestSupport.h"
#include "ui/common/Prompts.h"
#include "ui/common/Text.h"
#include "ui/dialogs/FindRecipientsDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ServerWindow.h"
#include "ui/properties/PropertySheet.h"
#include "ui/session/SiteSession.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizard>
#include <memory>

using namespace sa::ui;
using namespace sa::test;

class TestKeyboard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

    ServerWindow* server() const { return m_window->activeServerWindow(); }

    /// Clicks the contents row whose Display Name is `name`.
    QModelIndex selectRow(const QString& name) { return clickRowNamed(server()->contentsView(), name); }

private Q_SLOTS:
    void initTestCase() { startGuiTests(QStringLiteral("siteadmin-test-keyboard")); }

    void init() { openDemoWindow(m_dir, m_window); }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void ctrlWAndCtrlF4CloseTheActiveServerWindow()
    {
        // Typed where a person's focus is, in the contents of the window: Qt said "Ambiguous
        // shortcut overload: Ctrl+W" and closed nothing while the sub-window's Close had the key too.
        m_window->findChild<QMenu*>(QStringLiteral("menuWindow"))->aboutToShow();
        m_window->action(QStringLiteral("actionNewWindow"))->trigger();
        QCOMPARE(m_window->serverWindows().size(), 2);
        m_window->activateWindow(); // a window's shortcuts work only in the active window
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        server()->contentsView()->setFocus();
        QTest::keyClick(server()->contentsView(), Qt::Key_W, Qt::ControlModifier);
        QTRY_COMPARE(m_window->serverWindows().size(), 1);
        server()->contentsView()->setFocus();
        QTest::keyClick(server()->contentsView(), Qt::Key_F4, Qt::ControlModifier);
        QTRY_COMPARE(m_window->serverWindows().size(), 0);
    }

    void noShortcutIsAmbiguous()
    {
        // Every action of the window (menus, sub-windows' own menus, views) against every other
        // that can be live at the same time; with two server windows open, and in a property sheet.
        m_window->findChild<QMenu*>(QStringLiteral("menuWindow"))->aboutToShow();
        m_window->action(QStringLiteral("actionNewWindow"))->trigger();
        QCOMPARE(m_window->serverWindows().size(), 2);
        QStringList clashes = ambiguousShortcuts(m_window.get());
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        QVERIFY(selectRow(QStringLiteral("Nancy Davolio")).isValid());
        m_window->action(QStringLiteral("actionProperties"))->trigger();
        auto* sheet = waitFor<PropertySheet>(m_window.get());
        QVERIFY(sheet);
        clashes = ambiguousShortcuts(sheet);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        sheet->reject();
    }

    void noMnemonicIsUsedTwice()
    {
        // Every menu (as it is with a recipient selected and two windows open), then every page of
        // a mailbox's property sheet as it is shown, with the sheet's own tabs and buttons.
        m_window->findChild<QMenu*>(QStringLiteral("menuWindow"))->aboutToShow();
        m_window->action(QStringLiteral("actionNewWindow"))->trigger();
        QVERIFY(selectRow(QStringLiteral("Nancy Davolio")).isValid());
        for (QMenu* menu : m_window->menuBar()->findChildren<QMenu*>())
            Q_EMIT menu->aboutToShow();
        QStringList clashes = menuBarMnemonicClashes(m_window->menuBar());
        m_window->action(QStringLiteral("actionProperties"))->trigger();
        auto* sheet = waitFor<PropertySheet>(m_window.get());
        QVERIFY(sheet);
        QVERIFY(QTest::qWaitForWindowExposed(sheet));
        // The sheet opens with the focus in its first field, not on the tab bar: what a person
        // types at once goes there.
        QCOMPARE(sheet->focusWidget(), sheet->findChild<QLineEdit*>(QStringLiteral("firstNameEdit")));
        auto* tabs = sheet->findChild<QTabWidget*>();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            clashes << windowMnemonicClashes(sheet, QStringLiteral("mailbox sheet, ") + tabs->tabText(i));
        }
        sheet->reject();
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    void noPropertySheetOfAnyClassUsesAMnemonicTwiceOrLeavesAnInputUnnamed()
    {
        // The first object of every class in the demo's SEATTLE (site, servers, connectors, the
        // dirsync server and requestors, recipients of each kind, the configuration objects): its
        // sheet, every tab as it is shown, with the sheet's own buttons.
        sa::core::DirectoryStore& store = server()->session().store();
        auto all = store.objectsOf(sa::core::ListFilter(), 100000);
        QVERIFY(all.ok());
        QSet<QString> seen;
        QStringList clashes;
        QStringList unnamed;
        for (const sa::core::DirectoryObject& o : all.value()) {
            if (seen.contains(o.cls->name) || o.isReplica())
                continue;
            seen.insert(o.cls->name);
            m_window->showProperties(o);
            auto* sheet = waitFor<PropertySheet>(m_window.get());
            QVERIFY2(sheet, qPrintable(o.cls->name));
            auto* tabs = sheet->findChild<QTabWidget*>();
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                const QString where = o.cls->name + QStringLiteral(" sheet, ") + tabs->tabText(i);
                clashes << windowMnemonicClashes(sheet, where);
                unnamed << windowAccessibilityProblems(sheet, where);
            }
            sheet->reject();
            delete sheet;
        }
        QVERIFY2(seen.size() >= 15, qPrintable(QStringList(seen.values()).join(QLatin1Char(' '))));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void theWindowNamesEveryInput()
    {
        // Two server windows, a recipient selected, the Sync Status panel shown.
        m_window->action(QStringLiteral("actionNewWindow"))->trigger();
        QVERIFY(selectRow(QStringLiteral("Nancy Davolio")).isValid());
        const QStringList unnamed =
            windowAccessibilityProblems(m_window.get(), QStringLiteral("main window"));
        QCOMPARE(server()->contentsView()->accessibleName(), QStringLiteral("Contents of Recipients"));
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    /// The check itself: an unnamed list is found, a label's letter leading to a widget without focus
    /// is found, and a name or a labelled line edit satisfies it.
    void theAccessibilityCheckFindsWhatItLooksFor()
    {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* list = new QTreeWidget;
        list->setObjectName(QStringLiteral("bareList"));
        auto* edit = new QLineEdit;
        auto* editLabel = new QLabel(QStringLiteral("&Alias:"));
        editLabel->setBuddy(edit);
        auto* dead = new QWidget;
        dead->setObjectName(QStringLiteral("noFocus"));
        auto* deadLabel = new QLabel(QStringLiteral("&Members:"));
        deadLabel->setBuddy(dead);
        for (QWidget* w : QWidgetList{list, editLabel, edit, deadLabel, dead})
            layout->addWidget(w);
        QStringList problems = windowAccessibilityProblems(&window, QStringLiteral("toy"));
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.at(0).contains(QStringLiteral("\"bareList\" has no name")) ||
                     problems.at(1).contains(QStringLiteral("\"bareList\" has no name")),
                 qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(problems.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("\"&Members:\" leads to QWidget \"noFocus\"")),
                 qPrintable(problems.join(QLatin1Char('\n'))));
        // A buddy label made by buddyLabel() names a list, which Qt does not do from the buddy.
        layout->addWidget(buddyLabel(QStringLiteral("Object &attributes && values:"), list));
        QCOMPARE(list->accessibleName(), QStringLiteral("Object attributes & values"));
        // A focus proxy alone is not enough: QLabel asks the buddy's own focus policy first.
        dead->setFocusProxy(edit);
        problems = windowAccessibilityProblems(&window, QStringLiteral("toy"));
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(QStringLiteral("leads to QWidget \"noFocus\"")),
                 qPrintable(problems.join(QLatin1Char('\n'))));
        dead->setFocusPolicy(Qt::StrongFocus);
        QCOMPARE(windowAccessibilityProblems(&window, QStringLiteral("toy")), QStringList());
    }

    /// A label's letter reaches a field made of a field and buttons (Alt+B on "Members:", Alt+W on
    /// "Owner:" did nothing on the running program: QLabel asks the wrapper whether it takes focus).
    void aLabelsLetterReachesAReferenceField()
    {
        m_window->action(QStringLiteral("actionNewDistributionList"))->trigger();
        auto* sheet = waitFor<PropertySheet>(m_window.get());
        QVERIFY(sheet);
        sheet->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), sheet);
        QTest::keyClick(sheet->focusWidget(), Qt::Key_B, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), sheet->findChild<QWidget*>(QStringLiteral("membersList")));
        QTest::keyClick(sheet->focusWidget(), Qt::Key_W, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), sheet->findChild<QWidget*>(QStringLiteral("ownerEdit")));
        sheet->reject();
    }

    void aSheetOpenedOnAPageHasTheFocusThereAndCtrlTabTurnsPages()
    {
        // The Event Log's link opens the Directory Synchronization sheet on Diagnostics Logging: the
        // focus was left in the hidden General page's field, so the keyboard acted on nothing seen.
        QVERIFY(selectRow(QStringLiteral("Nancy Davolio")).isValid());
        const sa::core::DirectoryObject nancy = server()->selectedObjects().value(0);
        m_window->showProperties(nancy, QStringLiteral("Organization"));
        auto* sheet = waitFor<PropertySheet>(m_window.get());
        QVERIFY(sheet);
        sheet->activateWindow(); // offscreen leaves the main window active; the keys go to the sheet
        QTRY_COMPARE(QApplication::activeWindow(), sheet);
        auto* tabs = sheet->findChild<QTabWidget*>();
        QCOMPARE(tabs->tabText(tabs->currentIndex()).remove(QLatin1Char('&')),
                 QStringLiteral("Organization"));
        QWidget* focus = sheet->focusWidget();
        QVERIFY(focus);
        QVERIFY2(tabs->currentWidget()->isAncestorOf(focus), focus->metaObject()->className());
        // Ctrl+Tab and Ctrl+PageDown to the next page, Ctrl+Shift+Tab and Ctrl+PageUp back, from a field.
        const int at = tabs->currentIndex();
        QTest::keyClick(focus, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), at + 1);
        QTest::keyClick(sheet->focusWidget(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(tabs->currentIndex(), at);
        QTest::keyClick(sheet->focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), at + 1);
        QTest::keyClick(sheet->focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), at);
        sheet->reject();
    }

    void noNewObjectPageUsesAMnemonicTwiceOrLeavesAnInputUnnamed()
    {
        // Each File > New Other command the demo allows, with what it opens: a wizard's every page
        // reached by Next as it opens (a page that wants input first ends the walk), or a new
        // object's property sheet's every tab; each with the dialog's own buttons.
        QStringList clashes;
        QStringList unnamed;
        const int walked = walkNewOther(m_window.get(), [&](QDialog* d, const QString& where) {
            clashes << windowMnemonicClashes(d, where);
            unnamed << windowAccessibilityProblems(d, where);
        });
        QVERIFY(walked >= 5);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void noDialogOfTheMenusUsesAMnemonicTwiceOrLeavesAnInputUnnamed()
    {
        // Each command that opens a dialog of ours, with a recipient selected, as it opens: every
        // label's letter once, and every label that has one leads to its field (Directory Export's
        // "Export container:" had no letter and no field, issue 20).
        QVERIFY(selectRow(QStringLiteral("Nancy Davolio")).isValid());
        QStringList clashes;
        QStringList unnamed;
        int walked = 0;
        for (const char* name :
             {"actionConnectToServer", "actionNewMailbox", "actionNewDistributionList",
              "actionNewCustomRecipient", "actionColumns", "actionQueues", "actionEventLog", "actionAuditLog",
              "actionDirectoryImport", "actionDirectoryExport", "actionFindRecipients", "actionServices",
              "actionOptions", "actionProcedure"}) {
            QAction* a = m_window->action(QLatin1String(name));
            QVERIFY2(a && a->isEnabled(), name);
            QDialog* dialog = dialogOpenedBy(a);
            QVERIFY2(dialog, name);
            ++walked;
            clashes << windowMnemonicClashes(dialog, QLatin1String(name));
            unnamed << windowAccessibilityProblems(dialog, QLatin1String(name));
            if (QLatin1String(name) == QLatin1String("actionDirectoryExport")) {
                dialog->activateWindow();
                QTRY_COMPARE(QApplication::activeWindow(), dialog);
                QTest::keyClick(dialog, Qt::Key_O, Qt::AltModifier);
                QCOMPARE(QApplication::focusWidget(),
                         dialog->findChild<QComboBox*>(QStringLiteral("transferContainerCombo")));
            }
            dialog->reject();
            dialog->close();
            delete dialog;
            Prompts::takeRecorded();
        }
        QCOMPARE(walked, 14);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void enterInFindRecipientsFindsAndKeepsTheSearch()
    {
        // As a person does: types a criterion and presses Enter. New Search was the dialog's default
        // button, so Enter wiped what was typed and found nothing (issue 20).
        m_window->action(QStringLiteral("actionFindRecipients"))->trigger();
        auto* find = waitFor<FindRecipientsDialog>(m_window.get());
        QVERIFY(find);
        QVERIFY(QTest::qWaitForWindowExposed(find));
        // It opens ready for a name: what is typed first goes to Display name.
        QCOMPARE(find->focusWidget(), find->findChild<QLineEdit*>(QStringLiteral("findDisplayName")));
        auto* title = find->findChild<QLineEdit*>(QStringLiteral("findTitle"));
        title->setFocus();
        QTest::keyClicks(title, QStringLiteral("Manager"));
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(title->text(), QStringLiteral("Manager"));
        QVERIFY(find->results()->topLevelItemCount() > 0);
        QVERIFY(find->isVisible());
        // Enter in another field, or with the focus on the results, finds again, never resets.
        auto* department = find->findChild<QLineEdit*>(QStringLiteral("findDepartment"));
        department->setFocus();
        QTest::keyClicks(department, QStringLiteral("arketin"));
        QTest::keyClick(department, Qt::Key_Enter);
        QCOMPARE(find->results()->topLevelItemCount(), 11);
        QCOMPARE(title->text(), QStringLiteral("Manager"));
        auto* findNow = find->findChild<QPushButton*>(QStringLiteral("findNowButton"));
        QVERIFY(findNow->isDefault());
        QVERIFY(!find->findChild<QPushButton*>(QStringLiteral("newSearchButton"))->isDefault());
        // "Look in" is a label with its mnemonic: Alt+L goes to the list of containers.
        QLabel* lookIn = nullptr;
        for (QLabel* l : find->findChildren<QLabel*>()) {
            if (l->buddy() == find->findChild<QComboBox*>(QStringLiteral("lookInCombo")))
                lookIn = l;
        }
        QVERIFY(lookIn);
        QCOMPARE(lookIn->text(), QStringLiteral("&Look in:"));
        QTest::keyClick(find, Qt::Key_L, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), find->findChild<QComboBox*>(QStringLiteral("lookInCombo")));
        find->reject();
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
