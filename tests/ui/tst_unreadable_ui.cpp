#include "core/msmail/PostofficeStore.h"
#include "tests/support/UiTestSupport.h"
#include "ui/dialogs/ConnectToServerDialog.h"
#include "ui/mainwindow/ServiceCommands.h"
#include "ui/models/SyncStatusModel.h"
#include "ui/panels/SyncStatusPanel.h"

#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QTreeWidget>

using namespace sa::core;
using namespace sa::ui;
using namespace sa::test;

/// A site and a postoffice whose databases cannot be opened, as the administrator meets them in the
/// window (issue 15, finding 3): the window opens on the site that can be, the Synchronization
/// Status panel names both in red, the requestor of the bad postoffice says so on its row, and
/// Connect to Server shows the bad site greyed with the reason.
class TestUnreadableUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase() { startGuiTests(QStringLiteral("siteadmin-test-unreadable-ui")); }

    void init()
    {
        auto org = freshDemo(m_dir, true);
        QVERIFY(org);
        QFile london(org->sitePath(QStringLiteral("LONDON")));
        QVERIFY(london.resize(5000));
        const QString po2 =
            PostofficeStore::pathFor(org->dir(), QStringLiteral("NWNET"), QStringLiteral("PO2"));
        QFile::remove(po2 + QStringLiteral("-wal"));
        QVERIFY(QFile::copy(po2, m_dir->filePath(QStringLiteral("PO2.saved"))));
        QFile junk(po2);
        QVERIFY(junk.open(QIODevice::WriteOnly | QIODevice::Truncate));
        junk.write("somebody's notes\n");
        junk.close();
        openMainWindow(m_window, org.value(), QStringLiteral("X1"), QSize(1200, 860));
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void theStatusPanelNamesWhatCannotBeOpened()
    {
        QVERIFY(Prompts::takeRecorded().isEmpty()); // the window opened on SEATTLE without a word
        m_window->action(QStringLiteral("actionSyncStatus"))->trigger();
        SyncStatusPanel* panel = m_window->services()->syncStatusPanel();
        QVERIFY(panel);
        auto* label = panel->findChild<QLabel*>(QStringLiteral("syncUnreadableLabel"));
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QVERIFY2(
            label->text().contains(QStringLiteral("The site LONDON (sites/LONDON.sqlite) cannot be opened: "
                                                  "not a site database (truncated: 5000 bytes")),
            qPrintable(label->text()));
        QVERIFY2(label->text().contains(QStringLiteral("The postoffice NWNET/PO2 (postoffices/")),
                 qPrintable(label->text()));
        // PO2's requestor says it on its own row, with the reason in the tooltip; PO1's is as ever.
        SyncStatusModel* model = panel->statusModel();
        int po1 = -1;
        int po2 = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString name = model->index(row, SyncStatusModel::NameColumn).data().toString();
            (name == QStringLiteral("PO1") ? po1 : po2) = row;
        }
        QVERIFY(po1 >= 0 && po2 >= 0);
        QCOMPARE(model->index(po2, SyncStatusModel::StateColumn).data().toString(),
                 QStringLiteral("Postoffice cannot be opened"));
        QVERIFY(model->index(po2, SyncStatusModel::StateColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("not a postoffice database")));
        QVERIFY(model->index(po1, SyncStatusModel::StateColumn).data().toString() !=
                QStringLiteral("Postoffice cannot be opened"));
        savePng(m_window.get(), QStringLiteral("unreadable-status-panel"));

        // Once the postoffice is a database again, the next refresh takes its line away.
        const QString po2Path = PostofficeStore::pathFor(m_window->organization().dir(),
                                                         QStringLiteral("NWNET"), QStringLiteral("PO2"));
        QVERIFY(QFile::remove(po2Path));
        QVERIFY(QFile::copy(m_dir->filePath(QStringLiteral("PO2.saved")), po2Path));
        panel->refresh();
        QVERIFY(!label->text().contains(QStringLiteral("NWNET/PO2")));
        QVERIFY(model->index(po2, SyncStatusModel::StateColumn).data().toString() !=
                QStringLiteral("Postoffice cannot be opened"));
    }

    void connectToServerShowsTheSiteGreyedWithItsReason()
    {
        m_window->action(QStringLiteral("actionConnectToServer"))->trigger();
        auto* dialog = waitFor<ConnectToServerDialog>(m_window.get());
        QVERIFY(dialog);
        auto* tree = dialog->findChild<QTreeWidget*>(QStringLiteral("serverTree"));
        QVERIFY(tree);
        const auto found = tree->findItems(QStringLiteral("LONDON (cannot be opened)"),
                                           Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first()->isDisabled());
        QVERIFY(found.first()->toolTip(0).contains(QStringLiteral("not a site database")));
        QVERIFY(!tree->findItems(QStringLiteral("X1"), Qt::MatchExactly | Qt::MatchRecursive).isEmpty());
        savePng(dialog, QStringLiteral("unreadable-connect-to-server"));
        dialog->reject();
    }
};

QTEST_MAIN(TestUnreadableUi)
#include "tst_unreadable_ui.moc"
