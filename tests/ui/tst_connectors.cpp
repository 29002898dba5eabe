#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/host/ServiceHost.h"
#include "core/msmail/PostofficeStore.h"
#include "core/services/Services.h"
#include "core/transport/ImsQueue.h"
#include "core/transport/MtaQueue.h"
#include "core/transport/SiteTransport.h"
#include "tests/support/TestSupport.h"
#include "tests/support/UiTestSupport.h"
#include "ui/common/Prompts.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ServerWindow.h"
#include "ui/mainwindow/ServiceCommands.h"
#include "ui/properties/AddressBookDialog.h"
#include "ui/properties/PropertySheet.h"
#include "ui/session/SiteSession.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <memory>

using namespace sa::core;
using namespace sa::ui;
using namespace sa::test;

namespace {
const QString Org = QStringLiteral("NORTHWIND");
const QString Site = QStringLiteral("SEATTLE");

} // namespace

/// The connectors' property sheets, opened from File > New Other and filled in as an administrator
/// would: an MS Mail Connector with its connections, connector MTA and address space; a site
/// connector with its target, cost and bridgehead; refusals that write nothing.
class TestConnectors : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

    ServerWindow* server() const { return m_window->activeServerWindow(); }
    DirectoryStore& store() const { return server()->session().store(); }
    QString digest() const { return databaseDigest(m_window->organization().sitePath(Site)); }

    PropertySheet* newOther(const QString& action)
    {
        m_window->action(action)->trigger();
        return waitFor<PropertySheet>(m_window.get());
    }

