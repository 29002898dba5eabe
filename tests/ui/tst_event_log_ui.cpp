#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/EventLog.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/host/DemoOrganization.h"
#include "core/host/DirsyncCycle.h"
#include "core/transport/SiteTransport.h"
#include "tests/support/UiTestSupport.h"
#include "ui/dialogs/EventLogDialog.h"
#include "ui/mainwindow/ServiceCommands.h"
#include "ui/properties/PropertySheet.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace sa::core;
using namespace sa::ui;
using namespace sa::test;

/// View > Event Log as an administrator reads it: every site's events newest first, narrowed by
/// type, category and text, the selected one whole below, and what the services log meanwhile
/// added at the top.
class TestEventLogUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

    std::unique_ptr<DirectoryStore> site(const QString& name) const
    {
        return std::move(DirectoryStore::open(m_window->organization().sitePath(name))).value();
    }
    static bool allRows(QSortFilterProxyModel* shown, int column,
                        const std::function<bool(const QString&)>& ok)
    {
        for (int row = 0; row < shown->rowCount(); ++row) {
            if (!ok(shown->index(row, column).data().toString()))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase() { startGuiTests(QStringLiteral("siteadmin-test-event-log-ui")); }

    void init()
    {
        auto org = freshDemo(m_dir, true);
        QVERIFY(org);
        // X1's Directory Synchronization refuses PO2's mail: a cycle logs warnings (1111).
        ChangeSet c;
        c.replace(SiteBuilder::directorySynchronizationDn(QStringLiteral("NORTHWIND"),
                                                          QStringLiteral("SEATTLE"), QStringLiteral("X1")),
                  attr::UnauthorizedSender,
                  {SiteBuilder::recipientsDn(QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"))
                       .child(QStringLiteral("cn"), QStringLiteral("PO2SYSTEM"))
                       .toString()});
        auto seattle = DirectoryStore::open(org->sitePath(QStringLiteral("SEATTLE")));
        QVERIFY(seattle.value()->commit(c).ok());
        QVERIFY(DirsyncCycle(org.value()).run().ok());
        // And an error in LONDON's log.
        auto london = DirectoryStore::open(org->sitePath(QStringLiteral("LONDON")));
        QVERIFY(london.value()
                    ->write([](DirectoryWriter& w) {
                        return EventLog::write(w, QStringLiteral("MSExchangeMTA"), QStringLiteral("Error"),
                                               9411, QStringLiteral("A test error in LONDON."), {});
                    })
                    .ok());
        openMainWindow(m_window, org.value(), QStringLiteral("X1"), QSize(1100, 720));
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void eventsFilteredAndShownWhole()
    {
        m_window->action(QStringLiteral("actionEventLog"))->trigger();
        auto* dialog = waitFor<EventLogDialog>(m_window.get());
        QVERIFY(dialog);
        QAbstractItemModelTester tester(dialog->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel* shown = dialog->shown();
        const int all = shown->rowCount();
        QVERIFY(all >= 2);
        // Both sites.
        QVERIFY(!allRows(shown, EventLogModel::SiteColumn,
                         [](const QString& s) { return s == QLatin1String("SEATTLE"); }));
        savePng(dialog, QStringLiteral("event-log"));

        // Warnings only: the refusals.
        auto* type = dialog->findChild<QComboBox*>(QStringLiteral("eventTypeCombo"));
        type->setCurrentIndex(type->findData(QStringLiteral("Warning")));
        QVERIFY(shown->rowCount() > 0 && shown->rowCount() < all);
        QVERIFY(allRows(shown, EventLogModel::TypeColumn,
                        [](const QString& t) { return t == QLatin1String("Warning"); }));
        // And the Event Handler category, and text typed.
        auto* category = dialog->findChild<QComboBox*>(QStringLiteral("eventCategoryCombo"));
        QVERIFY(category->findData(QStringLiteral("Event Handler")) > 0);
        category->setCurrentIndex(category->findData(QStringLiteral("Event Handler")));
        type->setCurrentIndex(0); // all types again: the category and the text narrow it
        auto* text = dialog->findChild<QLineEdit*>(QStringLiteral("eventTextEdit"));
        QTest::keyClicks(text, QStringLiteral("refused"));
        QVERIFY(shown->rowCount() > 0);
        QVERIFY(allRows(shown, EventLogModel::EventColumn,
                        [](const QString& id) { return id == QLatin1String("1111"); }));
        // The selected event whole below.
        auto* view = dialog->findChild<QTableView*>(QStringLiteral("eventView"));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(shown->index(0, 0)).center());
        const QString detail = dialog->findChild<QTextBrowser*>(QStringLiteral("eventDetail"))->toPlainText();
        QVERIFY2(detail.contains(QStringLiteral("Event ID: 1111")) &&
                     detail.contains(QStringLiteral("was refused")),
                 qPrintable(detail));
        savePng(dialog, QStringLiteral("event-log-filtered"));

        // Cleared filters; an event logged meanwhile comes on top.
        text->clear();
        category->setCurrentIndex(0);
        QCOMPARE(shown->rowCount(), all);
        QVERIFY(site(QStringLiteral("SEATTLE"))
                    ->write([](DirectoryWriter& w) {
                        return EventLog::write(w, QStringLiteral("MSExchangeDX"), QStringLiteral("Error"),
                                               1102, QStringLiteral("A new one."), {});
                    })
                    .ok());
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("eventRefreshButton")),
                          Qt::LeftButton);
        QCOMPARE(shown->rowCount(), all + 1);
        QCOMPARE(shown->index(0, EventLogModel::TextColumn).data().toString(), QStringLiteral("A new one."));
        dialog->close();
    }

    void theDemoLogsItsCyclesAndAQuietLogSaysWhy()
    {
        // The demo logs at Medium: the cycle of init() left an information event per requestor's step.
        m_window->action(QStringLiteral("actionEventLog"))->trigger();
        auto* dialog = waitFor<EventLogDialog>(m_window.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->diagnosticsHint(), QString());
        auto* type = dialog->findChild<QComboBox*>(QStringLiteral("eventTypeCombo"));
        type->setCurrentIndex(type->findData(QStringLiteral("Information")));
        QSortFilterProxyModel* shown = dialog->shown();
        QVERIFY(shown->rowCount() >= 2);
        QVERIFY(allRows(shown, EventLogModel::EventColumn,
                        [](const QString& id) { return id == QLatin1String("1107"); }));
        QVERIFY2(shown->index(0, EventLogModel::TextColumn)
                     .data()
                     .toString()
                     .startsWith(QStringLiteral("Directory synchronization with PO")),
                 qPrintable(shown->index(0, EventLogModel::TextColumn).data().toString()));
        dialog->close();

        // At None, the log says why it stays quiet, and its link opens the setting.
        const Dn dxa = SiteBuilder::directorySynchronizationDn(
            QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"), QStringLiteral("X1"));
        ChangeSet none;
        none.replace(dxa, attr::DiagnosticsLogging, {QStringLiteral("Event Handler|None")});
        QVERIFY(site(QStringLiteral("SEATTLE"))->commit(none).ok());
        m_window->action(QStringLiteral("actionEventLog"))->trigger();
        dialog = waitFor<EventLogDialog>(m_window.get());
        QVERIFY(dialog);
        QTRY_VERIFY(!dialog->diagnosticsHint().isEmpty());
        QVERIFY2(dialog->diagnosticsHint().startsWith(QStringLiteral(
                     "Site SEATTLE logs only directory synchronization problems: Diagnostics "
                     "Logging of Directory Synchronization on X1 is at None for Event Handler, "
                     "so successful cycles leave no event.")),
                 qPrintable(dialog->diagnosticsHint()));
        auto* hint = dialog->findChild<QLabel*>(QStringLiteral("diagnosticsHint"));
        QVERIFY(hint->isVisible());
        savePng(dialog, QStringLiteral("event-log-quiet"));
        const QString href =
            hint->text().section(QStringLiteral("href=\""), 1).section(QLatin1Char('"'), 0, 0);
        Q_EMIT hint->linkActivated(href);
        auto* sheet = waitFor<PropertySheet>(dialog);
        QVERIFY(sheet);
        auto* tabs = sheet->findChild<QTabWidget*>(QStringLiteral("propertyTabs"));
        QCOMPARE(tabs->tabText(tabs->currentIndex()).remove(QLatin1Char('&')),
                 QStringLiteral("Diagnostics Logging"));
        auto* level = sheet->findChild<QComboBox*>(QStringLiteral("levelEventHandlerCombo"));
        QCOMPARE(level->currentText(), QStringLiteral("None"));
        level->setCurrentIndex(level->findText(QStringLiteral("Medium")));
        clickButton(sheet, QDialogButtonBox::Ok);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->diagnosticsHint(), QString(), 5000);
        QVERIFY(hint->isHidden());
        dialog->close();
    }

    void aLongLogOpensOnItsNewestEvents()
    {
        // More events than the list keeps (services left running for weeks): it opens on the newest,
        // and a burst of more than it keeps between two refreshes still leaves the newest on top.
        const auto logMany = [this](int n, const QString& prefix) {
            return site(QStringLiteral("LONDON"))->write([&](DirectoryWriter& w) -> Status {
                for (int i = 0; i < n; ++i) {
                    if (Status s =
                            EventLog::write(w, QStringLiteral("MSExchangeDX"), QStringLiteral("Information"),
                                            1000, prefix + QString::number(i), {});
                        !s)
                        return s;
                }
                return {};
            });
        };
        QVERIFY(logMany(EventLogModel::MaxRows + 100, QStringLiteral("old ")).ok());
        m_window->action(QStringLiteral("actionEventLog"))->trigger();
        auto* dialog = waitFor<EventLogDialog>(m_window.get());
        QVERIFY(dialog);
        EventLogModel* model = dialog->model();
        QCOMPARE(model->rowCount(), EventLogModel::MaxRows);
        const auto texts = [model] {
            QSet<QString> out;
            for (int r = 0; r < model->rowCount(); ++r)
                out.insert(model->index(r, EventLogModel::TextColumn).data().toString());
            return out;
        };
        QVERIFY(texts().contains(QStringLiteral("old %1").arg(EventLogModel::MaxRows + 99))); // the newest
        QVERIFY(!texts().contains(QStringLiteral("old 0"))); // not the oldest

        QVERIFY(logMany(EventLogModel::MaxRows + 10, QStringLiteral("burst ")).ok());
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("eventRefreshButton")),
                          Qt::LeftButton);
        QCOMPARE(model->rowCount(), EventLogModel::MaxRows);
        QVERIFY(texts().contains(QStringLiteral("burst %1").arg(EventLogModel::MaxRows + 9)));
        QVERIFY(!texts().contains(QStringLiteral("burst 0")));
        dialog->close();
    }
};

QTEST_MAIN(TestEventLogUi)
#include "tst_event_log_ui.moc"
