#include "core/directory/AuditTrail.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "tests/support/UiTestSupport.h"
#include "ui/dialogs/AuditLogDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ServerWindow.h"
#include "ui/models/AuditLogModel.h"
#include "ui/properties/HistoryPage.h"
#include "ui/properties/PropertySheet.h"
#include "ui/session/SiteSession.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace sa::core;
using namespace sa::ui;
using namespace sa::test;

/// The audit trail in the window (issue 19): an edit made on a property sheet appears on the
/// object's History page and in View > Audit Log, said to be the window's and the user's, with the
/// attributes written; the log's filters, and its export as CSV.
class TestAuditUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

    PropertySheet* openProperties(const QString& name)
    {
        QAbstractItemView* view = m_window->activeServerWindow()->contentsView();
        const QModelIndexList found =
            view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
        if (found.isEmpty())
            return nullptr;
        view->setFocus();
        view->setCurrentIndex(found.first());
        m_window->action(QStringLiteral("actionProperties"))->trigger();
        return waitFor<PropertySheet>(m_window.get());
    }

private Q_SLOTS:
    void initTestCase()
    {
        startGuiTests(QStringLiteral("siteadmin-test-audit-ui"));
        AuditTrail::setProgram(QStringLiteral("window")); // as the window's main() does
    }

    void init() { openDemoWindow(m_dir, m_window); }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void anEditIsOnTheObjectsHistoryAsTheWindows()
    {
        auto* sheet = openProperties(QStringLiteral("Nancy Davolio"));
        QVERIFY(sheet);
        showTab(sheet, QStringLiteral("History"));
        auto* history = sheet->findChild<HistoryPage*>();
        QVERIFY(history && history->model());
        const int before = history->model()->rowCount();
        QVERIFY(before >= 1); // the demo made her: a Created row
        // History comes right before Raw Properties, the last page.
        auto* tabs = sheet->findChild<QTabWidget*>(QStringLiteral("propertyTabs"));
        QCOMPARE(tabs->tabText(tabs->count() - 1).remove(QLatin1Char('&')), QStringLiteral("Raw Properties"));
        QCOMPARE(tabs->tabText(tabs->count() - 2).remove(QLatin1Char('&')), QStringLiteral("History"));

        showTab(sheet, QStringLiteral("General"));
        auto* title = sheet->findChild<QLineEdit*>(QStringLiteral("titleEdit"));
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Sales Manager"));
        clickButton(sheet, QDialogButtonBox::Apply);
        showTab(sheet, QStringLiteral("History"));
        QTRY_COMPARE(history->model()->rowCount(), before + 1);
        const AuditLogModel* m = history->model();
        const auto cell = [&](int column) {
            return m->index(0, column).data().toString();
        };
        QCOMPARE(cell(AuditLogModel::ProgramColumn), QStringLiteral("window"));
        QCOMPARE(cell(AuditLogModel::UserColumn), AuditTrail::user());
        QCOMPARE(cell(AuditLogModel::ActionColumn), QStringLiteral("Changed"));
        QCOMPARE(cell(AuditLogModel::AttributesColumn), QStringLiteral("Title"));
        auto* view = history->findChild<QTableView*>(QStringLiteral("historyView"));
        QVERIFY(view->isColumnHidden(AuditLogModel::ObjectColumn)); // the sheet's own object
        savePng(sheet, QStringLiteral("mailbox-history"));
        clickButton(sheet, QDialogButtonBox::Cancel);
    }

    void aNewObjectHasNoHistoryYet()
    {
        m_window->action(QStringLiteral("actionNewMailbox"))->trigger();
        auto* sheet = waitFor<PropertySheet>(m_window.get());
        QVERIFY(sheet);
        showTab(sheet, QStringLiteral("History"));
        auto* note = sheet->findChild<QLabel*>(QStringLiteral("historyNote"));
        QVERIFY2(note->text().contains(QStringLiteral("does not exist yet")), qPrintable(note->text()));
        clickButton(sheet, QDialogButtonBox::Cancel);
    }

    void theAuditLogFiltersAndExports()
    {
        // A change made elsewhere (as siteadminctl would), after the window opened.
        {
            const AuditTrail::As as(QStringLiteral("siteadminctl"));
            ChangeSet c;
            c.replace(SiteBuilder::recipientsDn(QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"))
                          .child(QStringLiteral("cn"), QStringLiteral("AndrewF")),
                      attr::Department, {QStringLiteral("Board")});
            QVERIFY(m_window->activeServerWindow()->session().store().commit(c).ok());
        }
        m_window->action(QStringLiteral("actionAuditLog"))->trigger();
        auto* dialog = waitFor<AuditLogDialog>(m_window.get());
        QVERIFY(dialog);
        QAbstractItemModelTester tester(dialog->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel* shown = dialog->shown();
        const int all = shown->rowCount();
        QVERIFY(all > 10); // the demo's objects, both sites
        savePng(dialog, QStringLiteral("audit-log"));
        // The program filter: siteadminctl's change alone.
        auto* program = dialog->findChild<QComboBox*>(QStringLiteral("auditProgramCombo"));
        QTRY_VERIFY(program->findData(QStringLiteral("siteadminctl")) > 0);
        program->setCurrentIndex(program->findData(QStringLiteral("siteadminctl")));
        QCOMPARE(shown->rowCount(), 1);
        QVERIFY(shown->index(0, AuditLogModel::ObjectColumn)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("cn=AndrewF")));
        QCOMPARE(shown->index(0, AuditLogModel::AttributesColumn).data().toString(),
                 QStringLiteral("Department"));
        // Text typed narrows too; nothing matches: nothing shown.
        auto* text = dialog->findChild<QLineEdit*>(QStringLiteral("auditTextEdit"));
        QTest::keyClicks(text, QStringLiteral("NancyD"));
        QCOMPARE(shown->rowCount(), 0);
        text->clear();
        program->setCurrentIndex(0);
        auto* action = dialog->findChild<QComboBox*>(QStringLiteral("auditActionCombo"));
        action->setCurrentIndex(action->findData(QStringLiteral("modify")));
        QVERIFY(shown->rowCount() >= 1 && shown->rowCount() < all);
        // Export: what is shown, as CSV with a header.
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("audit.csv"));
        QCOMPARE(dialog->exportTo(path), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.first().trimmed(),
                 QByteArray("Time,Site,User,Program,Change,Object,Class,Attributes"));
        QCOMPARE(lines.size() - 2, shown->rowCount()); // a header, the rows, and the last line end
        QVERIFY(lines.at(1).contains(",siteadminctl,modify,/o=NORTHWIND/ou=SEATTLE/cn=Recipients/cn=AndrewF,"
                                     "mailbox,Department"));
        // A folder that cannot be written is said, not passed over.
        QVERIFY(!dialog->exportTo(out.filePath(QStringLiteral("no/such/folder/audit.csv"))).isEmpty());
    }
};

QTEST_MAIN(TestAuditUi)
#include "tst_audit_ui.moc"
