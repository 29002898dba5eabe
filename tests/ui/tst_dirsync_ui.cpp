#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/dirsync/DirsyncServer.h"
#include "core/host/DemoOrganization.h"
#include "tests/support/UiTestSupport.h"
#include "ui/mainwindow/ServerWindow.h"
#include "ui/models/ContentsModel.h"
#include "ui/properties/AddressBookDialog.h"
#include "ui/session/SiteSession.h"
#include "ui/wizards/ObjectWizard.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>
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

    void init() { openDemoWindow(m_dir, m_window, QSize(1100, 720)); }

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
        // Always is every hour: the grid shows every hour filled (it showed none), greyed.
        auto* grid = schedule->findChild<QTableWidget*>(QStringLiteral("scheduleGrid"));
        QVERIFY(!grid->isEnabled());
        for (int hour = 0; hour < 7 * 24; ++hour)
            QVERIFY2(grid->item(hour / 24, hour % 24)->background().style() != Qt::NoBrush,
                     qPrintable(QString::number(hour)));
        savePng(wizard, QStringLiteral("dirsync-server-wizard-schedule"));
        QTest::mouseClick(schedule->findChild<QRadioButton*>(QStringLiteral("neverRadio")), Qt::LeftButton);
        QCOMPARE(grid->item(3, 5)->background().style(), Qt::NoBrush);
        QTest::mouseClick(schedule->findChild<QRadioButton*>(QStringLiteral("alwaysRadio")), Qt::LeftButton);
        wizard->next();
        QWizardPage* summary = wizard->currentPage();
        QCOMPARE(summary->objectName(), QStringLiteral("summaryStep"));
        const QString text = summary->findChild<QTextBrowser*>(QStringLiteral("summaryText"))->toPlainText();
        // The pages' labels and what their fields show, under each page's title; no schema names
        // (issue 20: "Responsible-Local-DXA", "Activation-Style").
        QVERIFY2(text.contains(QStringLiteral("Server\nX1 (SEATTLE)")) &&
                     text.contains(QStringLiteral("Runs\nAlways")) &&
                     text.contains(
                         QStringLiteral("A new Directory Synchronization Server in Connections (SEATTLE)")),
                 qPrintable(text));
        for (const char* raw : {"Responsible-Local-DXA", "Activation-Style", "Common-Name", "Other", "/o="})
            QVERIFY2(!text.contains(QLatin1String(raw)), raw);
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
        const QStringList titles = tabTitles(sheet);
        QCOMPARE(titles, (QStringList{QStringLiteral("General"), QStringLiteral("Schedule"),
                                      QStringLiteral("History"), QStringLiteral("Raw Properties")}));
        QCOMPARE(sheet->findChild<QComboBox*>(QStringLiteral("dxaServerCombo"))->currentText(),
                 QStringLiteral("X1"));
        QVERIFY(sheet->findChild<QCheckBox*>(QStringLiteral("adminCopyCheck"))->isChecked());
        savePng(sheet, QStringLiteral("dirsync-server-general"));
        // Forward incoming messages too, applied.
        QTest::mouseClick(sheet->findChild<QCheckBox*>(QStringLiteral("adminForwardCheck")), Qt::LeftButton);
        clickButton(sheet, QDialogButtonBox::Ok);
        QCOMPARE(DirsyncServer::serverObject(store())->value(attr::DxaAdminForward), QStringLiteral("TRUE"));
    }

