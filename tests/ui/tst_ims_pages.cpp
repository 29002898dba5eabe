#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/msmail/PostofficeStore.h"
#include "core/transport/ImsQueue.h"
#include "core/transport/MtaQueue.h"
#include "tests/support/TestSupport.h"
#include "tests/support/UiTestSupport.h"
#include "ui/common/Prompts.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ServerWindow.h"
#include "ui/properties/PropertySheet.h"
#include "ui/session/SiteSession.h"

#include <QComboBox>
#include <QLabel>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <memory>

using namespace sa::core;
using namespace sa::ui;
using namespace sa::test;

namespace {
const QString Org = QStringLiteral("NORTHWIND");
const QString Site = QStringLiteral("SEATTLE");
} // namespace

/// The Internet Mail Service's property sheet, opened from File > New Other and filled in as an
/// administrator would, page by page (General, Connected Sites, Address Space, Connections, Delivery
/// Restrictions, Diagnostics Logging, Queues), then opened again to return a waiting message from its
/// Queues page. (Split from tst_connectors, which holds the other connectors' sheets.)
class TestImsPages : public QObject
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
    void initTestCase() { startGuiTests(QStringLiteral("siteadmin-test-ims-pages")); }

    void init() { openTwoSiteWindow(m_dir, m_window); }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void internetMailServiceThroughItsPages()
    {
        PropertySheet* sheet = newOther(QStringLiteral("actionNewInternetMailService"));
        QVERIFY(sheet);
        QCOMPARE(sheet->windowTitle(), QStringLiteral("New Internet Mail Service"));
        auto* tabs = sheet->findChild<QTabWidget*>(QStringLiteral("propertyTabs"));
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i)
            titles << tabs->tabText(i);
        QCOMPARE(titles, (QStringList{QStringLiteral("General"), QStringLiteral("Connected Sites"),
                                      QStringLiteral("Address Space"), QStringLiteral("Connections"),
                                      QStringLiteral("Delivery Restrictions"),
                                      QStringLiteral("Diagnostics Logging"), QStringLiteral("Queues"),
                                      QStringLiteral("History"), QStringLiteral("Raw Properties")}));
        QCOMPARE(sheet->findChild<QLineEdit*>(QStringLiteral("directoryNameEdit"))->text(),
                 QStringLiteral("Internet Mail Service (X1)"));
        savePng(sheet, QStringLiteral("connector-ims-general"));

        // Connected Sites: PARIS of another organization is refused in the dialog; PARIS of ours is taken.
        showTab(sheet, QStringLiteral("Connected Sites"));
        QWidget* sites = sheet->findChild<QWidget*>(QStringLiteral("connectedSitesPage"));
        clickNamed(sites, QStringLiteral("newValueButton"));
        QDialog* dialog = waitForDialog(sheet, QStringLiteral("connectedSiteDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("connectedOrganizationEdit"))->text(), Org);
        type(dialog, QStringLiteral("connectedOrganizationEdit"), QStringLiteral("CONTOSO"));
        type(dialog, QStringLiteral("connectedSiteEdit"), QStringLiteral("paris"));
        type(dialog, QStringLiteral("routingAddressEdit"), QStringLiteral("Paris.Northwind.Example"));
        clickButton(dialog, QDialogButtonBox::Ok);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->findChild<QLabel*>(QStringLiteral("connectedSiteError"))
                     ->text()
                     .contains(QStringLiteral("sites of one organization only")),
                 qPrintable(dialog->findChild<QLabel*>(QStringLiteral("connectedSiteError"))->text()));
        savePng(dialog, QStringLiteral("connector-ims-connected-site-error"));
        type(dialog, QStringLiteral("connectedOrganizationEdit"), Org);
        clickButton(dialog, QDialogButtonBox::Ok);
        QVERIFY(QTest::qWaitFor([&] { return !dialog || !dialog->isVisible(); }));
        QCOMPARE(rows(sites, true),
                 QStringList{QStringLiteral("NORTHWIND | PARIS | paris.northwind.example")});
        savePng(sheet, QStringLiteral("connector-ims-connected-sites"));

        // Address Space: PARIS's shadow postoffice, greyed.
        showTab(sheet, QStringLiteral("Address Space"));
        QWidget* space = sheet->findChild<QWidget*>(QStringLiteral("addressSpacePage"));
        QCOMPARE(rows(space, false), QStringList{QStringLiteral("MS | NORTHWIND/PARIS/*")});
        // Its own: Internet addresses only (New... offers no other type).
        clickNamed(space, QStringLiteral("newValueButton"));
        QDialog* spaceDialog = waitForDialog(sheet, QStringLiteral("addressSpaceDialog"));
        QVERIFY(spaceDialog);
        auto* typeCombo = spaceDialog->findChild<QComboBox*>(QStringLiteral("addressTypeCombo"));
        QCOMPARE(typeCombo->count(), 1);
        QCOMPARE(typeCombo->currentText(), QStringLiteral("Internet"));
        QVERIFY(!typeCombo->isEnabled()); // fixed: the address takes the keys
        QCOMPARE(spaceDialog->focusWidget(),
                 spaceDialog->findChild<QLineEdit*>(QStringLiteral("addressSpaceEdit")));
        type(spaceDialog, QStringLiteral("addressSpaceEdit"), QStringLiteral("*@outside.example"));
        clickButton(spaceDialog, QDialogButtonBox::Ok);
        QVERIFY(QTest::qWaitFor([&] { return !spaceDialog || !spaceDialog->isVisible(); }));
        QCOMPARE(rows(space, true), QStringList{QStringLiteral("SMTP | *@outside.example")});
        savePng(sheet, QStringLiteral("connector-ims-address-space"));

        // Connections: Postfix on this machine by default; a host that is no host name is refused on OK.
        showTab(sheet, QStringLiteral("Connections"));
        QVERIFY(sheet->findChild<QRadioButton*>(QStringLiteral("modeInboundOutbound"))->isChecked());
        QCOMPARE(sheet->findChild<QLineEdit*>(QStringLiteral("smartHostEdit"))->text(),
                 QStringLiteral("127.0.0.1"));
        QCOMPARE(sheet->findChild<QSpinBox*>(QStringLiteral("smartHostPortSpin"))->value(), 25);
        sheet->findChild<QRadioButton*>(QStringLiteral("modeOutboundOnly"))->click();
        sheet->findChild<QSpinBox*>(QStringLiteral("smartHostPortSpin"))->setValue(2525);
        type(sheet, QStringLiteral("inboundDomainEdit"), QStringLiteral("seattle.northwind.example"));
        type(sheet, QStringLiteral("smartHostEdit"), QStringLiteral("mail host"));
        type(sheet, QStringLiteral("mtaConfigurationEdit"), QStringLiteral("/etc/postfix-sites"));
        savePng(sheet, QStringLiteral("connector-ims-connections"));

        // Delivery Restrictions: accept from everyone, reject no one, until lists are chosen.
        showTab(sheet, QStringLiteral("Delivery Restrictions"));
        QVERIFY(sheet->findChild<QRadioButton*>(QStringLiteral("acceptAllRadio"))->isChecked());
        QVERIFY(sheet->findChild<QRadioButton*>(QStringLiteral("rejectNoneRadio"))->isChecked());
        savePng(sheet, QStringLiteral("connector-ims-delivery-restrictions"));
        // Diagnostics Logging: the service's own categories, Message Transfer raised to Medium.
        showTab(sheet, QStringLiteral("Diagnostics Logging"));
        auto* diagnostics = sheet->findChild<QWidget*>(QStringLiteral("diagnosticsLoggingPage"));
        QVERIFY(diagnostics->findChild<QLabel*>(QStringLiteral("diagnosticsServiceLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Service: MSExchangeIMC.")));
        QCOMPARE(diagnostics->findChildren<QComboBox*>().size(), 7);
        auto* transfer = diagnostics->findChild<QComboBox*>(QStringLiteral("levelMessageTransferCombo"));
        QVERIFY(transfer);
        QCOMPARE(transfer->currentText(), QStringLiteral("Minimum"));
        transfer->setCurrentText(QStringLiteral("Medium"));
        savePng(sheet, QStringLiteral("connector-ims-diagnostics-logging"));
        // Queues: nothing yet for a new service.
        showTab(sheet, QStringLiteral("Queues"));
        QCOMPARE(sheet->findChild<QLabel*>(QStringLiteral("imsQueueStatus"))->text(),
                 QStringLiteral("A new Internet Mail Service has no queues yet."));
        const QString before = digest();
        clickButton(sheet, QDialogButtonBox::Ok);
        QVERIFY(sheet->isVisible());
        QCOMPARE(Prompts::takeRecorded().size(), 1);
        QCOMPARE(digest(), before);
        type(sheet, QStringLiteral("smartHostEdit"), QStringLiteral("localhost"));
        clickButton(sheet, QDialogButtonBox::Ok);
        QVERIFY(QTest::qWaitFor([&] { return !sheet || !sheet->isVisible(); }));
        QCOMPARE(Prompts::takeRecorded(), QStringList());
        auto created = store().object(SiteBuilder::connectionsDn(Org, Site).child(
            QStringLiteral("cn"), QStringLiteral("Internet Mail Service (X1)")));
        QVERIFY(created.ok());
        QCOMPARE(created->value(attr::HomeServer),
                 SiteBuilder::serverDn(Org, Site, QStringLiteral("X1")).toString());
        QCOMPARE(created->valuesOf(attr::ConnectedSites),
                 QStringList{QStringLiteral("NORTHWIND|PARIS|paris.northwind.example")});
        QCOMPARE(created->value(attr::TransferMode), QStringLiteral("2"));
        QCOMPARE(created->value(attr::SmartHost), QStringLiteral("localhost"));
        QCOMPARE(created->value(attr::SmartHostPort), QStringLiteral("2525"));
        QCOMPARE(created->value(attr::InboundDomain), QStringLiteral("seattle.northwind.example"));
        QCOMPARE(created->value(attr::MtaConfiguration), QStringLiteral("/etc/postfix-sites"));
        QVERIFY(
            created->valuesOf(attr::DiagnosticsLogging).contains(QStringLiteral("Message Transfer|Medium")));
        QCOMPARE(created->valuesOf(attr::AddressSpace),
                 QStringList{QStringLiteral("SMTP:*@outside.example")});

        // Its Queues page: a message waiting for PARIS, returned to its sender with a report.
        QVERIFY(store().write([&](DirectoryWriter& w) {
            return ImsQueue::enqueue(w, QStringLiteral("PARIS"),
                                     Message::create(QStringLiteral("MS:NORTHWIND/SEATTLE/ANNA"),
                                                     QStringLiteral("MS:NORTHWIND/PARIS/PIERRE"),
                                                     QStringLiteral("Pour Paris"), {}));
        }));
        // And for the Internet: one its SMTP address space holds (shown), one it does not (not its).
        for (const QString& to :
             {QStringLiteral("SMTP:pat@outside.example"), QStringLiteral("SMTP:x@elsewhere.example")}) {
            QVERIFY(store().write([&](DirectoryWriter& w) {
                return ImsQueue::enqueue(
                    w, QString(), Message::create(QStringLiteral("MS:NORTHWIND/SEATTLE/ANNA"), to, to, {}));
            }));
        }
        m_window->showProperties(created.value(), QStringLiteral("Queues"));
        PropertySheet* open = waitFor<PropertySheet>(m_window.get());
        QVERIFY(open);
        auto* waiting = open->findChild<QTreeWidget*>(QStringLiteral("imsQueueList"));
        QCOMPARE(waiting->topLevelItemCount(), 2);
        QCOMPARE(waiting->topLevelItem(0)->text(3), QStringLiteral("Pour Paris"));
        QCOMPARE(waiting->topLevelItem(0)->text(2), QStringLiteral("PARIS"));
        QCOMPARE(waiting->topLevelItem(1)->text(1), QStringLiteral("SMTP:pat@outside.example"));
        QCOMPARE(waiting->topLevelItem(1)->text(2), QStringLiteral("Internet"));
        QCOMPARE(open->findChild<QLabel*>(QStringLiteral("imsQueueStatus"))->text(),
                 QStringLiteral("2 message(s) waiting; not tried yet."));
        QVERIFY(!open->findChild<QLabel*>(QStringLiteral("postfixQueueStatus"))->text().isEmpty());
        savePng(open, QStringLiteral("connector-ims-queues"));
        QVERIFY(!open->findChild<QPushButton*>(QStringLiteral("queueReturnButton"))->isEnabled());
        waiting->topLevelItem(0)->setSelected(true);
        clickNamed(open, QStringLiteral("queueReturnButton"));
        QCOMPARE(waiting->topLevelItemCount(), 1);
        QCOMPARE(ImsQueue(store()).count().value(), 2);
        const auto reports = MtaQueue(store()).all();
        QVERIFY(reports);
        QCOMPARE(reports->size(), 1);
        QCOMPARE(reports->first().message.subject, QStringLiteral("Undeliverable: Pour Paris"));
        clickButton(open, QDialogButtonBox::Cancel);

        // One per server: a second is not offered.
        m_window->action(QStringLiteral("actionNewInternetMailService"))->trigger();
        QCOMPARE(
            Prompts::takeRecorded().value(0),
            QStringLiteral("Every server of site SEATTLE has its Internet Mail Service already. Open it in "
                           "Configuration > Connections to change its connected sites."));
    }
};

QTEST_MAIN(TestImsPages)
#include "tst_ims_pages.moc"
