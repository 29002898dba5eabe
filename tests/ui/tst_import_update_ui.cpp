#include "core/directory/SiteBuilder.h"
#include "core/host/DemoOrganization.h"
#include "tests/support/TestSupport.h"
#include "tests/support/UiTestSupport.h"
#include "ui/common/FileDialogs.h"
#include "ui/dialogs/DirectoryTransferDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ServerWindow.h"
#include "ui/models/ContentsModel.h"
#include "ui/properties/AddressBookDialog.h"
#include "ui/session/SiteSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace sa::core;
using namespace sa::ui;
using namespace sa::test;

/// Tools > Directory Import in the window follows the same modes as siteadminctl import (issue 15):
/// the administrator exports a container, edits a cell in a spreadsheet and imports the file again
/// with an empty Mode: the one edited recipient changes and the dialog says so; a stray '%' is
/// listed at its line and column and nothing is written. Both dialogs, and the pickers, start on the
/// selected container (or this site's Recipients) and name every container with its site (issue 20).
class TestImportUpdateUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

    DirectoryTransferDialog* run(const QString& action, const QString& file,
                                 const std::function<void(DirectoryTransferDialog*)>& before = {})
    {
        m_window->action(action)->trigger();
        auto* dialog = waitFor<DirectoryTransferDialog>(m_window.get());
        if (!dialog)
            return nullptr;
        if (action == QLatin1String("actionDirectoryExport")) {
            FileDialogs::setNextFileName(file);
            dialog->findChild<QPushButton*>(QStringLiteral("transferBrowseButton"))->click();
            dialog->findChild<QCheckBox*>(QStringLiteral("export_distribution-list"))->setChecked(false);
        } else {
            dialog->findChild<QLineEdit*>(QStringLiteral("transferFileEdit"))->setText(file);
        }
        if (before)
            before(dialog);
        QSignalSpy done(dialog, &DirectoryTransferDialog::done);
        dialog->findChild<QPushButton*>(QStringLiteral("transferRunButton"))->click();
        if (!done.wait(10000))
            return nullptr;
        return dialog;
    }