private:
    static QStringList tabTitles(QWidget* sheet)
    {
        auto* tabs = sheet->findChild<QTabWidget*>(QStringLiteral("propertyTabs"));
        QStringList titles;
        for (int i = 0; tabs && i < tabs->count(); ++i)
            titles << tabs->tabText(i);
        return titles;
    }
    /// Every cell of a sheet's Raw Properties, as text.
    static QString rawText(QWidget* sheet)
    {
        QString out;
        for (QAbstractItemView* view : sheet->findChildren<QAbstractItemView*>()) {
            QAbstractItemModel* model = view->model();
            for (int r = 0; model && r < model->rowCount(); ++r)
                for (int c = 0; c < model->columnCount(); ++c)
                    out += model->index(r, c).data().toString() + QLatin1Char('\n');
        }
        return out;
    }

    /// The procedure's objects before step 5: the MSMail Recipients container, NWNET/PO2/$system
    /// (step 3) and the Directory Synchronization Server on X1 (step 4).
    void prepareSteps3And4()
    {
        const QString org = QStringLiteral("NORTHWIND");
        const QString site = QStringLiteral("SEATTLE");
        ChangeSet c;
        c.create(QStringLiteral("recipients-container"), SiteBuilder::siteDn(org, site),
                 {{attr::DisplayName, {QStringLiteral("MSMail Recipients")}}},
                 QStringLiteral("MSMail Recipients"));
        c.create(QStringLiteral("custom-recipient"), SiteBuilder::recipientsDn(org, site),
                 {{attr::DisplayName, {QStringLiteral("NWNET/PO2/$system")}},
                  {attr::MailNickname, {QStringLiteral("PO2SYSTEM")}},
                  {attr::TargetAddress, {QStringLiteral("MS:NWNET/PO2/$system")}},
                  {attr::HideFromAddressBook, {QStringLiteral("TRUE")}}});
        c.create(QStringLiteral("custom-recipient"), SiteBuilder::recipientsDn(org, site),
                 {{attr::DisplayName, {QStringLiteral("Ann Postoffice")}},
                  {attr::MailNickname, {QStringLiteral("AnnP")}},
                  {attr::TargetAddress, {QStringLiteral("MS:NWNET/PO2/ANNP")}}});
        c.create(QStringLiteral("dirsync-server"), SiteBuilder::connectionsDn(org, site),
                 {{attr::ResponsibleLocalDxa,
                   {SiteBuilder::serverDn(org, site, QStringLiteral("X1")).toString()}}},
                 QStringLiteral("Dirsync Server"));
        QVERIFY(store().commit(c).ok());
    }
    ObjectWizard* startRequestorWizard()
    {
        openNewOtherMenu();
        QAction* a = m_window->action(QStringLiteral("actionNewRemoteDirSyncRequestor"));
        if (!a->isEnabled())
            return nullptr;
        a->trigger();
        return waitFor<ObjectWizard>(m_window.get());
    }
    void choose(ObjectWizard* wizard, const QString& entry)
    {
        auto* list = wizard->currentPage()->findChild<QListWidget*>(QStringLiteral("requestorChoiceList"));
        QVERIFY(list);
        const auto found = list->findItems(entry, Qt::MatchExactly);
        QVERIFY2(!found.isEmpty(), qPrintable(entry));
        list->setCurrentItem(found.first());
    }
    void exportBothRecipients(QWidget* page)
    {
        auto* site = page->findChild<QComboBox*>(QStringLiteral("exportSiteCombo"));
        auto* available = page->findChild<QListWidget*>(QStringLiteral("availableContainersList"));
        for (const QString& s : {QStringLiteral("SEATTLE"), QStringLiteral("LONDON")}) {
            site->setCurrentText(s);
            const auto items = available->findItems(QStringLiteral("Recipients"), Qt::MatchExactly);
            QVERIFY2(!items.isEmpty(), qPrintable(s));
            available->setCurrentItem(items.first());
            QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("addExportButton")),
                              Qt::LeftButton);
        }
        QCOMPARE(page->findChild<QListWidget*>(QStringLiteral("exportedContainersList"))->count(), 2);
        QVERIFY(!page->findChild<QLabel*>(QStringLiteral("exportWarning"))->isVisible());
    }

    /// On the Import Container step: MSMail Recipients, then both sites' Recipients exported; one
    /// step past the Export Containers.
    void importAndExport(ObjectWizard* wizard)
    {
        QCOMPARE(wizard->currentPage()->title(), QStringLiteral("Import Container"));
        wizard->currentPage()
            ->findChild<QComboBox*>(QStringLiteral("importContainerCombo"))
            ->setCurrentText(QStringLiteral("MSMail Recipients (SEATTLE)"));
        wizard->next();
        exportBothRecipients(wizard->currentPage());
        wizard->next();
    }

