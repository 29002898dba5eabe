// Q152167 end to end, as an administrator does it: from the demo organization as it is before the
// procedure (`siteadminctl demo --lab`), everything on the site's side through the window (menus,
// wizards, property sheets, the address book, Services, Synchronization Status), the postoffices'
// side through `msmail-po`, as their administrators would. A PNG of the window at each step goes to
// the test output (docs/screenshots keeps them for the README's walkthrough).
#include "core/directory/SiteBuilder.h"
#include "core/host/DemoOrganization.h"
#include "core/host/ServiceHost.h"
#include "core/services/Services.h"
#include "tests/support/TestSupport.h"
#include "tests/support/UiTestSupport.h"
#include "ui/common/Prompts.h"
#include "ui/dialogs/AddressEntryDialog.h"
#include "ui/dialogs/ServicesDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ServerWindow.h"
#include "ui/mainwindow/ServiceCommands.h"
#include "ui/models/ContentsModel.h"
#include "ui/models/ServicesModel.h"
#include "ui/models/SyncStatusModel.h"
#include "ui/panels/SyncStatusPanel.h"
#include "ui/properties/AddressBookDialog.h"
#include "ui/properties/PropertySheet.h"
#include "ui/wizards/ObjectWizard.h"

#include <QComboBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QWizard>
#include <memory>

using namespace sa::core;
using namespace sa::ui;
using namespace sa::test;

namespace {
const QString Password = QStringLiteral("NWSYNC");
const QString Po1 = QStringLiteral("NWNET/PO1");
const QString Po2 = QStringLiteral("NWNET/PO2");
constexpr int SeattleMailboxes = 36;
constexpr int LondonMailboxes = 30;
constexpr int UsersPerPostoffice = 20;
constexpr int AgreementMs = 30000; ///< mail and replication move every 200 ms; cycles come when asked
} // namespace