private Q_SLOTS:
    void initTestCase() { startGuiTests(QStringLiteral("siteadmin-test-connectors")); }

    void init() { openTwoSiteWindow(m_dir, m_window); }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void msMailConnectorThroughItsPages()
    {
        PropertySheet* sheet = newOther(QStringLiteral("actionNewMsMailConnector"));
        QVERIFY(sheet);
        QCOMPARE(sheet->windowTitle(), QStringLiteral("New MS Mail Connector"));
        auto* tabs = sheet->findChild<QTabWidget*>(QStringLiteral("propertyTabs"));
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i)
            titles << tabs->tabText(i);
        QCOMPARE(titles, (QStringList{QStringLiteral("General"), QStringLiteral("Interchange"),
                                      QStringLiteral("Local Postoffice"), QStringLiteral("Connections"),
                                      QStringLiteral("Connector MTAs"), QStringLiteral("Address Space"),
                                      QStringLiteral("History"), QStringLiteral("Raw Properties")}));
        QCOMPARE(sheet->findChild<QLineEdit*>(QStringLiteral("directoryNameEdit"))->text(),
                 QStringLiteral("MS Mail Connector (X1)"));
        savePng(sheet, QStringLiteral("connector-msmail-general"));

        // Interchange: notices go to the administrator's mailbox, chosen in the address book.
        showTab(sheet, QStringLiteral("Interchange"));
        {
            ChangeSet admin;
            admin.create(QStringLiteral("mailbox"), SiteBuilder::recipientsDn(Org, Site),
                         {{attr::MailNickname, {QStringLiteral("Admin")}},
                          {attr::DisplayName, {QStringLiteral("Site Admin")}}});
            QVERIFY(store().commit(admin).ok());
        }
        clickNamed(sheet, QStringLiteral("modifyAdministratorButton"));
        auto* book = waitFor<AddressBookDialog>(sheet);
        QVERIFY(book);
        book->typeName(QStringLiteral("Site Admin"));
        clickButton(book, QDialogButtonBox::Ok);
        QCOMPARE(sheet->findChild<QLineEdit*>(QStringLiteral("administratorEdit"))->text(),
                 QStringLiteral("Site Admin"));
        sheet->findChild<QCheckBox*>(QStringLiteral("messageTrackingCheck"))->click();
        savePng(sheet, QStringLiteral("connector-msmail-interchange"));

        // Local Postoffice: ORGANIZATION/SITE proposed; a name MS Mail cannot take is refused.
        showTab(sheet, QStringLiteral("Local Postoffice"));
        QCOMPARE(sheet->findChild<QLineEdit*>(QStringLiteral("localNetworkEdit"))->text(), Org);
        QCOMPARE(sheet->findChild<QLineEdit*>(QStringLiteral("localPostofficeEdit"))->text(), Site);
        savePng(sheet, QStringLiteral("connector-msmail-local-postoffice"));

        // Connections: PO1 direct, then PO2 indirect via PO1; a path that is not NET/PO stays in the dialog.
        showTab(sheet, QStringLiteral("Connections"));
        QWidget* connections = sheet->findChild<QWidget*>(QStringLiteral("connectionsPage"));
        // The original's buttons: Create / Modify / Delete / Queue...
        QStringList buttons;
        for (const char* name : {"newValueButton", "editValueButton", "removeValueButton", "queueButton"})
            buttons << connections->findChild<QPushButton*>(QString::fromLatin1(name))
                           ->text()
                           .remove(QLatin1Char('&'));
        QCOMPARE(buttons, (QStringList{QStringLiteral("Create..."), QStringLiteral("Modify..."),
                                       QStringLiteral("Delete"), QStringLiteral("Queue...")}));
        clickNamed(connections, QStringLiteral("newValueButton"));
        QDialog* dialog = waitForDialog(sheet, QStringLiteral("connectionDialog"));
        QVERIFY(dialog);
        auto* po = dialog->findChild<QComboBox*>(QStringLiteral("postofficeCombo"));
        QCOMPARE(po->count(), 2); // the organization's emulated postoffices are offered
        QVERIFY(!dialog->findChild<QRadioButton*>(QStringLiteral("indirectRadio"))->isEnabled());
        po->setCurrentText(QStringLiteral("NOSLASH"));
        clickButton(dialog, QDialogButtonBox::Ok);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->findChild<QLabel*>(QStringLiteral("connectionError"))
                     ->text()
                     .contains(QStringLiteral("NETWORK/POSTOFFICE")),
                 qPrintable(dialog->findChild<QLabel*>(QStringLiteral("connectionError"))->text()));
        savePng(dialog, QStringLiteral("connector-msmail-connection-error"));
        po->setCurrentText(QStringLiteral("NWNET/PO7"));
        clickButton(dialog, QDialogButtonBox::Ok);
        QVERIFY(dialog->isVisible());
        QCOMPARE(
            dialog->findChild<QLabel*>(QStringLiteral("connectionError"))->text(),
            QStringLiteral(
                "There is no postoffice NWNET/PO7 to connect to directly (msmail-po create makes one)."));
        po->setCurrentText(QStringLiteral("nwnet/po1"));
        clickButton(dialog, QDialogButtonBox::Ok);
        QVERIFY(QTest::qWaitFor([&] { return !dialog || !dialog->isVisible(); }));
        clickNamed(connections, QStringLiteral("newValueButton"));
        dialog = waitForDialog(sheet, QStringLiteral("connectionDialog"));
        QVERIFY(dialog);
        dialog->findChild<QComboBox*>(QStringLiteral("postofficeCombo"))
            ->setCurrentText(QStringLiteral("NWNET/PO2"));
        dialog->findChild<QRadioButton*>(QStringLiteral("indirectRadio"))->click();
        QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("viaCombo"))->currentText(),
                 QStringLiteral("NWNET/PO1"));
        savePng(dialog, QStringLiteral("connector-msmail-create-connection"));
        clickButton(dialog, QDialogButtonBox::Ok);
        QCOMPARE(rows(connections, true),
                 (QStringList{QStringLiteral("NWNET/PO1 | Direct"),
                              QStringLiteral("NWNET/PO2 | Indirect via NWNET/PO1")}));
        savePng(sheet, QStringLiteral("connector-msmail-connections"));

        // Connector MTAs: one service that polls PO1.
        showTab(sheet, QStringLiteral("Connector MTAs"));
        QWidget* mtas = sheet->findChild<QWidget*>(QStringLiteral("connectorMtasPage"));
        clickNamed(mtas, QStringLiteral("newValueButton"));
        dialog = waitForDialog(sheet, QStringLiteral("connectorMtaDialog"));
        QVERIFY(dialog);
        type(dialog, QStringLiteral("serviceNameEdit"), QStringLiteral("PO1 Connector MTA"));
        dialog->findChild<QSpinBox*>(QStringLiteral("pollingSpin"))->setValue(30);
        auto* serviced = dialog->findChild<QListWidget*>(QStringLiteral("servicedList"));
        QCOMPARE(serviced->count(), 1); // only direct postoffices are serviced
        serviced->item(0)->setCheckState(Qt::Checked);
        savePng(dialog, QStringLiteral("connector-msmail-new-connector-mta"));
        clickButton(dialog, QDialogButtonBox::Ok);
        QCOMPARE(rows(mtas, true), QStringList{QStringLiteral("PO1 Connector MTA | 30 seconds | NWNET/PO1")});
        savePng(sheet, QStringLiteral("connector-msmail-connector-mtas"));

        // Address Space: one entry per connected postoffice, greyed, and a manual one.
        showTab(sheet, QStringLiteral("Address Space"));
        QWidget* space = sheet->findChild<QWidget*>(QStringLiteral("addressSpacePage"));
        QCOMPARE(rows(space, false),
                 (QStringList{QStringLiteral("MS | NWNET/PO1/*"), QStringLiteral("MS | NWNET/PO2/*")}));
        QVERIFY(rows(space, true).isEmpty());
        clickNamed(space, QStringLiteral("newValueButton"));
        dialog = waitForDialog(sheet, QStringLiteral("addressSpaceDialog"));
        QVERIFY(dialog);
        auto* typeCombo = dialog->findChild<QComboBox*>(QStringLiteral("addressTypeCombo"));
        typeCombo->setCurrentIndex(typeCombo->findData(QStringLiteral("SMTP")));
        type(dialog, QStringLiteral("addressSpaceEdit"), QStringLiteral("*@nwnet.example.com"));
        clickButton(dialog, QDialogButtonBox::Ok);
        QCOMPARE(rows(space, true), QStringList{QStringLiteral("SMTP | *@nwnet.example.com")});
        savePng(sheet, QStringLiteral("connector-msmail-address-space"));

        // A local postoffice name MS Mail cannot take: refused on OK, the tab shown, nothing written.
        showTab(sheet, QStringLiteral("Local Postoffice"));
        type(sheet, QStringLiteral("localNetworkEdit"), QStringLiteral("NORTH WIND"));
        const QString before = digest();
        clickButton(sheet, QDialogButtonBox::Ok);
        QVERIFY(sheet->isVisible());
        QCOMPARE(Prompts::takeRecorded().size(), 1);
        QCOMPARE(digest(), before);
        type(sheet, QStringLiteral("localNetworkEdit"), QStringLiteral("NORTHWIND"));

        clickButton(sheet, QDialogButtonBox::Ok);
        QVERIFY(QTest::qWaitFor([&] { return !sheet || !sheet->isVisible(); }));
        QCOMPARE(Prompts::takeRecorded(), QStringList());
        auto created = store().object(SiteBuilder::connectionsDn(Org, Site).child(
            QStringLiteral("cn"), QStringLiteral("MS Mail Connector (X1)")));
        QVERIFY(created.ok());
        QCOMPARE(created->value(attr::HomeServer),
                 SiteBuilder::serverDn(Org, Site, QStringLiteral("X1")).toString());
        QCOMPARE(created->valuesOf(attr::MsMailConnection),
                 (QStringList{QStringLiteral("NWNET/PO1"), QStringLiteral("NWNET/PO2 via NWNET/PO1")}));
        QCOMPARE(created->valuesOf(attr::ConnectorMta),
                 QStringList{QStringLiteral("PO1 Connector MTA|30|NWNET/PO1")});
        QCOMPARE(created->valuesOf(attr::AddressSpace),
                 QStringList{QStringLiteral("SMTP:*@nwnet.example.com")});
        QCOMPARE(created->value(attr::LocalNetwork), Org);
        QCOMPARE(created->value(attr::AdministratorMailbox),
                 SiteBuilder::recipientsDn(Org, Site)
                     .child(QStringLiteral("cn"), QStringLiteral("Admin"))
                     .toString());
        QCOMPARE(created->value(attr::MessageTracking), QStringLiteral("TRUE"));
        QCOMPARE(created->value(attr::PrimaryLanguage), QStringLiteral("English"));
        // The connector MTA is a service of X1 now, stopped until started.
        QCOMPARE(Services::state(store(), QStringLiteral("X1"), QStringLiteral("PO1 Connector MTA")).value(),
                 ServiceState::Stopped);

        // It is listed in Connections, as the original showed it.
        QVERIFY(server()->selectContainer(SiteBuilder::connectionsDn(Org, Site)));
        QAbstractItemView* contents = server()->contentsView();
        QVERIFY(QTest::qWaitFor([&] {
            return contents->model()->rowCount() == 1 && contents->model()->index(0, 0).data().toString() ==
                                                             QStringLiteral("MS Mail Connector (X1)");
        }));
        savePng(m_window.get(), QStringLiteral("connector-main-window-connections"));

        // One MS Mail Connector per server: a second is not offered.
        m_window->action(QStringLiteral("actionNewMsMailConnector"))->trigger();
        QCOMPARE(Prompts::takeRecorded().value(0),
                 QStringLiteral("Every server of site SEATTLE has its MS Mail Connector already. Open it in "
                                "Configuration > Connections to change its connections."));
    }

    void siteConnectorThroughItsPages()
    {
        PropertySheet* sheet = newOther(QStringLiteral("actionNewSiteConnector"));
        QVERIFY(sheet);
        QCOMPARE(sheet->windowTitle(), QStringLiteral("New Site Connector"));
        auto* target = sheet->findChild<QComboBox*>(QStringLiteral("targetSiteCombo"));
        QCOMPARE(target->count(), 1);
        QCOMPARE(target->currentText(), QStringLiteral("LONDON"));
        type(sheet, QStringLiteral("displayNameEdit"), QStringLiteral("Site Connector (LONDON)"));
        sheet->findChild<QSpinBox*>(QStringLiteral("costSpin"))->setValue(5);
        sheet->findChild<QRadioButton*>(QStringLiteral("specificServerRadio"))->click();
        QCOMPARE(sheet->findChild<QComboBox*>(QStringLiteral("bridgeheadCombo"))->currentText(),
                 QStringLiteral("X1"));
        savePng(sheet, QStringLiteral("connector-site-general"));
        // Target Servers: LONDON's X2, at cost 10.
        showTab(sheet, QStringLiteral("Target Servers"));
        auto* siteServers = sheet->findChild<QListWidget*>(QStringLiteral("siteServersList"));
        QCOMPARE(siteServers->count(), 1);
        QCOMPARE(siteServers->item(0)->text(), QStringLiteral("X2"));
        siteServers->item(0)->setSelected(true);
        clickNamed(sheet, QStringLiteral("addTargetButton"));
        auto* targets = sheet->findChild<QTreeWidget*>(QStringLiteral("targetServersList"));
        targets->setCurrentItem(targets->topLevelItem(0));
        sheet->findChild<QSpinBox*>(QStringLiteral("targetCostSpin"))->setValue(10);
        clickNamed(sheet, QStringLiteral("setCostButton"));
        QCOMPARE(targets->topLevelItem(0)->text(1), QStringLiteral("10"));
        savePng(sheet, QStringLiteral("connector-site-target-servers"));
        showTab(sheet, QStringLiteral("Address Space"));
        QCOMPARE(rows(sheet->findChild<QWidget*>(QStringLiteral("addressSpacePage")), false),
                 QStringList{QStringLiteral("MS | NORTHWIND/LONDON/*")});
        savePng(sheet, QStringLiteral("connector-site-address-space"));
        Prompts::setNextAnswer(QMessageBox::Yes);
        clickButton(sheet, QDialogButtonBox::Ok);
        QVERIFY(QTest::qWaitFor([&] { return !sheet || !sheet->isVisible(); }));
        // Made, and shown: Connections opened, the new connector selected (issue 20: it was made
        // while another container stayed shown, and nothing said where).
        ServerWindow* window = m_window->activeServerWindow();
        QCOMPARE(window->selectedContainer()->dn, SiteBuilder::connectionsDn(Org, QStringLiteral("SEATTLE")));
        QCOMPARE(window->selectedObjects().value(0).displayName(), QStringLiteral("Site Connector (LONDON)"));
        // The partner in LONDON is offered and made.
        QCOMPARE(Prompts::takeRecorded(),
                 QStringList{
                     QStringLiteral("Site LONDON has no site connector to SEATTLE yet, so mail cannot come "
                                    "back this way. Do you want to create it in LONDON as well?")});
        {
            auto london =
                DirectoryStore::open(m_window->organization().sitePath(QStringLiteral("LONDON"))).value();
            auto partner =
                london->object(SiteBuilder::connectionsDn(Org, QStringLiteral("LONDON"))
                                   .child(QStringLiteral("cn"), QStringLiteral("Site Connector (SEATTLE)")));
            QVERIFY(partner.ok());
            QCOMPARE(partner->value(attr::TargetSite), Site);
            QCOMPARE(partner->value(attr::Cost), QStringLiteral("5"));
        }
        auto created = store().object(SiteBuilder::connectionsDn(Org, Site).child(
            QStringLiteral("cn"), QStringLiteral("Site Connector (LONDON)")));
        QVERIFY(created.ok());
        QCOMPARE(created->value(attr::TargetSite), QStringLiteral("LONDON"));
        QCOMPARE(created->value(attr::Cost), QStringLiteral("5"));
        QCOMPARE(created->valuesOf(attr::TargetServers), QStringList{QStringLiteral("X2;10")});
        QCOMPARE(created->value(attr::BridgeheadServer),
                 SiteBuilder::serverDn(Org, Site, QStringLiteral("X1")).toString());

        // Opened again, the target is fixed.
        QVERIFY(server()->selectContainer(SiteBuilder::connectionsDn(Org, Site)));
        m_window->showProperties(created.value());
        sheet = waitFor<PropertySheet>(m_window.get());
        QVERIFY(sheet);
        QVERIFY(!sheet->findChild<QComboBox*>(QStringLiteral("targetSiteCombo"))->isEnabled());
        QCOMPARE(sheet->findChild<QSpinBox*>(QStringLiteral("costSpin"))->value(), 5);
        clickButton(sheet, QDialogButtonBox::Cancel);
    }

    void replicationConnectorScheduleAndRequestNow()
    {
        PropertySheet* sheet = newOther(QStringLiteral("actionNewReplicationConnector"));
        QVERIFY(sheet);
        QCOMPARE(sheet->windowTitle(), QStringLiteral("New Directory Replication Connector"));
        QCOMPARE(sheet->findChild<QComboBox*>(QStringLiteral("remoteSiteCombo"))->currentText(),
                 QStringLiteral("LONDON"));
        QCOMPARE(sheet->findChild<QComboBox*>(QStringLiteral("localBridgeheadCombo"))->currentText(),
                 QStringLiteral("X1"));
        QCOMPARE(sheet->findChild<QComboBox*>(QStringLiteral("remoteBridgeheadCombo"))->currentText(),
                 QStringLiteral("X2"));
        type(sheet, QStringLiteral("displayNameEdit"), QStringLiteral("LONDON"));
        savePng(sheet, QStringLiteral("connector-replication-general"));

        // Selected times with no hour selected is refused; two hours on Monday are kept.
        showTab(sheet, QStringLiteral("Schedule"));
        auto* grid = sheet->findChild<QTableWidget*>(QStringLiteral("scheduleGrid"));
        QVERIFY(!grid->isEnabled()); // Always is the default
        sheet->findChild<QRadioButton*>(QStringLiteral("selectedTimesRadio"))->click();
        QVERIFY(grid->isEnabled());
        const QString before = digest();
        clickButton(sheet, QDialogButtonBox::Ok);
        QCOMPARE(Prompts::takeRecorded(),
                 QStringList{QStringLiteral("Select at least one hour, or choose Never.")});
        QCOMPARE(digest(), before);
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {},
                          grid->visualItemRect(grid->item(1, 9)).center());
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {},
                          grid->visualItemRect(grid->item(1, 10)).center());
        savePng(sheet, QStringLiteral("connector-replication-schedule"));
        showTab(sheet, QStringLiteral("Sites"));
        QVERIFY(!sheet->findChild<QPushButton*>(QStringLiteral("requestNowButton"))->isEnabled());
        Prompts::setNextAnswer(QMessageBox::Yes);
        clickButton(sheet, QDialogButtonBox::Ok);
        QVERIFY(QTest::qWaitFor([&] { return !sheet || !sheet->isVisible(); }));
        // "Configure both sites": LONDON gets its connector to SEATTLE, bridgeheads the other way round.
        QCOMPARE(Prompts::takeRecorded(),
                 QStringList{QStringLiteral(
                     "Site LONDON does not replicate with SEATTLE yet, so it will not learn of "
                     "this site's recipients and connectors. Do you want to configure LONDON "
                     "as well?")});
        {
            auto london =
                DirectoryStore::open(m_window->organization().sitePath(QStringLiteral("LONDON"))).value();
            auto partner = london->object(SiteBuilder::directoryReplicationDn(Org, QStringLiteral("LONDON"))
                                              .child(QStringLiteral("cn"), Site));
            QVERIFY(partner.ok());
            QCOMPARE(partner->value(attr::RemoteSite), Site);
            QCOMPARE(partner->value(attr::LocalBridgehead),
                     SiteBuilder::serverDn(Org, QStringLiteral("LONDON"), QStringLiteral("X2")).toString());
            QCOMPARE(partner->value(attr::RemoteBridgehead), QStringLiteral("X1"));
        }
        auto created = store().object(SiteBuilder::directoryReplicationDn(Org, Site).child(
            QStringLiteral("cn"), QStringLiteral("LONDON")));
        QVERIFY(created.ok());
        QCOMPARE(created->value(attr::RemoteSite), QStringLiteral("LONDON"));
        QCOMPARE(created->value(attr::RemoteBridgehead), QStringLiteral("X2"));
        QCOMPARE(created->value(attr::ActivationStyle), QStringLiteral("1"));
        QString hours(168, QLatin1Char('0'));
        hours[24 + 9] = QLatin1Char('1');
        hours[24 + 10] = QLatin1Char('1');
        QCOMPARE(created->value(attr::ActivationSchedule), hours);

        // Request Now brings LONDON's directory at once.
        {
            auto london =
                DirectoryStore::open(m_window->organization().sitePath(QStringLiteral("LONDON"))).value();
            ChangeSet c;
            c.create(QStringLiteral("mailbox"), SiteBuilder::recipientsDn(Org, QStringLiteral("LONDON")),
                     {{attr::MailNickname, {QStringLiteral("JaneL")}},
                      {attr::DisplayName, {QStringLiteral("Jane London")}}});
            QVERIFY(london->commit(c).ok());
        }
        const Dn jane = SiteBuilder::recipientsDn(Org, QStringLiteral("LONDON"))
                            .child(QStringLiteral("cn"), QStringLiteral("JaneL"));
        QVERIFY(!store().object(jane).ok());
        m_window->showProperties(created.value(), QStringLiteral("Sites"));
        sheet = waitFor<PropertySheet>(m_window.get());
        QVERIFY(sheet);
        auto* inbound = sheet->findChild<QListWidget*>(QStringLiteral("inboundSitesList"));
        QCOMPARE(inbound->item(0)->text(), QStringLiteral("LONDON (nothing received yet)"));
        // Without the services running in this window nothing is pulled, and it says so.
        auto* result = sheet->findChild<QLabel*>(QStringLiteral("requestNowResult"));
        clickNamed(sheet, QStringLiteral("requestNowButton"));
        QVERIFY2(result->text().contains(QStringLiteral("do not run in this window")),
                 qPrintable(result->text()));
        QVERIFY(!store().object(jane).ok());
        // The worker, holding the replication lock, pulls at once. (Within the connector's
        // schedule, 9 to 11 on Mondays, its scheduled pull may have come first: nothing left.)
        m_window->services()->start(WorkerSettings{50, 3600});
        QSignalSpy asked(m_window->services()->host()->worker(), &ServiceWorker::replicationRequested);
        clickNamed(sheet, QStringLiteral("requestNowButton"));
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 20000);
        QVERIFY2(asked.first().at(2).toBool(), qPrintable(asked.first().at(3).toString()));
        QTRY_VERIFY(sheet->findChild<QPushButton*>(QStringLiteral("requestNowButton"))->isEnabled());
        QVERIFY2(result->text().contains(QStringLiteral("received from LONDON")) ||
                     result->text().contains(QStringLiteral("LONDON had no changes")),
                 qPrintable(result->text()));
        QVERIFY(inbound->item(0)->text().startsWith(QStringLiteral("LONDON (received up to USN ")));
        savePng(sheet, QStringLiteral("connector-replication-sites"));
        QVERIFY(store().object(jane).ok());
        QVERIFY(store().object(jane)->isReplica());
        clickButton(sheet, QDialogButtonBox::Cancel);
    }

    void queueOfAConnectionReturnsAndDeletes()
    {
        // X1's MS Mail Connector serves PO1; its connector MTA is stopped, so mail for PO1 waits.
        const QString server = SiteBuilder::serverDn(Org, Site, QStringLiteral("X1")).toString();
        ChangeSet c;
        c.create(QStringLiteral("msmail-connector"), SiteBuilder::connectionsDn(Org, Site),
                 {{attr::HomeServer, {server}},
                  {attr::MsMailConnection, {QStringLiteral("NWNET/PO1")}},
                  {attr::ConnectorMta, {QStringLiteral("PO1 Connector MTA|60|NWNET/PO1")}}},
                 QStringLiteral("MS Mail Connector (X1)"));
        QVERIFY(store().commit(c).ok());
        SiteTransport transport(store(), m_dir->path());
        for (const QString& subject : {QStringLiteral("First"), QStringLiteral("Second")})
            QVERIFY(transport
                        .accept(Message::create(QStringLiteral("MS:NWNET/PO2/AHOFF"),
                                                QStringLiteral("MS:NWNET/PO1/CDIAZ"), subject,
                                                QStringLiteral("x")))
                        .ok());
        // The MTA tries twice; the connector MTA stopped, they wait, and each attempt is counted.
        for (int i = 0; i < 2; ++i)
            QVERIFY(transport.routeQueue([](const QString&) -> DirectoryStore* { return nullptr; }).ok());
        auto connector = store().object(SiteBuilder::connectionsDn(Org, Site).child(
            QStringLiteral("cn"), QStringLiteral("MS Mail Connector (X1)")));
        QVERIFY(connector.ok());
        m_window->showProperties(connector.value(), QStringLiteral("Connections"));
        auto* sheet = waitFor<PropertySheet>(m_window.get());
        QVERIFY(sheet);
        auto* list = sheet->findChild<QWidget*>(QStringLiteral("connectionsPage"))
                         ->findChild<QTreeWidget*>(QStringLiteral("valueList"));
        list->setCurrentItem(list->topLevelItem(0));
        clickNamed(sheet, QStringLiteral("queueButton"));
        QDialog* queue = waitForDialog(sheet, QStringLiteral("connectionQueueDialog"));
        QVERIFY(queue);
        auto* messages = queue->findChild<QTreeWidget*>(QStringLiteral("queueList"));
        QCOMPARE(messages->topLevelItemCount(), 2);
        QCOMPARE(messages->topLevelItem(0)->text(2), QStringLiteral("First"));
        QCOMPARE(messages->topLevelItem(0)->text(5), QStringLiteral("2")); // Attempts
        savePng(queue, QStringLiteral("connector-msmail-queue"));

        // Return: back to the sender with a report; Delete without reports: just gone. Both logged.
        messages->topLevelItem(0)->setSelected(true);
        clickNamed(queue, QStringLiteral("queueReturnButton"));
        QCOMPARE(messages->topLevelItemCount(), 1);
        QCOMPARE(messages->topLevelItem(0)->text(2), QStringLiteral("Second"));
        messages->topLevelItem(0)->setSelected(true);
        QVERIFY(!queue->findChild<QCheckBox*>(QStringLiteral("reportOnDeleteCheck"))->isChecked());
        clickNamed(queue, QStringLiteral("queueDeleteButton"));
        QCOMPARE(messages->topLevelItemCount(), 0);
        QCOMPARE(queue->findChild<QLabel*>(QStringLiteral("queueStatus"))->text(),
                 QStringLiteral("Nothing is waiting for NWNET/PO1."));
        QVERIFY(MtaQueue(store()).waitingFor(QStringLiteral("NWNET/PO1"))->isEmpty());
        // The report for "First" is on its way to PO2; the deleted one got none.
        const auto toPo2 = MtaQueue(store()).waitingFor(QStringLiteral("NWNET/PO2")).value();
        QCOMPARE(toPo2.size(), 1);
        QVERIFY(toPo2.first().message.report);
        QVERIFY(toPo2.first().message.subject.contains(QStringLiteral("First")));
        QCOMPARE(store()
                     .connection()
                     .scalar(QStringLiteral("SELECT count(*) FROM events WHERE event_id IN (1001, 1003)"))
                     ->toInt(),
                 2);
        clickButton(queue, QDialogButtonBox::Close);
        clickButton(sheet, QDialogButtonBox::Cancel);
    }

    void aSecondConnectorToTheSameSiteIsRefusedInTheSheet_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("className");
        QTest::addColumn<QString>("label");
        QTest::newRow("site connector")
            << QStringLiteral("actionNewSiteConnector") << QStringLiteral("site-connector")
            << QStringLiteral("Site Connector");
        QTest::newRow("directory replication connector") << QStringLiteral("actionNewReplicationConnector")
                                                         << QStringLiteral("directory-replication-connector")
                                                         << QStringLiteral("Directory Replication Connector");
    }

    void aSecondConnectorToTheSameSiteIsRefusedInTheSheet()
    {
        QFETCH(QString, action);
        QFETCH(QString, className);
        QFETCH(QString, label);
        const bool site = className == QLatin1String("site-connector");
        ChangeSet first;
        first.create(className,
                     site ? SiteBuilder::connectionsDn(Org, Site)
                          : SiteBuilder::directoryReplicationDn(Org, Site),
                     {{attr::DisplayName, {QStringLiteral("First to London")}},
                      {site ? attr::TargetSite : attr::RemoteSite, {QStringLiteral("LONDON")}}},
                     QStringLiteral("First to London"));
        QVERIFY(store().commit(first).ok());
        const QString before = digest();
        PropertySheet* sheet = newOther(action);
        QVERIFY(sheet);
        type(sheet, QStringLiteral("displayNameEdit"), QStringLiteral("Second to London"));
        clickButton(sheet, QDialogButtonBox::Ok);
        const QStringList errors = Prompts::takeRecorded();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().startsWith(QStringLiteral("Site SEATTLE already has a %1 to LONDON (First to "
                                                          "London); there is one between two sites.")
                                               .arg(label)),
                 qPrintable(errors.first()));
        QVERIFY(sheet->isVisible());
        QCOMPARE(digest(), before);
        clickButton(sheet, QDialogButtonBox::Cancel);
    }

    void aConnectorNeedsADirectoryName()
    {
        PropertySheet* sheet = newOther(QStringLiteral("actionNewSiteConnector"));
        QVERIFY(sheet);
        const QString before = digest();
        clickButton(sheet, QDialogButtonBox::Ok);
        QCOMPARE(Prompts::takeRecorded(), QStringList{QStringLiteral("Type a directory name.")});
        QVERIFY(sheet->isVisible());
        QCOMPARE(digest(), before);
        clickButton(sheet, QDialogButtonBox::Cancel);
    }
};

QTEST_MAIN(TestConnectors)
#include "tst_connectors.moc"