private Q_SLOTS:
    void remoteRequestorForADirectPostoffice()
    {
        QVERIFY(!startRequestorWizard()); // not before the dirsync server
        prepareSteps3And4();
        ObjectWizard* wizard = startRequestorWizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->windowTitle(), QStringLiteral("New Remote Dir-Sync Requestor"));
        // The postoffices direct on X1's connector, and <non msmail requestor>.
        auto* list = wizard->currentPage()->findChild<QListWidget*>(QStringLiteral("requestorChoiceList"));
        QStringList entries;
        for (int i = 0; i < list->count(); ++i)
            entries << list->item(i)->text();
        QCOMPARE(entries,
                 (QStringList{QStringLiteral("NWNET/PO1"), QStringLiteral("<non msmail requestor>")}));
        choose(wizard, QStringLiteral("NWNET/PO1"));
        savePng(wizard, QStringLiteral("remote-requestor-wizard-choice"));
        wizard->next();
        QWizardPage* general = wizard->currentPage();
        QCOMPARE(general->title(), QStringLiteral("General"));
        QCOMPARE(general->findChild<QLineEdit*>(QStringLiteral("displayNameEdit"))->text(),
                 QStringLiteral("PO1"));
        // No password, then a short one: refused on the page, with the reason (PasswordRule).
        auto* problem = general->findChild<QLabel*>(QStringLiteral("remoteRequestorGeneralPageProblem"));
        wizard->next();
        QCOMPARE(wizard->currentPage(), general);
        QVERIFY2(problem->isVisible() && problem->text().contains(QStringLiteral("is empty")),
                 qPrintable(problem->text()));
        type(general, QStringLiteral("passwordEdit"), QStringLiteral("abc"));
        type(general, QStringLiteral("confirmPasswordEdit"), QStringLiteral("abc"));
        wizard->next();
        QCOMPARE(wizard->currentPage(), general);
        QVERIFY2(problem->text().contains(QStringLiteral("at least 6 characters")),
                 qPrintable(problem->text()));
        savePng(wizard, QStringLiteral("remote-requestor-wizard-password-too-short"));
        type(general, QStringLiteral("passwordEdit"), QStringLiteral("secret"));
        type(general, QStringLiteral("confirmPasswordEdit"), QStringLiteral("secreT"));
        wizard->next();
        QCOMPARE(wizard->currentPage(), general); // the two differ
        // The focus is in the field to correct, not on Next (issue 20).
        QTRY_COMPARE(QApplication::focusWidget(),
                     general->findChild<QLineEdit*>(QStringLiteral("confirmPasswordEdit")));
        QVERIFY(
            general->findChild<QLabel*>(QStringLiteral("remoteRequestorGeneralPageProblem"))->isVisible());
        savePng(wizard, QStringLiteral("remote-requestor-wizard-password-refused"));
        type(general, QStringLiteral("confirmPasswordEdit"), QStringLiteral("secret"));
        savePng(wizard, QStringLiteral("remote-requestor-wizard-general"));
        wizard->next();
        QWizardPage* address = wizard->currentPage();
        QCOMPARE(address->title(), QStringLiteral("Dir-Sync Address"));
        QVERIFY(address->findChild<QLabel*>(QStringLiteral("dirsyncAddressExplanation"))
                    ->text()
                    .contains(QStringLiteral("NWNET/PO1/$SYSTEM")));
        savePng(wizard, QStringLiteral("remote-requestor-wizard-address"));
        wizard->next();
        QWizardPage* import = wizard->currentPage();
        QCOMPARE(import->title(), QStringLiteral("Import Container"));
        wizard->next();
        QCOMPARE(wizard->currentPage(), import); // a container is needed
        import->findChild<QComboBox*>(QStringLiteral("importContainerCombo"))
            ->setCurrentText(QStringLiteral("MSMail Recipients (SEATTLE)"));
        import->findChild<QSpinBox*>(QStringLiteral("importTrustSpin"))->setValue(5);
        savePng(wizard, QStringLiteral("remote-requestor-wizard-import"));
        wizard->next();
        QWizardPage* exports = wizard->currentPage();
        QCOMPARE(exports->title(), QStringLiteral("Export Containers"));
        QVERIFY(exports->findChild<QLabel*>(QStringLiteral("exportWarning"))->isVisible()); // nothing yet
        // Tab goes as the eye does.
        QStringList order;
        QWidget* w = exports->findChild<QWidget*>(QStringLiteral("exportSiteCombo"));
        for (int i = 0; i < 7 && w; ++i, w = w->nextInFocusChain()) {
            // Widgets a person tabs to (a spin box's own line edit is part of the spin box).
            while (w && ((w->focusPolicy() & Qt::TabFocus) == 0 ||
                         w->objectName().startsWith(QLatin1String("qt_"))))
                w = w->nextInFocusChain();
            if (w)
                order << w->objectName();
        }
        QCOMPARE(order,
                 (QStringList{QStringLiteral("exportSiteCombo"), QStringLiteral("availableContainersList"),
                              QStringLiteral("addExportButton"), QStringLiteral("removeExportButton"),
                              QStringLiteral("exportedContainersList"), QStringLiteral("exportTrustSpin"),
                              QStringLiteral("exportCustomCheck")}));
        exportBothRecipients(exports);
        savePng(wizard, QStringLiteral("remote-requestor-wizard-export"));
        wizard->next();
        savePng(wizard, QStringLiteral("remote-requestor-wizard-summary"));
        // The summary shows the password as the mask: neither the password nor its length.
        const QString summary =
            wizard->currentPage()->findChild<QTextBrowser*>(QStringLiteral("summaryText"))->toPlainText();
        QVERIFY2(summary.contains(QStringLiteral("********")), qPrintable(summary));
        for (const char* shown :
             {"Postoffice\nNWNET/PO1", "Requestor language\nEnglish",
              "Container\nMSMail Recipients (SEATTLE)", "Import Container", "Export Containers"})
            QVERIFY2(summary.contains(QLatin1String(shown)), qPrintable(summary));
        for (const char* raw : {"DXA-", "Trust-Level", "Other"})
            QVERIFY2(!summary.contains(QLatin1String(raw)), qPrintable(summary));
        QVERIFY(!summary.contains(QChar(0x25CF)));
        QVERIFY(!summary.contains(QStringLiteral("secret")));
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!wizard->isVisible());

        auto made = store().object(
            Dn::parse(QStringLiteral(
                          "/o=NORTHWIND/ou=SEATTLE/cn=Configuration/cn=Connections/cn=Dirsync Server/cn=PO1"))
                .value());
        QVERIFY(made.ok());
        QCOMPARE(made->value(attr::DxaReqName), QStringLiteral("NWNET/PO1"));
        QCOMPARE(made->value(attr::DxaPassword), QStringLiteral("secret"));
        QCOMPARE(made->value(attr::ImportTrustLevel), QStringLiteral("5"));
        QCOMPARE(made->valuesOf(attr::ExportContainers).size(), 2);
        auto hidden = store().object(Dn::parse(made->value(attr::DxaDirsyncAddress)).value());
        QVERIFY(hidden.ok());
        QCOMPARE(hidden->value(attr::TargetAddress), QStringLiteral("MS:NWNET/PO1/$SYSTEM"));

        // A second requestor for the same postoffice is refused at the first step.
        wizard = startRequestorWizard();
        QVERIFY(wizard);
        choose(wizard, QStringLiteral("NWNET/PO1"));
        wizard->next();
        QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("requestorChoiceStep"));
        QVERIFY(wizard->currentPage()
                    ->findChild<QLabel*>(QStringLiteral("choiceProblem"))
                    ->text()
                    .contains(QStringLiteral("has a requestor already: PO1")));
        savePng(wizard, QStringLiteral("remote-requestor-wizard-second-refused"));
        wizard->reject();

        // The dirsync server in the tree lists its requestors on the right.
        ServerWindow* window = m_window->activeServerWindow();
        QVERIFY(window->selectContainer(made->dn.parent()));
        QTRY_COMPARE(window->contentsModel()->rowCount(), 1);
        savePng(m_window.get(), QStringLiteral("dirsync-server-contents"));

        // Its property sheet: the same pages; the import container fixed; the numbers in raw mode.
        m_window->showProperties(made.value());
        auto* sheet = waitFor<PropertySheet>(m_window.get());
        QVERIFY(sheet);
        QVERIFY(!sheet->findChild<QComboBox*>(QStringLiteral("importContainerCombo"))->isEnabled());
        showTab(sheet, QStringLiteral("Export Containers"));
        savePng(sheet, QStringLiteral("remote-requestor-export-containers"));
        showTab(sheet, QStringLiteral("Raw Properties"));
        const QString raw = rawText(sheet);
        for (const char* number : {"DXA-Req-Seq", "DXA-Svr-Seq", "DXA-Conf-Seq", "DXA-Imp-Seq"})
            QVERIFY2(raw.contains(QLatin1String(number)), number);
        savePng(sheet, QStringLiteral("remote-requestor-raw"));
        clickButton(sheet, QDialogButtonBox::Cancel);
    }

    void requestorSheetCancelsAndApplies()
    {
        prepareSteps3And4();
        const Dn server = SiteBuilder::connectionsDn(QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"))
                              .child(QStringLiteral("cn"), QStringLiteral("Dirsync Server"));
        ChangeSet c;
        c.create(QStringLiteral("remote-dirsync-requestor"), server,
                 {{attr::DxaReqName, {QStringLiteral("NWNET/PO1")}},
                  {attr::DxaPassword, {QStringLiteral("syncpw1")}},
                  {attr::ImportContainer, {QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=MSMail Recipients")}}},
                 QStringLiteral("PO1"));
        QVERIFY(store().commit(c).ok());
        const Dn dn = server.child(QStringLiteral("cn"), QStringLiteral("PO1"));
        const QString sitePath = m_window->organization().sitePath(QStringLiteral("SEATTLE"));
        const auto edit = [&](PropertySheet* sheet) {
            showTab(sheet, QStringLiteral("General"));
            QTest::mouseClick(sheet->findChild<QCheckBox*>(QStringLiteral("appendNameCheck")),
                              Qt::LeftButton);
            showTab(sheet, QStringLiteral("Import Container"));
            sheet->findChild<QSpinBox*>(QStringLiteral("importTrustSpin"))->setValue(7);
            showTab(sheet, QStringLiteral("Export Containers"));
            exportBothRecipients(sheet->findChild<QWidget*>(QStringLiteral("exportContainersPage")));
            sheet->findChild<QCheckBox*>(QStringLiteral("exportCustomCheck"))->setChecked(true);
        };
        // Cancel: nothing written.
        const QString before = databaseDigest(sitePath);
        m_window->showProperties(store().object(dn).value());
        auto* sheet = waitFor<PropertySheet>(m_window.get());
        QVERIFY(sheet);
        edit(sheet);
        clickButton(sheet, QDialogButtonBox::Cancel);
        QTRY_VERIFY(!sheet->isVisible());
        QCOMPARE(databaseDigest(sitePath), before);
        // Apply: every page's edits in one change.
        m_window->showProperties(store().object(dn).value());
        sheet = waitFor<PropertySheet>(m_window.get());
        QVERIFY(sheet);
        edit(sheet);
        auto* box = sheet->findChild<QDialogButtonBox*>(QStringLiteral("propertyButtons"));
        box->button(QDialogButtonBox::Apply)->click();
        auto after = store().object(dn);
        QCOMPARE(after->value(attr::DxaAppendReqCn), QStringLiteral("TRUE"));
        QCOMPARE(after->value(attr::ImportTrustLevel), QStringLiteral("7"));
        QCOMPARE(after->valuesOf(attr::ExportContainers).size(), 2);
        QCOMPARE(after->value(attr::ExportCustomRecipients), QStringLiteral("TRUE"));
        QVERIFY(!box->button(QDialogButtonBox::Apply)->isEnabled()); // applied: nothing left to apply
        clickButton(sheet, QDialogButtonBox::Cancel);
    }

    void remoteRequestorForAPostofficeOfAnotherServer()
    {
        prepareSteps3And4();
        ObjectWizard* wizard = startRequestorWizard();
        QVERIFY(wizard);
        choose(wizard, QStringLiteral("<non msmail requestor>"));
        wizard->next();
        QWizardPage* general = wizard->currentPage();
        type(general, QStringLiteral("displayNameEdit"), QStringLiteral("PO2"));
        type(general, QStringLiteral("directoryNameEdit"), QStringLiteral("PO2"));
        type(general, QStringLiteral("passwordEdit"), QStringLiteral("syncpw1"));
        type(general, QStringLiteral("confirmPasswordEdit"), QStringLiteral("syncpw1"));
        wizard->next();
        QWizardPage* address = wizard->currentPage();
        wizard->next();
        QCOMPARE(wizard->currentPage(), address); // the address is the administrator's to choose
        // Dirsync Address...: the hidden NWNET/PO2/$system custom recipient of step 3.
        QTest::mouseClick(address->findChild<QPushButton*>(QStringLiteral("modifyDirsyncAddressButton")),
                          Qt::LeftButton);
        auto* book = waitFor<AddressBookDialog>(wizard);
        QVERIFY(book);
        QVERIFY(book->showNamesFrom(
            SiteBuilder::recipientsDn(QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"))));
        // Only $SYSTEM custom recipients are offered (issue 20: every custom recipient was): not the
        // MS Mail person beside it, not an Internet one.
        auto* names = book->findChild<QAbstractItemView*>(QStringLiteral("namesView"));
        QStringList offered;
        for (int row = 0; row < names->model()->rowCount(); ++row)
            offered << names->model()->index(row, 0).data().toString();
        QCOMPARE(offered, QStringList{QStringLiteral("NWNET/PO2/$system")});
        book->typeName(QStringLiteral("NWNET/PO2"));
        savePng(book, QStringLiteral("remote-requestor-address-book"));
        clickButton(book, QDialogButtonBox::Ok);
        QCOMPARE(address->findChild<QLineEdit*>(QStringLiteral("dirsyncAddressEdit"))->text(),
                 QStringLiteral("NWNET/PO2/$system"));
        savePng(wizard, QStringLiteral("remote-requestor-wizard-address-chosen"));
        wizard->next();
        importAndExport(wizard);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!wizard->isVisible());
        auto made = store().object(
            Dn::parse(QStringLiteral(
                          "/o=NORTHWIND/ou=SEATTLE/cn=Configuration/cn=Connections/cn=Dirsync Server/cn=PO2"))
                .value());
        QVERIFY(made.ok());
        QCOMPARE(made->value(attr::DxaReqName), QStringLiteral("NWNET/PO2"));
        QVERIFY(made->value(attr::DxaDirsyncAddress).endsWith(QStringLiteral("cn=PO2SYSTEM")));

        // A second requestor with the same $SYSTEM recipient is refused as the address is chosen, by
        // name, not at Finish with a DN (issue 20); nothing is written.
        const QString before = databaseDigest(m_window->organization().sitePath(QStringLiteral("SEATTLE")));
        wizard = startRequestorWizard();
        QVERIFY(wizard);
        choose(wizard, QStringLiteral("<non msmail requestor>"));
        wizard->next();
        general = wizard->currentPage();
        type(general, QStringLiteral("displayNameEdit"), QStringLiteral("PO2 again"));
        type(general, QStringLiteral("directoryNameEdit"), QStringLiteral("PO2again"));
        type(general, QStringLiteral("passwordEdit"), QStringLiteral("syncpw1"));
        type(general, QStringLiteral("confirmPasswordEdit"), QStringLiteral("syncpw1"));
        wizard->next();
        address = wizard->currentPage();
        QTest::mouseClick(address->findChild<QPushButton*>(QStringLiteral("modifyDirsyncAddressButton")),
                          Qt::LeftButton);
        book = waitFor<AddressBookDialog>(wizard);
        QVERIFY(book);
        book->typeName(QStringLiteral("NWNET/PO2"));
        clickButton(book, QDialogButtonBox::Ok);
        wizard->next();
        QCOMPARE(wizard->currentPage(), address);
        auto* problem = address->findChild<QLabel*>(QStringLiteral("dirsyncAddressPageProblem"));
        QVERIFY(problem && problem->isVisible());
        QCOMPARE(
            problem->text(),
            QStringLiteral("NWNET/PO2 already has a requestor, PO2, which receives its dirsync mail at "
                           "NWNET/PO2/$system. A postoffice has one requestor: open that one, or choose the "
                           "$SYSTEM recipient of another postoffice."));
        wizard->reject();
        QCOMPARE(databaseDigest(m_window->organization().sitePath(QStringLiteral("SEATTLE"))), before);
    }

    void dirsyncRequestorOfAPostofficeServer()
    {
        ChangeSet c;
        c.create(QStringLiteral("recipients-container"),
                 SiteBuilder::siteDn(QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE")),
                 {{attr::DisplayName, {QStringLiteral("MSMail Recipients")}}},
                 QStringLiteral("MSMail Recipients"));
        QVERIFY(store().commit(c).ok());
        openNewOtherMenu();
        QAction* a = m_window->action(QStringLiteral("actionNewDirSyncRequestor"));
        QVERIFY(a->isEnabled());
        a->trigger();
        auto* wizard = waitFor<ObjectWizard>(m_window.get());
        QVERIFY(wizard);
        QCOMPARE(wizard->windowTitle(), QStringLiteral("New Dir-Sync Requestor"));
        choose(wizard, QStringLiteral("NWNET/PO1"));
        QVERIFY(wizard->currentPage()
                    ->findChild<QListWidget*>(QStringLiteral("requestorChoiceList"))
                    ->findItems(QStringLiteral("Non MSMail Dirsync Server"), Qt::MatchExactly)
                    .size() == 1);
        savePng(wizard, QStringLiteral("dirsync-requestor-wizard-choice"));
        wizard->next();
        QWizardPage* general = wizard->currentPage();
        QCOMPARE(general->findChild<QLineEdit*>(QStringLiteral("displayNameEdit"))->text(),
                 QStringLiteral("PO1"));
        type(general, QStringLiteral("addressTypesEdit"), QStringLiteral("PCM, SMTP, x.400"));
        wizard->next();
        QCOMPARE(wizard->currentPage(), general); // x.400 is no address type
        QTRY_COMPARE(QApplication::focusWidget(),
                     general->findChild<QLineEdit*>(QStringLiteral("addressTypesEdit")));
        type(general, QStringLiteral("addressTypesEdit"), QStringLiteral("PCM, SMTP"));
        savePng(wizard, QStringLiteral("dirsync-requestor-wizard-general"));
        wizard->next();
        QWizardPage* settings = wizard->currentPage();
        QCOMPARE(settings->title(), QStringLiteral("Settings"));
        wizard->next(); // no password: refused on the page
        QCOMPARE(wizard->currentPage(), settings);
        QVERIFY(settings->findChild<QLabel*>(QStringLiteral("dirsyncSettingsPageProblem"))
                    ->text()
                    .contains(QStringLiteral("The dirsync password is empty")));
        type(settings, QStringLiteral("dirsyncPasswordEdit"), QStringLiteral("xxxxxxx"));
        wizard->next();
        QCOMPARE(wizard->currentPage(), settings);
        QVERIFY(settings->findChild<QLabel*>(QStringLiteral("dirsyncSettingsPageProblem"))
                    ->text()
                    .contains(QStringLiteral("one character repeated")));
        type(settings, QStringLiteral("dirsyncPasswordEdit"), QStringLiteral("syncpw1"));
        QVERIFY(settings->findChild<QCheckBox*>(QStringLiteral("sendUpdatesCheck"))->isChecked());
        QVERIFY(settings->findChild<QCheckBox*>(QStringLiteral("receiveUpdatesCheck"))->isChecked());
        savePng(wizard, QStringLiteral("dirsync-requestor-wizard-settings"));
        wizard->next();
        QCOMPARE(wizard->currentPage()->title(), QStringLiteral("Dir-Sync Address"));
        wizard->next();
        importAndExport(wizard);
        QWizardPage* schedule = wizard->currentPage();
        QCOMPARE(schedule->title(), QStringLiteral("Schedule"));
        QTest::mouseClick(schedule->findChild<QRadioButton*>(QStringLiteral("alwaysRadio")), Qt::LeftButton);
        wizard->next();
        savePng(wizard, QStringLiteral("dirsync-requestor-wizard-summary"));
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!wizard->isVisible());
        auto made = store().object(
            Dn::parse(QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Configuration/cn=Connections/cn=PO1"))
                .value());
        QVERIFY(made.ok());
        QCOMPARE(made->cls->name, QStringLiteral("dirsync-requestor"));
        QCOMPARE(made->value(attr::DxaReqName), QStringLiteral("NWNET/PO1"));
        QCOMPARE(made->valuesOf(attr::DxaTypes),
                 (QStringList{QStringLiteral("PCM"), QStringLiteral("SMTP")}));
        QCOMPARE(made->value(attr::DxaPassword), QStringLiteral("syncpw1"));
        QCOMPARE(made->value(attr::DxaExchangeOptions), QStringLiteral("3"));
        auto hidden = store().object(Dn::parse(made->value(attr::DxaDirsyncAddress)).value());
        QCOMPARE(hidden->value(attr::TargetAddress), QStringLiteral("MS:NWNET/PO1/$SYSTEM"));
        // One role per organization: neither wizard is offered now.
        openNewOtherMenu();
        QVERIFY(!a->isEnabled());
        QVERIFY(!newServerAction()->isEnabled());
    }

    void templatesOfTheServersDirectorySynchronization()
    {
        const Dn dxa = SiteBuilder::serverDn(QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"),
                                             QStringLiteral("X1"))
                           .child(QStringLiteral("cn"), QStringLiteral("Microsoft DXA"));
        m_window->showProperties(store().object(dxa).value());
        auto* sheet = waitFor<PropertySheet>(m_window.get());
        QVERIFY(sheet);
        const QStringList titles = tabTitles(sheet);
        QCOMPARE(titles,
                 (QStringList{QStringLiteral("General"), QStringLiteral("E-mail Addresses"),
                              QStringLiteral("Delivery Restrictions"), QStringLiteral("Incoming Templates"),
                              QStringLiteral("Outgoing Templates"), QStringLiteral("Diagnostics Logging"),
                              QStringLiteral("History"), QStringLiteral("Raw Properties")}));
        showTab(sheet, QStringLiteral("E-mail Addresses"));
        auto* addresses = sheet->findChild<QTreeWidget*>(QStringLiteral("dxaAddressList"));
        QVERIFY(addresses);
        QCOMPARE(addresses->topLevelItemCount(), 2);
        QCOMPARE(addresses->topLevelItem(0)->text(1), QStringLiteral("NORTHWIND/SEATTLE/$SYSTEM"));
        QCOMPARE(addresses->topLevelItem(1)->text(1), QStringLiteral("NORTHWIND/SEATTLE/SYSTEM1"));
        savePng(sheet, QStringLiteral("directory-synchronization-addresses"));
        showTab(sheet, QStringLiteral("Incoming Templates"));
        QWidget* page = sheet->findChild<QWidget*>(QStringLiteral("incomingTemplatesPage"));
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("newValueButton")), Qt::LeftButton);
        auto* dialog = waitForDialog(sheet, QStringLiteral("templateMapDialog"));
        QVERIFY(dialog);
        clickButton(dialog, QDialogButtonBox::Ok);
        QVERIFY(dialog->isVisible()); // no prompt typed
        type(dialog, QStringLiteral("templatePromptEdit"), QStringLiteral("Department"));
        dialog->findChild<QComboBox*>(QStringLiteral("templateAttributeCombo"))
            ->setCurrentText(QStringLiteral("Department"));
        savePng(dialog, QStringLiteral("directory-synchronization-template-mapping"));
        clickButton(dialog, QDialogButtonBox::Ok);
        savePng(sheet, QStringLiteral("directory-synchronization-incoming-templates"));
        showTab(sheet, QStringLiteral("Diagnostics Logging"));
        sheet->findChild<QComboBox*>(QStringLiteral("levelEventHandlerCombo"))
            ->setCurrentText(QStringLiteral("Maximum"));
        savePng(sheet, QStringLiteral("directory-synchronization-diagnostics-logging"));
        clickButton(sheet, QDialogButtonBox::Ok);
        QTRY_VERIFY(!sheet->isVisible());
        QCOMPARE(store().object(dxa)->valuesOf(attr::DxaInTemplateMap),
                 QStringList{QStringLiteral("Department:|Department")});
        QVERIFY(store()
                    .object(dxa)
                    ->valuesOf(attr::DiagnosticsLogging)
                    .contains(QStringLiteral("Event Handler|Maximum")));
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