class TestProcedure : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    bool m_failedStep = false;

    ServerWindow* x1() const
    {
        for (ServerWindow* w : m_window->serverWindows()) {
            if (w->server() == QLatin1String("X1"))
                return w;
        }
        return nullptr;
    }
    /// `w` (the main window by default) as it is now, as OUTPUT/procedure-STEP-name.png.
    void snapshot(int step, const QString& name, QWidget* w = nullptr)
    {
        QTest::qWait(50); // let the views paint what they were just told
        savePng(w ? w : m_window.get(), QStringLiteral("procedure-%1-%2").arg(step).arg(name));
    }
    static ProcessRun po(const QStringList& args, const QString& org)
    {
        return runProcess(QString::fromLocal8Bit(qgetenv("MSMAIL_PO")),
                          QStringList{QStringLiteral("--org"), org} + args);
    }
    /// The postoffice's address list: address -> name.
    QMap<QString, QString> gal(const QString& postoffice) const
    {
        QMap<QString, QString> out;
        const ProcessRun r = po({QStringLiteral("--json"), QStringLiteral("gal"), postoffice}, m_dir->path());
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            out.insert(v[QStringLiteral("address")].toString(), v[QStringLiteral("name")].toString());
        return out;
    }
    static int countPrefix(const QMap<QString, QString>& gal, const QString& prefix)
    {
        int n = 0;
        for (auto it = gal.begin(); it != gal.end(); ++it)
            n += it.key().startsWith(prefix) ? 1 : 0;
        return n;
    }
    /// What a server window lists in the container at `path` (display names).
    static QStringList listed(ServerWindow* w, const QStringList& path)
    {
        if (!clickTreePath(w->containerTree(), path).isValid())
            return {QStringLiteral("<no %1>").arg(path.join(QLatin1Char('/')))};
        QStringList names;
        ContentsModel* m = w->contentsModel();
        for (int r = 0; r < m->rowCount(); ++r)
            names << m->index(r, 0).data().toString();
        return names;
    }
    /// Ok on a property sheet that asks whether to make the connector's partner in the other site.
    void okWithPartner(PropertySheet* sheet, const QString& question)
    {
        Prompts::setNextAnswer(QMessageBox::Yes);
        clickButton(sheet, QDialogButtonBox::Ok);
        QVERIFY(QTest::qWaitFor([&] { return !sheet->isVisible(); }, 5000));
        const QStringList said = Prompts::takeRecorded();
        QVERIFY2(said.size() == 1 && said.first().contains(question),
                 qPrintable(said.join(QLatin1Char('\n'))));
    }
    /// Synchronize Now, clicked as a person does once the button is on; waits for that cycle to end
    /// and checks it succeeded.
    void synchronizeNow(SyncStatusPanel* panel)
    {
        auto* button = panel->findChild<QPushButton*>(QStringLiteral("syncNowButton"));
        QVERIFY(QTest::qWaitFor([&] { return button->isEnabled(); }, AgreementMs));
        QSignalSpy finished(m_window->services()->host()->worker(), &ServiceWorker::cycleFinished);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return finished.count() > 0; }, AgreementMs));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    }
    /// Steps 5's common part, from the General step on: password, the Dir-Sync Address step (its own
    /// part done by `address`), MSMail Recipients imported, both sites' Recipients exported, Finish.
    void finishRequestor(ObjectWizard* wizard, const std::function<void(QWizardPage*)>& address)
    {
        QWizardPage* general = wizard->currentPage();
        QCOMPARE(general->title(), QStringLiteral("General"));
        type(general, QStringLiteral("passwordEdit"), Password);
        type(general, QStringLiteral("confirmPasswordEdit"), Password);
        clickNext(wizard);
        QCOMPARE(wizard->currentPage()->title(), QStringLiteral("Dir-Sync Address"));
        address(wizard->currentPage());
        clickNext(wizard);
        QWizardPage* import = wizard->currentPage();
        QCOMPARE(import->title(), QStringLiteral("Import Container"));
        pickInCombo(import->findChild<QComboBox*>(QStringLiteral("importContainerCombo")),
                    QStringLiteral("MSMail Recipients (SEATTLE)"));
        clickNext(wizard);
        QWizardPage* exports = wizard->currentPage();
        QCOMPARE(exports->title(), QStringLiteral("Export Containers"));
        auto* site = exports->findChild<QComboBox*>(QStringLiteral("exportSiteCombo"));
        auto* available = exports->findChild<QListWidget*>(QStringLiteral("availableContainersList"));
        for (const QString& s : {QStringLiteral("SEATTLE"), QStringLiteral("LONDON")}) {
            pickInCombo(site, s);
            const auto items = available->findItems(QStringLiteral("Recipients"), Qt::MatchExactly);
            QVERIFY2(!items.isEmpty(), qPrintable(s));
            clickIndex(available, available->indexFromItem(items.first()));
            QTest::mouseClick(exports->findChild<QPushButton*>(QStringLiteral("addExportButton")),
                              Qt::LeftButton);
        }
        QCOMPARE(exports->findChild<QListWidget*>(QStringLiteral("exportedContainersList"))->count(), 2);
        snapshot(5, QStringLiteral("requestor-export"), wizard);
        clickNext(wizard);
        QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("summaryStep"));
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !wizard->isVisible(); }, 5000));
        QCOMPARE(Prompts::takeRecorded(), QStringList());
    }
    ObjectWizard* newRequestor(const QString& entry)
    {
        chooseMenu(m_window.get(), {QStringLiteral("File"), QStringLiteral("New Other"),
                                    QStringLiteral("Remote Dir-Sync Requestor")});
        auto* wizard = waitFor<ObjectWizard>(m_window.get());
        if (!wizard)
            return nullptr;
        auto* list = wizard->currentPage()->findChild<QListWidget*>(QStringLiteral("requestorChoiceList"));
        if (!list)
            return nullptr;
        // The postoffices direct on X1's MS Mail Connector (PO2 is X2's), and <non msmail requestor>,
        // as the article says.
        QStringList offered;
        for (int i = 0; i < list->count(); ++i)
            offered << list->item(i)->text();
        if (offered != QStringList{Po1, QStringLiteral("<non msmail requestor>")}) {
            qWarning() << "offered" << offered;
            return nullptr;
        }
        const auto found = list->findItems(entry, Qt::MatchExactly);
        if (found.isEmpty())
            return nullptr;
        clickIndex(list, list->indexFromItem(found.first()));
        clickNext(wizard);
        return wizard;
    }

