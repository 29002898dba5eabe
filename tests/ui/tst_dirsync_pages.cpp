#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/dirsync/DirsyncServer.h"
#include "core/host/DemoOrganization.h"
#include "core/services/Schedule.h"
#include "tests/support/UiTestSupport.h"
#include "ui/dialogs/AddressEntryDialog.h"
#include "ui/mainwindow/ServerWindow.h"
#include "ui/models/ContentsModel.h"
#include "ui/properties/RawPropertiesPage.h"
#include "ui/session/SiteSession.h"
#include "ui/wizards/ObjectWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizard>

using namespace sa::core;
using namespace sa::ui;
using namespace sa::test;

/// The property pages of the directory synchronization objects as an administrator meets them
/// after the wizards: the Directory Synchronization Server, a Remote Dir-Sync Requestor, the
/// site's Dir-Sync Requestor and a server's Directory Synchronization object. Every tab and every
/// wizard step reads in Tab order as the eye does; edits on several tabs are all written by Apply
/// and none by Cancel; the window's refusals (deleting the server before its requestors, a second
/// $SYSTEM custom recipient) say what to do and write nothing.
class TestDirsyncPages : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

    static inline const QString Org = QStringLiteral("NORTHWIND");
    static inline const QString Site = QStringLiteral("SEATTLE");

    DirectoryStore& store() const { return m_window->activeServerWindow()->session().store(); }
    QString sitePath() const { return m_window->organization().sitePath(Site); }
    static Dn msmailRecipients()
    {
        return SiteBuilder::siteDn(Org, Site).child(QStringLiteral("cn"),
                                                    QStringLiteral("MSMail Recipients"));
    }
    static Dn serverDn()
    {
        return SiteBuilder::connectionsDn(Org, Site).child(QStringLiteral("cn"),
                                                           QStringLiteral("Dirsync Server"));
    }
    static Dn dxaDn()
    {
        return SiteBuilder::serverDn(Org, Site, QStringLiteral("X1"))
            .child(QStringLiteral("cn"), QStringLiteral("Microsoft DXA"));
    }
    QString x1() const { return SiteBuilder::serverDn(Org, Site, QStringLiteral("X1")).toString(); }

    /// The procedure's objects after step 5 for PO1: MSMail Recipients, the dirsync server and the
    /// Remote Dir-Sync Requestor of PO1.
    void makeServerAndRequestor()
    {
        ChangeSet c;
        c.create(QStringLiteral("recipients-container"), SiteBuilder::siteDn(Org, Site),
                 {{attr::DisplayName, {QStringLiteral("MSMail Recipients")}}},
                 QStringLiteral("MSMail Recipients"));
        c.create(QStringLiteral("dirsync-server"), SiteBuilder::connectionsDn(Org, Site),
                 {{attr::ResponsibleLocalDxa, {x1()}}}, QStringLiteral("Dirsync Server"));
        QVERIFY(store().commit(c).ok());
        ChangeSet r;
        r.create(QStringLiteral("remote-dirsync-requestor"), serverDn(),
                 {{attr::DxaReqName, {QStringLiteral("NWNET/PO1")}},
                  {attr::DxaPassword, {QStringLiteral("syncpw1")}},
                  {attr::ImportContainer, {msmailRecipients().toString()}}},
                 QStringLiteral("PO1"));
        QVERIFY(store().commit(r).ok());
    }
    PropertySheet* openSheet(const Dn& dn)
    {
        auto o = store().object(dn);
        if (!o)
            return nullptr;
        m_window->showProperties(o.value());
        return waitFor<PropertySheet>(m_window.get());
    }
    static QStringList tabTitles(QWidget* sheet)
    {
        auto* tabs = sheet->findChild<QTabWidget*>(QStringLiteral("propertyTabs"));
        QStringList titles;
        for (int i = 0; tabs && i < tabs->count(); ++i)
            titles << tabs->tabText(i).remove(QLatin1Char('&'));
        return titles;
    }
    /// Turns to every tab of `sheet`: each has something to reach with Tab, reached as it reads; a
    /// PNG of each as `prefix`-tab.png.
    static void checkEveryTab(PropertySheet* sheet, const QString& prefix)
    {
        auto* tabs = sheet->findChild<QTabWidget*>(QStringLiteral("propertyTabs"));
        for (const QString& title : tabTitles(sheet)) {
            showTab(sheet, title);
            QWidget* page = tabs->currentWidget();
            QTest::qWait(0); // laid out
            const QList<QWidget*> order = tabOrder(page);
            QVERIFY2(!order.isEmpty(), qPrintable(title + QStringLiteral(": nothing to tab to")));
            const QStringList problems = readingOrderProblems(page);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(title + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
            QString file = title.toLower();
            file.replace(QLatin1Char(' '), QLatin1Char('-'));
            savePng(sheet, prefix + QLatin1Char('-') + file);
        }
    }
    /// Clicks a check box where a person does: on its box, at the left (a check box stretched
    /// across a group box does not toggle when clicked right of its text).
    static void clickCheck(QWidget* sheet, const QString& name)
    {
        auto* box = sheet->findChild<QCheckBox*>(name);
        QVERIFY2(box, qPrintable(name));
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    }
    /// Clicks the row of `dn` in the window's contents pane, as a person selects an object.
    void clickRow(ServerWindow* w, const Dn& dn)
    {
        const qint64 id = store().object(dn)->id;
        QTRY_VERIFY(w->contentsModel()->rowOfId(id) >= 0);
        const QModelIndex index = w->contentsModel()->index(w->contentsModel()->rowOfId(id), 0);
        QTest::mouseClick(w->contentsView()->viewport(), Qt::LeftButton, {},
                          w->contentsView()->visualRect(index).center());
        QCOMPARE(w->selectedObjects().value(0).dn.toString(), dn.toString());
    }
    static void clickCell(QTableWidget* grid, int row, int column)
    {
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {},
                          grid->visualItemRect(grid->item(row, column)).center());
    }

