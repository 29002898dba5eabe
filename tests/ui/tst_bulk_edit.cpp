// Several recipients changed at once (issue 20): File > Properties with many selected opens one
// dialog whose checked fields go to every one of them in one transaction, one step of Edit > Undo.

#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "tests/support/TestSupport.h"
#include "tests/support/UiTestSupport.h"
#include "ui/common/Prompts.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ServerWindow.h"
#include "ui/models/ContentsModel.h"
#include "ui/properties/recipients/BulkPropertiesDialog.h"
#include "ui/session/SiteSession.h"
#include "ui/views/ContentsView.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sa::core;
using namespace sa::ui;
using namespace sa::test;

class TestBulkEdit : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

    ServerWindow* server() const { return m_window->activeServerWindow(); }
    /// Every selected row's `attribute`, by display name.
    QMap<QString, QString> valuesOf(const QString& attribute) const
    {
        QMap<QString, QString> out;
        auto all = server()->session().store().children(
            server()
                ->session()
                .store()
                .idOf(Dn::parse(QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients")).value())
                .value());
        for (const DirectoryObject& o : all.value())
            out.insert(o.displayName(), o.value(attribute));
        return out;
    }
    BulkPropertiesDialog* openForSelection()
    {
        QTest::keyClick(server()->contentsView(), Qt::Key_Return, Qt::AltModifier); // File > Properties
        return waitFor<BulkPropertiesDialog>(m_window.get());
    }

private Q_SLOTS:
    void initTestCase() { startGuiTests(QStringLiteral("siteadmin-test")); }
    void init() { openDemoWindow(m_dir, m_window); }
    void cleanup() { closeDemoWindow(m_dir, m_window); }

    void aDepartmentGoesToEverySelectedRecipientAndOneUndoTakesItBack()
    {
        const QMap<QString, QString> before = valuesOf(attr::Department);
        QVERIFY(before.size() > 30);
        QVERIFY(before.values().contains(QStringLiteral("Sales")));
        server()->contentsView()->setFocus();
        QTest::keyClick(server()->contentsView(), Qt::Key_A, Qt::ControlModifier); // Edit > Select All
        const int selected = int(server()->selectedObjects().size());
        QCOMPARE(selected, server()->contentsModel()->rowCount());
        auto* dialog = openForSelection();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Properties of %1 Objects").arg(selected));
        auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("departmentEdit"));
        QVERIFY(!edit->isEnabled()); // untouched until checked
        QCOMPARE(edit->placeholderText(), QStringLiteral("(differs)"));
        QTest::mouseClick(dialog->findChild<QCheckBox*>(QStringLiteral("departmentCheck")), Qt::LeftButton);
        QVERIFY(edit->isEnabled());
        QTest::keyClicks(edit, QStringLiteral("Marketing"));
        const QMap<QString, QString> titles = valuesOf(attr::Title);
        savePng(dialog, QStringLiteral("bulk-properties"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!m_window->findChild<BulkPropertiesDialog*>());

        const QMap<QString, QString> after = valuesOf(attr::Department);
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            QCOMPARE(it.value(), QStringLiteral("Marketing"));
        QCOMPARE(valuesOf(attr::Title), titles); // what was not checked is left as it was

        QCOMPARE(m_window->action(QStringLiteral("actionUndo"))->text(),
                 QStringLiteral("&Undo Properties of %1 Objects").arg(selected));
        m_window->action(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(valuesOf(attr::Department), before);
    }

    void aCheckedEmptyFieldIsClearedOnTheSelectedOnly()
    {
        clickRowNamed(server()->contentsView(), QStringLiteral("Andrew Fuller"));
        const QModelIndex ann =
            server()
                ->contentsModel()
                ->match(server()->contentsModel()->index(0, 0), Qt::DisplayRole, QStringLiteral("Ann Devon"))
                .value(0);
        QTest::mouseClick(server()->contentsView()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          server()->contentsView()->visualRect(ann).center());
        QCOMPARE(server()->selectedObjects().size(), 2);
        const QMap<QString, QString> before = valuesOf(attr::Title);
        auto* dialog = openForSelection();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QCheckBox*>(QStringLiteral("titleCheck")), Qt::LeftButton);
        dialog->findChild<QLineEdit*>(QStringLiteral("titleEdit"))->clear();
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!m_window->findChild<BulkPropertiesDialog*>());
        const QMap<QString, QString> after = valuesOf(attr::Title);
        QVERIFY(after.value(QStringLiteral("Andrew Fuller")).isEmpty());
        QVERIFY(after.value(QStringLiteral("Ann Devon")).isEmpty());
        QMap<QString, QString> others = before;
        others.remove(QStringLiteral("Andrew Fuller"));
        others.remove(QStringLiteral("Ann Devon"));
        for (auto it = others.cbegin(); it != others.cend(); ++it)
            QCOMPARE(after.value(it.key()), it.value());
    }

    void objectsThatAreNotRecipientsAreRefusedWithNothingWritten()
    {
        QVERIFY(server()->selectContainer(
            SiteBuilder::configurationDn(QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"))));
        QTRY_VERIFY(server()->contentsModel()->rowCount() > 1);
        server()->contentsView()->setFocus();
        server()->contentsView()->selectAll();
        QVERIFY(server()->selectedObjects().size() > 1);
        const QString digest = databaseDigest(m_window->organization().sitePath(QStringLiteral("SEATTLE")));
        QTest::keyClick(server()->contentsView(), Qt::Key_Return, Qt::AltModifier);
        const QStringList said = Prompts::takeRecorded();
        QCOMPARE(said.size(), 1);
        QVERIFY2(said.first().contains(QStringLiteral("only when all are recipients")),
                 qPrintable(said.first()));
        QVERIFY(!m_window->findChild<BulkPropertiesDialog*>());
        QCOMPARE(databaseDigest(m_window->organization().sitePath(QStringLiteral("SEATTLE"))), digest);
    }
};

QTEST_MAIN(TestBulkEdit)
#include "tst_bulk_edit.moc"