private Q_SLOTS:
    void initTestCase() { startGuiTests(QStringLiteral("siteadmin-test-import-update-ui")); }

    void init()
    {
        openDemoWindow(m_dir, m_window);
        QVERIFY(m_window->activeServerWindow()->selectContainer(
            SiteBuilder::recipientsDn(QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"))));
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void importAndExportStartOnTheSelectedContainerNamedWithItsSite()
    {
        const auto containerCombo = [this](const QString& action) {
            m_window->action(action)->trigger();
            auto* dialog = waitFor<DirectoryTransferDialog>(m_window.get());
            return dialog ? dialog->findChild<QComboBox*>(QStringLiteral("transferContainerCombo")) : nullptr;
        };
        const auto items = [](QComboBox* combo) {
            QStringList out;
            for (int i = 0; i < combo->count(); ++i)
                out << combo->itemText(i);
            return out;
        };
        // Recipients of SEATTLE selected: both start there. Export offers LONDON's replica too, each
        // named with its site; Import only this site's (two "Recipients" were listed before).
        QComboBox* combo = containerCombo(QStringLiteral("actionDirectoryExport"));
        QVERIFY(combo);
        QCOMPARE(combo->currentText(), QStringLiteral("Recipients (SEATTLE)"));
        QCOMPARE(items(combo), (QStringList{QStringLiteral("Recipients (SEATTLE)"),
                                            QStringLiteral("Recipients (LONDON)")}));
        combo->window()->close();
        combo = containerCombo(QStringLiteral("actionDirectoryImport"));
        QVERIFY(combo);
        QCOMPARE(items(combo), QStringList{QStringLiteral("Recipients (SEATTLE)")});
        combo->window()->close();
        // LONDON's replica selected: Export starts on it.
        QVERIFY(m_window->activeServerWindow()->selectContainer(
            SiteBuilder::recipientsDn(QStringLiteral("NORTHWIND"), QStringLiteral("LONDON"))));
        combo = containerCombo(QStringLiteral("actionDirectoryExport"));
        QCOMPARE(combo->currentText(), QStringLiteral("Recipients (LONDON)"));
        combo->window()->close();
        // Configuration selected (no recipients there): this site's Recipients, not the first by name.
        QVERIFY(m_window->activeServerWindow()->selectContainer(
            SiteBuilder::configurationDn(QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"))));
        combo = containerCombo(QStringLiteral("actionDirectoryExport"));
        QCOMPARE(combo->currentText(), QStringLiteral("Recipients (SEATTLE)"));
        combo->window()->close();
        // A picker (the address book) opens on this site's Recipients, the others named with their site.
        AddressBookDialog book(m_window->activeServerWindow()->session().store(),
                               AddressBookDialog::Mode::Single, QStringLiteral("Pick"),
                               QStringLiteral("Chosen:"));
        auto* names = book.findChild<QComboBox*>(QStringLiteral("showNamesCombo"));
        QCOMPARE(names->currentText(), QStringLiteral("Recipients (SEATTLE)"));
        QCOMPARE(items(names), (QStringList{QStringLiteral("Recipients (SEATTLE)"),
                                            QStringLiteral("Recipients (LONDON)")}));
    }

    void exportEditImportChangesTheEditedRecipient()
    {
        const QString file = m_dir->filePath(QStringLiteral("recipients.csv"));
        auto* exporter = run(QStringLiteral("actionDirectoryExport"), file);
        QVERIFY(exporter);
        exporter->close();
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        const int rows = int(bytes.count("\r\n")) - 1;
        QVERIFY(bytes.contains("Andrew Fuller"));
        bytes.replace("Andrew Fuller", "Andrew J. Fuller");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();

        auto* importer = run(QStringLiteral("actionDirectoryImport"), file);
        QVERIFY(importer);
        QVERIFY2(importer->problems().isEmpty(), qPrintable(importer->problems().value(0).reason.english()));
        QCOMPARE(importer->result(),
                 QStringLiteral("Imported: 0 created, 1 modified, %1 unchanged, 0 deleted.").arg(rows - 1));
        savePng(importer, QStringLiteral("directory-import-update"));
        importer->close();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->activeServerWindow()
                                         ->contentsModel()
                                         ->match(m_window->activeServerWindow()->contentsModel()->index(0, 0),
                                                 Qt::DisplayRole, QStringLiteral("Andrew J. Fuller"), 1,
                                                 Qt::MatchExactly)
                                         .size() == 1,
                                 3000);
    }

    void multivaluedPropertiesAppendOrOverwrite()
    {
        const QString file = m_dir->filePath(QStringLiteral("team.csv"));
        const auto write = [&file](const QByteArray& bytes) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
        };
        const auto members = [this] {
            auto team = m_window->activeServerWindow()->session().store().object(
                SiteBuilder::recipientsDn(QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"))
                    .child(QStringLiteral("cn"), QStringLiteral("Team")));
            QStringList out;
            for (const QString& m : team ? team->valuesOf(QStringLiteral("Member")) : QStringList())
                out << Dn::parse(m)->rdn().value;
            out.sort();
            return out;
        };
        write("Obj-Class, Directory Name, Members\r\ndl, Team, AndrewF\r\n");
        auto* importer = run(QStringLiteral("actionDirectoryImport"), file);
        QVERIFY(importer);
        // Overwrite values is the default, Append values one click away.
        auto* append = importer->findChild<QRadioButton*>(QStringLiteral("multivaluedAppendRadio"));
        auto* overwrite = importer->findChild<QRadioButton*>(QStringLiteral("multivaluedOverwriteRadio"));
        QVERIFY(append && overwrite && overwrite->isChecked() && !append->isChecked());
        importer->close();
        write("Obj-Class, Directory Name, Members\r\ndl, Team, AnnD\r\n");
        importer = run(QStringLiteral("actionDirectoryImport"), file, [](DirectoryTransferDialog* d) {
            QTest::mouseClick(d->findChild<QRadioButton*>(QStringLiteral("multivaluedAppendRadio")),
                              Qt::LeftButton);
        });
        QVERIFY(importer);
        QVERIFY2(importer->problems().isEmpty(), qPrintable(importer->problems().value(0).reason.english()));
        QCOMPARE(members(), (QStringList{QStringLiteral("AndrewF"), QStringLiteral("AnnD")}));
        savePng(importer, QStringLiteral("directory-import-append"));
        importer->close();
        importer = run(QStringLiteral("actionDirectoryImport"), file);
        QVERIFY(importer);
        QCOMPARE(members(), QStringList{QStringLiteral("AnnD")});
        importer->close();
    }

    void aWindows1252FileIsReadWhenAnsiIsChosen()
    {
        const QString file = QStringLiteral(SITEADMIN_TEST_DATA "/import/ansi-names.csv");
        // As UTF-8 (the default without a byte-order mark) it is refused where its first 0xFC is.
        auto* importer = run(QStringLiteral("actionDirectoryImport"), file);
        QVERIFY(importer);
        QCOMPARE(importer->problems().size(), 1);
        QCOMPARE(importer->problems().first().line, 2);
        importer->close();
        // ANSI chosen in the Character set box, as a person picks it.
        importer = run(QStringLiteral("actionDirectoryImport"), file, [](DirectoryTransferDialog* d) {
            auto* combo = d->findChild<QComboBox*>(QStringLiteral("importCharsetCombo"));
            QCOMPARE(combo->currentText(), QStringLiteral("Detect (byte-order mark, else UTF-8)"));
            combo->setFocus();
            QTest::keyClick(combo, Qt::Key_Down);
            QCOMPARE(combo->currentText(), QStringLiteral("ANSI (Windows-1252)"));
        });
        QVERIFY(importer);
        QVERIFY2(importer->problems().isEmpty(), qPrintable(importer->problems().value(0).reason.english()));
        savePng(importer, QStringLiteral("directory-import-ansi"));
        importer->close();
        auto muller = m_window->activeServerWindow()->session().store().object(
            SiteBuilder::recipientsDn(QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"))
                .child(QStringLiteral("cn"), QStringLiteral("JuergenM")));
        QVERIFY(muller.ok());
        QCOMPARE(muller->value(QStringLiteral("Display-Name")), QStringLiteral("Jürgen Müller"));
    }

    void exportInTheChosenCharacterSet()
    {
        const QString file = m_dir->filePath(QStringLiteral("unicode.csv"));
        auto* exporter = run(QStringLiteral("actionDirectoryExport"), file, [](DirectoryTransferDialog* d) {
            auto* combo = d->findChild<QComboBox*>(QStringLiteral("exportCharsetCombo"));
            QCOMPARE(combo->currentText(), QStringLiteral("UTF-8"));
            combo->setFocus();
            QTest::keyClick(combo, Qt::Key_Down);
            QTest::keyClick(combo, Qt::Key_Down);
            QCOMPARE(combo->currentText(), QStringLiteral("Unicode (UTF-16)"));
        });
        QVERIFY(exporter);
        savePng(exporter, QStringLiteral("directory-export-unicode"));
        exporter->close();
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith(QByteArray("\xFF\xFEO\0b\0j\0", 8)));
    }

    void aStrayPercentIsListedAndNothingWritten()
    {
        const QString file = m_dir->filePath(QStringLiteral("stray.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Obj-Class,Common-Name,Proxy-Addresses\r\nMailbox,AndrewF,%\r\n");
        f.close();
        const QString before = databaseDigest(m_window->organization().sitePath(QStringLiteral("SEATTLE")));
        auto* importer = run(QStringLiteral("actionDirectoryImport"), file);
        QVERIFY(importer);
        QCOMPARE(importer->problems().size(), 1);
        QCOMPARE(importer->problems().first().line, 2);
        QCOMPARE(importer->problems().first().column, 3);
        auto* list = importer->findChild<QTreeWidget*>(QStringLiteral("importProblemList"));
        QVERIFY(list->isVisible());
        QVERIFY(list->topLevelItem(0)->text(2).contains(
            QStringLiteral("empty value between its '%' separators")));
        QCOMPARE(databaseDigest(m_window->organization().sitePath(QStringLiteral("SEATTLE"))), before);
        savePng(importer, QStringLiteral("directory-import-stray-percent"));
    }
};

QTEST_MAIN(TestImportUpdateUi)
#include "tst_import_update_ui.moc"