private Q_SLOTS:
    void initTestCase()
    {
        startGuiTests(QStringLiteral("siteadmin-test-procedure"));
        QVERIFY(!qgetenv("MSMAIL_PO").isEmpty());
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        auto lab = DemoOrganization::build(m_dir->path(), DemoStage::Lab);
        QVERIFY(lab.ok());
        openMainWindow(m_window, lab.value(), QStringLiteral("X1"), QSize(1200, 800));
        // As siteadmin's main() does: the services run in the background while the window is open.
        // Whole dirsync cycles come when Directory Synchronization starts and when Synchronize Now
        // is clicked, as for an administrator with the default 15-minute schedule.
        m_window->services()->start(WorkerSettings{200, 3600});
        snapshot(0, QStringLiteral("lab"));
    }

    // Each step builds on the ones before: after a failed step the rest are skipped, not left to
    // wait out their timeouts.
    void init()
    {
        if (m_failedStep)
            QSKIP("an earlier step failed");
    }
    void cleanup() { m_failedStep = m_failedStep || QTest::currentTestFailed(); }

    void cleanupTestCase()
    {
        m_window.reset();
        m_dir.reset();
    }

    /// Step 1 and 2 of the article: the Site Connector and the Directory Replication Connector
    /// between X1 and X2, then replication brings LONDON's directory to SEATTLE and back.
    void step1SiteAndReplicationConnectors()
    {
        QCOMPARE(listed(x1(), {QStringLiteral("NORTHWIND")}), QStringList{QStringLiteral("SEATTLE")});
        chooseMenu(m_window.get(),
                   {QStringLiteral("File"), QStringLiteral("New Other"), QStringLiteral("Site Connector")});
        auto* sheet = waitFor<PropertySheet>(m_window.get());
        QVERIFY(sheet);
        QCOMPARE(sheet->findChild<QComboBox*>(QStringLiteral("targetSiteCombo"))->currentText(),
                 QStringLiteral("LONDON"));
        type(sheet, QStringLiteral("displayNameEdit"), QStringLiteral("Site Connector (LONDON)"));
        snapshot(1, QStringLiteral("site-connector"), sheet);
        okWithPartner(sheet, QStringLiteral("Do you want to create it in LONDON as well?"));

        chooseMenu(m_window.get(), {QStringLiteral("File"), QStringLiteral("New Other"),
                                    QStringLiteral("Directory Replication Connector")});
        sheet = waitFor<PropertySheet>(m_window.get());
        QVERIFY(sheet);
        QCOMPARE(sheet->findChild<QComboBox*>(QStringLiteral("remoteSiteCombo"))->currentText(),
                 QStringLiteral("LONDON"));
        type(sheet, QStringLiteral("displayNameEdit"), QStringLiteral("LONDON"));
        okWithPartner(sheet, QStringLiteral("Do you want to configure LONDON as well?"));

        // Replication runs in the background: LONDON's recipients appear in X1's window.
        QTRY_COMPARE_WITH_TIMEOUT(listed(x1(), {QStringLiteral("NORTHWIND"), QStringLiteral("LONDON"),
                                                QStringLiteral("Recipients")})
                                      .size(),
                                  LondonMailboxes, AgreementMs);
        snapshot(1, QStringLiteral("connectors-replicated"));
    }

    /// Step 4 of the article's preparation: a Recipients container for what dirsync imports.
    void step2MsMailRecipientsContainer()
    {
        QVERIFY(clickTreePath(x1()->containerTree(), {QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE")})
                    .isValid());
        chooseMenu(m_window.get(), {QStringLiteral("File"), QStringLiteral("New Other"),
                                    QStringLiteral("Recipients Container")});
        auto* sheet = waitFor<PropertySheet>(m_window.get());
        QVERIFY(sheet);
        QCOMPARE(sheet->windowTitle(), QStringLiteral("New Recipients Container"));
        type(sheet, QStringLiteral("displayNameEdit"), QStringLiteral("MSMail Recipients"));
        clickButton(sheet, QDialogButtonBox::Ok);
        QVERIFY(QTest::qWaitFor([&] { return !sheet->isVisible(); }, 5000));
        QCOMPARE(Prompts::takeRecorded(), QStringList());
        QVERIFY(clickTreePath(x1()->containerTree(), {QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"),
                                                      QStringLiteral("MSMail Recipients")})
                    .isValid());
        snapshot(2, QStringLiteral("msmail-recipients"));
    }

    /// Step 3: the custom recipient NWNET/PO2/$system, the Dir-Sync Address of the postoffice X1
    /// does not serve.
    void step3SystemCustomRecipient()
    {
        QVERIFY(clickTreePath(x1()->containerTree(), {QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"),
                                                      QStringLiteral("Recipients")})
                    .isValid());
        chooseMenu(m_window.get(), {QStringLiteral("File"), QStringLiteral("New Custom Recipient")});
        auto* address = waitFor<AddressEntryDialog>(m_window.get());
        QVERIFY(address);
        auto* types = address->findChild<QListWidget*>(QStringLiteral("addressTypeList"));
        const auto ms = types->findItems(QStringLiteral("Microsoft Mail Address"), Qt::MatchExactly);
        QCOMPARE(ms.size(), 1);
        clickIndex(types, types->indexFromItem(ms.first()));
        clickButton(address, QDialogButtonBox::Ok);
        type(address, QStringLiteral("networkEdit"), QStringLiteral("NWNET"));
        type(address, QStringLiteral("postofficeEdit"), QStringLiteral("PO2"));
        type(address, QStringLiteral("mailboxEdit"), QStringLiteral("$system"));
        snapshot(3, QStringLiteral("msmail-address"), address);
        clickButton(address, QDialogButtonBox::Ok);
        auto* sheet = waitFor<PropertySheet>(m_window.get());
        QVERIFY(sheet);
        QCOMPARE(sheet->findChild<QLineEdit*>(QStringLiteral("targetAddressEdit"))->text(),
                 QStringLiteral("MS:NWNET/PO2/$system"));
        type(sheet, QStringLiteral("displayNameEdit"), QStringLiteral("NWNET/PO2/$system"));
        type(sheet, QStringLiteral("aliasEdit"), QStringLiteral("PO2SYSTEM"));
        clickButton(sheet, QDialogButtonBox::Ok);
        QVERIFY(QTest::qWaitFor([&] { return !sheet->isVisible(); }, 5000));
        QCOMPARE(Prompts::takeRecorded(), QStringList());
        // Hidden from the address book (a Dir-Sync Address is not a person): View > Hidden Recipients.
        chooseMenu(m_window.get(), {QStringLiteral("View"), QStringLiteral("Hidden Recipients")});
        QTRY_VERIFY(listed(x1(), {QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"),
                                  QStringLiteral("Recipients")})
                        .contains(QStringLiteral("NWNET/PO2/$system")));
        snapshot(3, QStringLiteral("system-custom-recipient"));
        chooseMenu(m_window.get(), {QStringLiteral("View"), QStringLiteral("Hidden Recipients")});
    }

    /// Step 4: the Directory Synchronization Server on X1.
    void step4DirsyncServer()
    {
        chooseMenu(m_window.get(), {QStringLiteral("File"), QStringLiteral("New Other"),
                                    QStringLiteral("Directory Synchronization Server")});
        auto* wizard = waitFor<ObjectWizard>(m_window.get());
        QVERIFY(wizard);
        QCOMPARE(
            wizard->currentPage()->findChild<QComboBox*>(QStringLiteral("dxaServerCombo"))->currentText(),
            QStringLiteral("X1"));
        clickNext(wizard); // Schedule: Always
        clickNext(wizard);
        QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("summaryStep"));
        snapshot(4, QStringLiteral("dirsync-server-summary"), wizard);
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !wizard->isVisible(); }, 5000));
        QCOMPARE(Prompts::takeRecorded(), QStringList());
        QVERIFY(clickTreePath(x1()->containerTree(),
                              {QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"),
                               QStringLiteral("Configuration"), QStringLiteral("Connections")})
                    .isValid());
        QTRY_VERIFY(listed(x1(), {QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"),
                                  QStringLiteral("Configuration"), QStringLiteral("Connections")})
                        .contains(QStringLiteral("Directory Synchronization Server")));
        snapshot(4, QStringLiteral("dirsync-server"));
    }

    /// Step 5: a Remote Dir-Sync Requestor for PO1 (direct on X1's connector) and one for PO2
    /// (<non msmail requestor>, its Dir-Sync Address the custom recipient of step 3); and, on the
    /// postoffices, their administrators make them requestors of NORTHWIND/SEATTLE.
    void step5RemoteRequestors()
    {
        ObjectWizard* wizard = newRequestor(Po1);
        QVERIFY(wizard);
        finishRequestor(wizard, [](QWizardPage* address) {
            QVERIFY(address->findChild<QLabel*>(QStringLiteral("dirsyncAddressExplanation"))
                        ->text()
                        .contains(QStringLiteral("NWNET/PO1/$SYSTEM")));
        });

        wizard = newRequestor(QStringLiteral("<non msmail requestor>"));
        QVERIFY(wizard);
        QWizardPage* general = wizard->currentPage();
        type(general, QStringLiteral("displayNameEdit"), QStringLiteral("PO2"));
        type(general, QStringLiteral("directoryNameEdit"), QStringLiteral("PO2"));
        finishRequestor(wizard, [&](QWizardPage* address) {
            QTest::mouseClick(address->findChild<QPushButton*>(QStringLiteral("modifyDirsyncAddressButton")),
                              Qt::LeftButton);
            auto* book = waitFor<AddressBookDialog>(wizard);
            QVERIFY(book);
            pickInCombo(book->findChild<QComboBox*>(QStringLiteral("showNamesCombo")),
                        QStringLiteral("Recipients (SEATTLE)"));
            type(book, QStringLiteral("typeNameEdit"), QStringLiteral("NWNET/PO2"));
            snapshot(5, QStringLiteral("requestor-address-book"), book);
            clickButton(book, QDialogButtonBox::Ok);
            QCOMPARE(address->findChild<QLineEdit*>(QStringLiteral("dirsyncAddressEdit"))->text(),
                     QStringLiteral("NWNET/PO2/$system"));
        });
        QTRY_COMPARE(listed(x1(), {QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"),
                                   QStringLiteral("Configuration"), QStringLiteral("Connections"),
                                   QStringLiteral("Directory Synchronization Server")}),
                     (QStringList{QStringLiteral("PO1"), QStringLiteral("PO2")}));

        // Opened again (double-click), PO2's Dir-Sync Address page names the address chosen.
        ContentsModel* listedNow = x1()->contentsModel();
        QModelIndex po2;
        for (int r = 0; r < listedNow->rowCount() && !po2.isValid(); ++r) {
            if (listedNow->index(r, 0).data().toString() == QLatin1String("PO2"))
                po2 = listedNow->index(r, 0);
        }
        QVERIFY(po2.isValid());
        clickIndex(x1()->contentsView(), po2);
        QTest::mouseDClick(x1()->contentsView()->viewport(), Qt::LeftButton, {},
                           x1()->contentsView()->visualRect(po2).center());
        auto* sheet = waitFor<PropertySheet>(m_window.get());
        QVERIFY(sheet);
        showTab(sheet, QStringLiteral("Dir-Sync Address"));
        QCOMPARE(sheet->findChild<QLineEdit*>(QStringLiteral("dirsyncAddressEdit"))->text(),
                 QStringLiteral("NWNET/PO2/$system"));
        const QString explained =
            sheet->findChild<QLabel*>(QStringLiteral("dirsyncAddressExplanation"))->text();
        QVERIFY2(
            explained.startsWith(QStringLiteral("This requestor's dirsync mail goes to NWNET/PO2/$system")),
            qPrintable(explained));
        snapshot(5, QStringLiteral("requestor-po2-address"), sheet);
        clickButton(sheet, QDialogButtonBox::Cancel);
        QVERIFY(QTest::qWaitFor([&] { return !sheet->isVisible(); }, 5000));

        // The MS Mail side: each postoffice's administrator registers it with the dirsync server.
        for (const QString& postoffice : {Po1, Po2}) {
            const ProcessRun r = po({QStringLiteral("dirsync"), QStringLiteral("requestor"), postoffice,
                                     QStringLiteral("--dirsync-server"), QStringLiteral("NORTHWIND/SEATTLE"),
                                     QStringLiteral("--password"), Password},
                                    m_dir->path());
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        snapshot(5, QStringLiteral("remote-requestors"));
    }

    /// Step 6 (the article's step 2 of the second part): Directory Synchronization and the MS Mail
    /// Connector started, the MTAs stopped and restarted on both servers, and the connector MTA of
    /// the postoffice X1 serves.
    void step6Services()
    {
        chooseMenu(m_window.get(), {QStringLiteral("Tools"), QStringLiteral("Services")});
        auto* dialog = waitFor<ServicesDialog>(m_window.get());
        QVERIFY(dialog);
        QCOMPARE(serviceState(dialog, QStringLiteral("X1"), Services::DirectorySynchronization),
                 QStringLiteral("Stopped"));
        clickServiceButton(dialog, QStringLiteral("X1"), Services::DirectorySynchronization,
                           "startServiceButton");
        QCOMPARE(serviceState(dialog, QStringLiteral("X1"), Services::DirectorySynchronization),
                 QStringLiteral("Running"));
        if (serviceState(dialog, QStringLiteral("X1"), Services::MsMailInterchange) !=
            QLatin1String("Running"))
            clickServiceButton(dialog, QStringLiteral("X1"), Services::MsMailInterchange,
                               "startServiceButton");
        QCOMPARE(serviceState(dialog, QStringLiteral("X1"), Services::MsMailInterchange),
                 QStringLiteral("Running"));
        // On X1 Directory Synchronization needs the MTA: asked, it restarts with it. Nothing on X2
        // needs it, so nothing is asked there.
        for (const QString& server : {QStringLiteral("X1"), QStringLiteral("X2")}) {
            const bool x1 = server == QLatin1String("X1");
            if (x1)
                Prompts::setNextAnswer(QMessageBox::Yes);
            clickServiceButton(dialog, server, Services::Mta, "restartServiceButton");
            const QStringList said = Prompts::takeRecorded();
            QVERIFY2(x1 ? said.size() == 1 &&
                              said.first().contains(
                                  QStringLiteral("is needed by Directory Synchronization. Restart them too?"))
                        : said.isEmpty(),
                     qPrintable(server + QStringLiteral(": ") + said.join(QLatin1Char('\n'))));
            QVERIFY2(dialog->findChild<QLabel*>(QStringLiteral("servicesResultLabel"))
                         ->text()
                         .startsWith(QStringLiteral("On %1: ").arg(server)),
                     qPrintable(dialog->findChild<QLabel*>(QStringLiteral("servicesResultLabel"))->text()));
            QCOMPARE(serviceState(dialog, server, Services::Mta), QStringLiteral("Running"));
        }
        clickServiceButton(dialog, QStringLiteral("X1"), QStringLiteral("PO1 Connector MTA"),
                           "restartServiceButton");
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("servicesResultLabel"))->text(),
                 QStringLiteral("On X1: PO1 Connector MTA restarted."));
        for (const QString& service :
             {Services::Mta, Services::MsMailInterchange, QStringLiteral("PO1 Connector MTA"),
              Services::DirectorySynchronization})
            QCOMPARE(serviceState(dialog, QStringLiteral("X1"), service), QStringLiteral("Running"));
        QCOMPARE(serviceState(dialog, QStringLiteral("X2"), QStringLiteral("PO2 Connector MTA")),
                 QStringLiteral("Running"));
        snapshot(6, QStringLiteral("services"), dialog);
        clickButton(dialog, QDialogButtonBox::Close);
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isVisible(); }, 2000));
    }

    /// Step 7: Synchronize Now, twice, until the postoffices' users are custom recipients in MSMail
    /// Recipients (on X1, and replicated on X2), both postoffices' address lists hold each other's users and
    /// both sites' mailboxes, and Synchronization Status shows both requestors' cycles succeeding.
    void step7CyclesUntilAgreement()
    {
        chooseMenu(m_window.get(), {QStringLiteral("View"), QStringLiteral("Synchronization Status")});
        SyncStatusPanel* panel = m_window->services()->syncStatusPanel();
        QVERIFY(panel);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 5000);
        // The first cycle: the postoffices' T1 send their users, T2 imports them and answers with
        // everyone else, the postoffices' T3 apply the answers.
        synchronizeNow(panel);

        const QStringList msmail{QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"),
                                 QStringLiteral("MSMail Recipients")};
        QTRY_COMPARE_WITH_TIMEOUT(listed(x1(), msmail).size(), 2 * UsersPerPostoffice, AgreementMs);
        const QStringList imported = listed(x1(), msmail);
        QVERIFY(imported.contains(QStringLiteral("Alice Martin")));  // PO1's
        QVERIFY(imported.contains(QStringLiteral("Anna Hoffmann"))); // PO2's
        for (const QString& postoffice : {Po1, Po2}) {
            const QString other = postoffice == Po1 ? Po2 : Po1;
            QTRY_VERIFY_WITH_TIMEOUT(
                countPrefix(gal(postoffice), other + QLatin1Char('/')) == UsersPerPostoffice &&
                    countPrefix(gal(postoffice), QStringLiteral("NORTHWIND/SEATTLE/")) == SeattleMailboxes &&
                    countPrefix(gal(postoffice), QStringLiteral("NORTHWIND/LONDON/")) == LondonMailboxes,
                AgreementMs);
        }
        // The next cycle: the postoffices' T1 confirm what they applied; both requestors are OK.
        synchronizeNow(panel);
        SyncStatusModel* status = panel->statusModel();
        QTRY_COMPARE_WITH_TIMEOUT(status->rowCount(), 2, 10000);
        for (int row = 0; row < 2; ++row) {
            QTRY_COMPARE_WITH_TIMEOUT(status->index(row, SyncStatusModel::StateColumn).data().toString(),
                                      QStringLiteral("OK"), AgreementMs);
            QCOMPARE(status->index(row, SyncStatusModel::ResultColumn).data().toString(),
                     QStringLiteral("success"));
        }
        QTRY_VERIFY_WITH_TIMEOUT(listed(x1(), msmail).size() == 2 * UsersPerPostoffice, 5000);
        snapshot(7, QStringLiteral("agreement-x1"));

        // X2 sees the same through replication: File > Connect to Server > X2.
        chooseMenu(m_window.get(), {QStringLiteral("File"), QStringLiteral("Connect to Server")});
        auto* connect = waitForDialog(m_window.get(), QStringLiteral("connectToServerDialog"));
        QVERIFY(connect);
        type(connect, QStringLiteral("serverEdit"), QStringLiteral("X2"));
        clickButton(connect, QDialogButtonBox::Ok);
        QTRY_COMPARE(m_window->serverWindows().size(), 2);
        ServerWindow* x2 = m_window->activeServerWindow();
        QCOMPARE(x2->server(), QStringLiteral("X2"));
        QTRY_COMPARE_WITH_TIMEOUT(listed(x2, msmail).size(), 2 * UsersPerPostoffice, AgreementMs);
        snapshot(7, QStringLiteral("agreement-x2"));
    }

    /// Step 8: a PO2 user renamed and another deleted at the postoffice; after the next cycles
    /// SEATTLE, LONDON and PO1 agree.
    void step8ChangesAtThePostoffice()
    {
        ProcessRun r = po({QStringLiteral("user"), QStringLiteral("modify"), Po2, QStringLiteral("AHOFF"),
                           QStringLiteral("--name"), QStringLiteral("Anna Hoffmann-Berg")},
                          m_dir->path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = po({QStringLiteral("user"), QStringLiteral("delete"), Po2, QStringLiteral("BEVANS")},
               m_dir->path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        synchronizeNow(m_window->services()->syncStatusPanel());

        const QStringList msmail{QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"),
                                 QStringLiteral("MSMail Recipients")};
        const auto agreed = [&](ServerWindow* w) {
            const QStringList names = listed(w, msmail);
            return names.contains(QStringLiteral("Anna Hoffmann-Berg")) &&
                   !names.contains(QStringLiteral("Anna Hoffmann")) &&
                   !names.contains(QStringLiteral("Brian Evans")) &&
                   names.size() == 2 * UsersPerPostoffice - 1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(agreed(x1()), AgreementMs);
        ServerWindow* x2 = m_window->activeServerWindow();
        QTRY_VERIFY_WITH_TIMEOUT(agreed(x2), AgreementMs);
        QTRY_VERIFY_WITH_TIMEOUT(gal(Po1).value(QStringLiteral("NWNET/PO2/AHOFF")) ==
                                         QLatin1String("Anna Hoffmann-Berg") &&
                                     !gal(Po1).contains(QStringLiteral("NWNET/PO2/BEVANS")),
                                 AgreementMs);
        snapshot(8, QStringLiteral("changes-agreed"));
    }
};

QTEST_MAIN(TestProcedure)
#include "tst_procedure.moc"