private Q_SLOTS:
    void initTestCase() { startGuiTests(QStringLiteral("siteadmin-test-dirsync-pages")); }

    void init()
    {
        auto org = freshDemo(m_dir, false);
        QVERIFY(org);
        openMainWindow(m_window, org.value(), QStringLiteral("X1"), QSize(1100, 720));
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
        // An answer no question took would answer the next test's first question.
        const int unasked = Prompts::pendingAnswers();
        while (Prompts::pendingAnswers() > 0)
            Prompts::question(nullptr, {}, {});
        Prompts::takeRecorded();
        QCOMPARE(unasked, 0);
    }

    void readingOrderCheckSeesATabBackUp()
    {
        // The check the pages below pass, shown to fail where Tab jumps back up the page.
        QWidget page;
        auto* layout = new QVBoxLayout(&page);
        QList<QLineEdit*> edits;
        for (const char* name : {"top", "middle", "bottom"}) {
            edits << new QLineEdit;
            edits.last()->setObjectName(QLatin1String(name));
            layout->addWidget(edits.last());
        }
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(readingOrderProblems(&page).isEmpty());
        QWidget::setTabOrder(edits.at(0), edits.at(2));
        QWidget::setTabOrder(edits.at(2), edits.at(1));
        QCOMPARE(readingOrderProblems(&page), QStringList{QStringLiteral("bottom -> middle goes up")});
    }

    void everyServerRequestorAndDxaPageReadsInTabOrder()
    {
        makeServerAndRequestor();
        for (const auto& [dn, prefix] :
             {std::pair{serverDn(), QStringLiteral("page-dirsync-server")},
              std::pair{serverDn().child(QStringLiteral("cn"), QStringLiteral("PO1")),
                        QStringLiteral("page-remote-requestor")},
              std::pair{dxaDn(), QStringLiteral("page-directory-synchronization")}}) {
            PropertySheet* sheet = openSheet(dn);
            QVERIFY2(sheet, qPrintable(dn.toString()));
            checkEveryTab(sheet, prefix);
            if (QTest::currentTestFailed())
                return;
            clickButton(sheet, QDialogButtonBox::Cancel);
            QTRY_VERIFY(!sheet->isVisible());
        }
    }

    void everyWizardStepReadsInTabOrderAndFinishes()
    {
        const auto check = [](QWizard* wizard) {
            QWizardPage* page = wizard->currentPage();
            QTest::qWait(0);
            const QStringList problems = readingOrderProblems(page);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(page->title() + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
        };
        // The Directory Synchronization Server: General, Schedule, summary.
        auto* menu = m_window->findChild<QMenu*>(QStringLiteral("menuNewOther"));
        Q_EMIT menu->aboutToShow();
        m_window->action(QStringLiteral("actionNewDirSyncServer"))->trigger();
        auto* wizard = waitFor<ObjectWizard>(m_window.get());
        QVERIFY(wizard);
        for (int step = 0; step < 3; ++step) {
            check(wizard);
            wizard->next();
        }
        QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("summaryStep"));
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!wizard->isVisible());

        // The Remote Dir-Sync Requestor of PO1: the choice, General, Dir-Sync Address, Import
        // Container, Export Containers, summary.
        ChangeSet c;
        c.create(QStringLiteral("recipients-container"), SiteBuilder::siteDn(Org, Site),
                 {{attr::DisplayName, {QStringLiteral("MSMail Recipients")}}},
                 QStringLiteral("MSMail Recipients"));
        QVERIFY(store().commit(c).ok());
        Q_EMIT menu->aboutToShow();
        m_window->action(QStringLiteral("actionNewRemoteDirSyncRequestor"))->trigger();
        wizard = waitFor<ObjectWizard>(m_window.get());
        QVERIFY(wizard);
        check(wizard);
        auto* list = wizard->currentPage()->findChild<QListWidget*>(QStringLiteral("requestorChoiceList"));
        list->setCurrentItem(list->findItems(QStringLiteral("NWNET/PO1"), Qt::MatchExactly).value(0));
        wizard->next();
        check(wizard);
        type(wizard->currentPage(), QStringLiteral("passwordEdit"), QStringLiteral("secret"));
        type(wizard->currentPage(), QStringLiteral("confirmPasswordEdit"), QStringLiteral("secret"));
        wizard->next();
        check(wizard);
        wizard->next();
        check(wizard);
        wizard->currentPage()
            ->findChild<QComboBox*>(QStringLiteral("importContainerCombo"))
            ->setCurrentText(QStringLiteral("MSMail Recipients (SEATTLE)"));
        wizard->next();
        QCOMPARE(wizard->currentPage()->title(), QStringLiteral("Export Containers"));
        check(wizard);
        wizard->next();
        check(wizard);
        QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("summaryStep"));
        // Nothing exported yet: made without a question (the answer once set here was never taken,
        // and answered the next test's first question).
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!wizard->isVisible());
        Prompts::takeRecorded();

        // What the wizard made, as the command line sees it.
        const QString ctl = qEnvironmentVariable("SITEADMIN_CTL");
        QVERIFY2(!ctl.isEmpty(), "SITEADMIN_CTL names siteadminctl");
        const QStringList org{QStringLiteral("--org"), m_dir->path(), QStringLiteral("--json")};
        auto made = DirsyncServer::serverObject(store());
        QVERIFY(made.ok());
        ProcessRun r = runProcess(
            ctl, org + QStringList{QStringLiteral("show"),
                                   made->dn.child(QStringLiteral("cn"), QStringLiteral("PO1")).toString()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject attributes =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("attributes")).toObject();
        QCOMPARE(attributes.value(attr::DxaReqName).toArray().at(0).toString(), QStringLiteral("NWNET/PO1"));
        QCOMPARE(attributes.value(attr::ImportContainer).toArray().at(0).toString(),
                 msmailRecipients().toString());
        r = runProcess(ctl, org + QStringList{QStringLiteral("dirsync"), QStringLiteral("status")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray status = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(status.size(), 1);
        QCOMPARE(status.at(0).toObject().value(QStringLiteral("postoffice")).toString(),
                 QStringLiteral("NWNET/PO1"));
    }

    void serverScheduleAppliesAndCancels()
    {
        makeServerAndRequestor();
        const auto edit = [&](PropertySheet* sheet) {
            showTab(sheet, QStringLiteral("Schedule"));
            auto* grid = sheet->findChild<QTableWidget*>(QStringLiteral("scheduleGrid"));
            QVERIFY(!grid->isEnabled()); // Always: no hours to choose
            QTest::mouseClick(sheet->findChild<QRadioButton*>(QStringLiteral("selectedTimesRadio")),
                              Qt::LeftButton);
            QVERIFY(grid->isEnabled());
            clickCell(grid, 0, 3);  // Sunday 03:00
            clickCell(grid, 2, 22); // Tuesday 22:00
        };
        const QString before = databaseDigest(sitePath());
        PropertySheet* sheet = openSheet(serverDn());
        QVERIFY(sheet);
        edit(sheet);
        clickButton(sheet, QDialogButtonBox::Cancel);
        QTRY_VERIFY(!sheet->isVisible());
        QCOMPARE(databaseDigest(sitePath()), before);

        sheet = openSheet(serverDn());
        QVERIFY(sheet);
        edit(sheet);
        savePng(sheet, QStringLiteral("dirsync-server-schedule-selected"));
        auto* box = sheet->findChild<QDialogButtonBox*>(QStringLiteral("propertyButtons"));
        box->button(QDialogButtonBox::Apply)->click();
        auto after = store().object(serverDn());
        QCOMPARE(after->value(attr::ActivationStyle), QString::number(Schedule::SelectedTimes));
        QString hours(Schedule::Hours, QLatin1Char('0'));
        hours[3] = QLatin1Char('1');
        hours[2 * 24 + 22] = QLatin1Char('1');
        QCOMPARE(after->value(attr::ActivationSchedule), hours);
        QVERIFY(!box->button(QDialogButtonBox::Apply)->isEnabled());
        // No hour left: refused with the reason, nothing written.
        auto* grid = sheet->findChild<QTableWidget*>(QStringLiteral("scheduleGrid"));
        clickCell(grid, 0, 3);
        clickCell(grid, 2, 22);
        const QString applied = databaseDigest(sitePath());
        box->button(QDialogButtonBox::Apply)->click();
        const QStringList said = Prompts::takeRecorded();
        QVERIFY2(!said.isEmpty() && said.last().contains(QStringLiteral("Select at least one hour")),
                 qPrintable(said.join(QLatin1Char('\n'))));
        QCOMPARE(databaseDigest(sitePath()), applied);
        clickButton(sheet, QDialogButtonBox::Cancel);
    }

    void directorySynchronizationPagesApplyAndCancel()
    {
        // A sender refused before: the page shows it; Reject None lifts it.
        auto nancy = store().findRecipients(0, {{attr::DisplayName, QStringLiteral("Nancy Davolio")}}, 1);
        QVERIFY(nancy.ok() && nancy->size() == 1);
        ChangeSet refuse;
        refuse.replace(dxaDn(), attr::UnauthorizedSender, {nancy->first().dn.toString()});
        QVERIFY(store().commit(refuse).ok());

        const auto edit = [&](PropertySheet* sheet) {
            showTab(sheet, QStringLiteral("Incoming Templates"));
            // None set: the defaults the engine applies, greyed, neither editable nor removable.
            QWidget* incoming = sheet->findChild<QWidget*>(QStringLiteral("incomingTemplatesPage"));
            auto* list = incoming->findChild<QTreeWidget*>(QStringLiteral("valueList"));
            QCOMPARE(list->topLevelItemCount(), 5);
            QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Title:"));
            QCOMPARE(list->topLevelItem(0)->flags(), Qt::NoItemFlags);
            QVERIFY(incoming->findChild<QLabel*>(QStringLiteral("valueListNote"))->isVisible());
            QVERIFY(!incoming->findChild<QPushButton*>(QStringLiteral("editValueButton"))->isEnabled());

            showTab(sheet, QStringLiteral("Outgoing Templates"));
            QWidget* outgoing = sheet->findChild<QWidget*>(QStringLiteral("outgoingTemplatesPage"));
            QCOMPARE(outgoing->findChild<QTreeWidget*>(QStringLiteral("valueList"))->topLevelItemCount(), 0);
            QTest::mouseClick(outgoing->findChild<QPushButton*>(QStringLiteral("newValueButton")),
                              Qt::LeftButton);
            auto* dialog = waitForDialog(sheet, QStringLiteral("templateMapDialog"));
            QVERIFY(dialog);
            type(dialog, QStringLiteral("templatePromptEdit"), QStringLiteral("Dept"));
            dialog->findChild<QComboBox*>(QStringLiteral("templateAttributeCombo"))
                ->setCurrentText(QStringLiteral("Department"));
            clickButton(dialog, QDialogButtonBox::Ok);
            QTRY_VERIFY(!dialog->isVisible());
            auto* sent = outgoing->findChild<QTreeWidget*>(QStringLiteral("valueList"));
            QCOMPARE(sent->topLevelItemCount(), 1);
            QCOMPARE(sent->topLevelItem(0)->text(0), QStringLiteral("Department"));
            QCOMPARE(sent->topLevelItem(0)->text(1), QStringLiteral("Dept:"));

            showTab(sheet, QStringLiteral("Delivery Restrictions"));
            QVERIFY(sheet->findChild<QRadioButton*>(QStringLiteral("rejectListRadio"))->isChecked());
            QTest::mouseClick(sheet->findChild<QRadioButton*>(QStringLiteral("rejectNoneRadio")),
                              Qt::LeftButton);

            showTab(sheet, QStringLiteral("General"));
            type(sheet, QStringLiteral("adminNoteEdit"), QStringLiteral("MS Mail dirsync of NWNET"));
        };
        const QString before = databaseDigest(sitePath());
        PropertySheet* sheet = openSheet(dxaDn());
        QVERIFY(sheet);
        edit(sheet);
        if (QTest::currentTestFailed())
            return;
        clickButton(sheet, QDialogButtonBox::Cancel);
        QTRY_VERIFY(!sheet->isVisible());
        QCOMPARE(databaseDigest(sitePath()), before);

        sheet = openSheet(dxaDn());
        QVERIFY(sheet);
        edit(sheet);
        showTab(sheet, QStringLiteral("Outgoing Templates"));
        savePng(sheet, QStringLiteral("directory-synchronization-outgoing-templates"));
        clickButton(sheet, QDialogButtonBox::Ok);
        QTRY_VERIFY(!sheet->isVisible());
        auto after = store().object(dxaDn());
        QCOMPARE(after->valuesOf(attr::DxaOutTemplateMap), QStringList{QStringLiteral("Dept:|Department")});
        QVERIFY(after->valuesOf(attr::DxaInTemplateMap).isEmpty()); // the defaults are not written
        QVERIFY(after->valuesOf(attr::UnauthorizedSender).isEmpty());
        QCOMPARE(after->value(attr::AdminNote), QStringLiteral("MS Mail dirsync of NWNET"));
    }

    void dirsyncRequestorPagesApplyAndCancel()
    {
        ChangeSet c;
        c.create(QStringLiteral("recipients-container"), SiteBuilder::siteDn(Org, Site),
                 {{attr::DisplayName, {QStringLiteral("MSMail Recipients")}}},
                 QStringLiteral("MSMail Recipients"));
        c.create(QStringLiteral("dirsync-requestor"), SiteBuilder::connectionsDn(Org, Site),
                 {{attr::ResponsibleLocalDxa, {x1()}},
                  {attr::DxaReqName, {QStringLiteral("NWNET/PO1")}},
                  {attr::DxaPassword, {QStringLiteral("syncpw1")}},
                  {attr::ImportContainer, {msmailRecipients().toString()}}},
                 QStringLiteral("NWNET Dirsync"));
        QVERIFY(store().commit(c).ok());
        const Dn dn = SiteBuilder::connectionsDn(Org, Site).child(QStringLiteral("cn"),
                                                                  QStringLiteral("NWNET Dirsync"));

        PropertySheet* sheet = openSheet(dn);
        QVERIFY(sheet);
        QCOMPARE(tabTitles(sheet),
                 (QStringList{QStringLiteral("General"), QStringLiteral("Settings"),
                              QStringLiteral("Dir-Sync Address"), QStringLiteral("Import Container"),
                              QStringLiteral("Export Containers"), QStringLiteral("Schedule"),
                              QStringLiteral("History"), QStringLiteral("Raw Properties")}));
        checkEveryTab(sheet, QStringLiteral("page-dirsync-requestor"));
        clickButton(sheet, QDialogButtonBox::Cancel);
        QTRY_VERIFY(!sheet->isVisible());

        const auto edit = [&](PropertySheet* s) {
            showTab(s, QStringLiteral("General"));
            type(s, QStringLiteral("addressTypesEdit"), QStringLiteral("PCM, SMTP"));
            showTab(s, QStringLiteral("Settings"));
            QVERIFY(!s->findChild<QCheckBox*>(QStringLiteral("sendTemplatesCheck"))->isChecked());
            clickCheck(s, QStringLiteral("sendTemplatesCheck"));
            clickCheck(s, QStringLiteral("receiveTemplatesCheck"));
            clickCheck(s, QStringLiteral("receiveUpdatesCheck"));
            showTab(s, QStringLiteral("Import Container"));
            QVERIFY(!s->findChild<QComboBox*>(QStringLiteral("importContainerCombo"))->isEnabled()); // fixed
            showTab(s, QStringLiteral("Schedule"));
            QTest::mouseClick(s->findChild<QRadioButton*>(QStringLiteral("neverRadio")), Qt::LeftButton);
        };
        const QString before = databaseDigest(sitePath());
        sheet = openSheet(dn);
        QVERIFY(sheet);
        edit(sheet);
        clickButton(sheet, QDialogButtonBox::Cancel);
        QTRY_VERIFY(!sheet->isVisible());
        QCOMPARE(databaseDigest(sitePath()), before);

        sheet = openSheet(dn);
        QVERIFY(sheet);
        edit(sheet);
        auto* box = sheet->findChild<QDialogButtonBox*>(QStringLiteral("propertyButtons"));
        box->button(QDialogButtonBox::Apply)->click();
        auto after = store().object(dn);
        QCOMPARE(after->valuesOf(attr::DxaTypes),
                 (QStringList{QStringLiteral("PCM"), QStringLiteral("SMTP")}));
        QCOMPARE(after->value(attr::DxaTemplateOptions), QStringLiteral("3")); // receive and send
        QCOMPARE(after->value(attr::DxaExchangeOptions), QStringLiteral("1")); // send updates only
        QCOMPARE(after->value(attr::ActivationStyle), QString::number(Schedule::Never));
        QVERIFY(!box->button(QDialogButtonBox::Apply)->isEnabled());
        clickButton(sheet, QDialogButtonBox::Cancel);
    }

    void aDirsyncPasswordIsMaskedOnRawPropertiesUntilShown()
    {
        makeServerAndRequestor();
        const Dn dn = serverDn().child(QStringLiteral("cn"), QStringLiteral("PO1"));
        PropertySheet* sheet = openSheet(dn);
        QVERIFY(sheet);
        showTab(sheet, QStringLiteral("Raw Properties"));
        auto* raw = sheet->findChild<RawPropertiesPage*>();
        QVERIFY(raw && raw->selectAttribute(attr::DxaPassword));
        auto* list = raw->findChild<QTreeWidget*>(QStringLiteral("rawAttributesList"));
        auto* value = raw->findChild<QPlainTextEdit*>(QStringLiteral("rawValueEdit"));
        auto* set = raw->findChild<QPushButton*>(QStringLiteral("rawSetButton"));
        auto* show = raw->findChild<QPushButton*>(QStringLiteral("rawShowButton"));
        const auto shownInList = [&] {
            return list->currentItem()->text(1);
        };
        // Masked in the list and out of the field, which Set cannot write back as the mask.
        QCOMPARE(shownInList(), QStringLiteral("********"));
        QVERIFY(value->toPlainText().isEmpty());
        QVERIFY(!set->isEnabled());
        QVERIFY(show->isEnabled());
        savePng(sheet, QStringLiteral("raw-properties-secret-masked"));
        // Show asks first; No leaves it masked.
        Prompts::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(shownInList(), QStringLiteral("********"));
        Prompts::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(shownInList(), QStringLiteral("syncpw1"));
        QCOMPARE(value->toPlainText(), QStringLiteral("syncpw1"));
        QCOMPARE(show->text(), QStringLiteral("&Hide"));
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(shownInList(), QStringLiteral("********"));
        // Another attribute has nothing to show.
        QVERIFY(raw->selectAttribute(attr::DxaReqName));
        QVERIFY(!show->isEnabled());
        QCOMPARE(shownInList(), QStringLiteral("NWNET/PO1"));
        // A new password typed over the masked one is set, shown masked, and written on Apply.
        QVERIFY(raw->selectAttribute(attr::DxaPassword));
        QTest::keyClicks(value, QStringLiteral("newsync9"));
        QVERIFY(set->isEnabled());
        QTest::mouseClick(set, Qt::LeftButton);
        QCOMPARE(shownInList(), QStringLiteral("********"));
        sheet->findChild<QDialogButtonBox*>(QStringLiteral("propertyButtons"))
            ->button(QDialogButtonBox::Apply)
            ->click();
        QCOMPARE(store().object(dn)->value(attr::DxaPassword), QStringLiteral("newsync9"));
        clickButton(sheet, QDialogButtonBox::Cancel);
    }

    void deletingTheServerBeforeItsRequestorsIsRefused()
    {
        makeServerAndRequestor();
        ServerWindow* w = m_window->activeServerWindow();
        QVERIFY(w->selectContainer(SiteBuilder::connectionsDn(Org, Site)));
        clickRow(w, serverDn());
        const QString before = databaseDigest(sitePath());
        // Refused at once, without first asking whether to delete it permanently (issue 20).
        m_window->action(QStringLiteral("actionDelete"))->trigger();
        const QStringList said = Prompts::takeRecorded();
        QCOMPARE(said.size(), 1);
        QVERIFY2(said.first().contains(QStringLiteral("still has Remote Dir-Sync Requestors (PO1)")),
                 qPrintable(said.join(QLatin1Char('\n'))));
        QCOMPARE(databaseDigest(sitePath()), before);

        // As the message says: the requestors first (listed under the server), then the server.
        QTRY_VERIFY(w->selectContainer(serverDn()));
        clickRow(w, serverDn().child(QStringLiteral("cn"), QStringLiteral("PO1")));
        Prompts::setNextAnswer(QMessageBox::Yes);
        m_window->action(QStringLiteral("actionDelete"))->trigger();
        Prompts::takeRecorded();
        QTRY_COMPARE(w->contentsModel()->rowCount(), 0);
        QVERIFY(w->selectContainer(SiteBuilder::connectionsDn(Org, Site)));
        clickRow(w, serverDn());
        Prompts::setNextAnswer(QMessageBox::Yes);
        m_window->action(QStringLiteral("actionDelete"))->trigger();
        Prompts::takeRecorded();
        QTRY_COMPARE(store().object(serverDn()).error().code(), ErrorCode::NotFound);
    }

    void aSecondSystemCustomRecipientIsRefused()
    {
        makeServerAndRequestor(); // PO1's requestor made the hidden NWNET/PO1/$SYSTEM
        ServerWindow* w = m_window->activeServerWindow();
        QVERIFY(w->selectContainer(SiteBuilder::recipientsDn(Org, Site)));
        m_window->action(QStringLiteral("actionNewCustomRecipient"))->trigger();
        auto* address = waitFor<AddressEntryDialog>(m_window.get());
        QVERIFY(address);
        address->findChild<QListWidget*>(QStringLiteral("addressTypeList"))->setCurrentRow(0);
        clickButton(address, QDialogButtonBox::Ok);
        type(address, QStringLiteral("networkEdit"), QStringLiteral("NWNET"));
        type(address, QStringLiteral("postofficeEdit"), QStringLiteral("PO1"));
        type(address, QStringLiteral("mailboxEdit"), QStringLiteral("$system"));
        clickButton(address, QDialogButtonBox::Ok);
        auto* sheet = waitFor<PropertySheet>(m_window.get());
        QVERIFY(sheet);
        type(sheet, QStringLiteral("displayNameEdit"), QStringLiteral("PO1 Dir-Sync"));
        type(sheet, QStringLiteral("aliasEdit"), QStringLiteral("PO1-system"));
        const QString before = databaseDigest(sitePath());
        clickButton(sheet, QDialogButtonBox::Ok);
        const QStringList said = Prompts::takeRecorded();
        QVERIFY2(said.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("NWNET/PO1 has its $SYSTEM custom recipient already")),
                 qPrintable(said.join(QLatin1Char('\n'))));
        QVERIFY(sheet->isVisible()); // kept open to correct or cancel
        savePng(sheet, QStringLiteral("custom-recipient-second-system-refused"));
        QCOMPARE(databaseDigest(sitePath()), before);
        clickButton(sheet, QDialogButtonBox::Cancel);
    }
};

QTEST_MAIN(TestDirsyncPages)
#include "tst_dirsync_pages.moc"
