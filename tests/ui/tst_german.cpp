// The window in German (issue 21): run under LANG=de_DE.UTF-8 (CTest sets it), the program picks its
// German catalogue and Qt's, and the main window, every property sheet and every New Other wizard show
// no English word, names of the organization's objects apart.
#include "core/directory/DirectoryImporter.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/dirsync/DirsyncLate.h"
#include "core/dirsync/DirsyncTemplateMap.h"
#include "core/host/DirsyncCycle.h"
#include "tests/support/DialogWalk.h"
#include "tests/support/LanguageCheck.h"
#include "tests/support/MnemonicCheck.h"
#include "tests/support/UiTestSupport.h"
#include "ui/common/Prompts.h"
#include "ui/common/Translations.h"
#include "ui/dialogs/ProcedureDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ServerWindow.h"
#include "ui/mainwindow/ServiceCommands.h"
#include "ui/properties/PropertySheet.h"
#include "ui/session/SiteSession.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QBuffer>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QWizard>
#include <memory>

using namespace sa::test;
using sa::ui::Prompts;
using sa::ui::PropertySheet;

class TestGerman : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sa::ui::MainWindow> m_window;
    QString m_language;

    sa::ui::ServerWindow* server() const { return m_window->activeServerWindow(); }

    /// Every name the demo's objects have: they are the administrator's, not the program's words.
    QStringList names() const
    {
        // The products' own names, which German Exchange kept too.
        QStringList all{QStringLiteral("Microsoft Exchange"),
                        QStringLiteral("MS Mail Connector"),
                        QStringLiteral("MS Mail"),
                        QStringLiteral("Internet Mail Service"),
                        QStringLiteral("Message Transfer Agent"),
                        QStringLiteral("Site Administrator"),
                        QStringLiteral("Add-In")};
        auto objects = server()->session().store().objectsOf(sa::core::ListFilter(), 100000);
        if (objects.ok()) {
            for (const sa::core::DirectoryObject& o : objects.value()) {
                all << o.rdn() << o.displayName() << o.dn.toString();
                for (auto v = o.values.cbegin(); v != o.values.cend(); ++v)
                    all << v.value(); // what the administrator typed: titles, departments, addresses
            }
        }
        // The directory's own vocabulary, the same in every language (as in the original's raw
        // mode): attribute and syntax names, the import file's keywords, MS Mail's template prompts,
        // auto naming's codes, commands and paths.
        for (const sa::core::AttributeDef& a : sa::core::Schema::instance().attributes())
            all << a.name << sa::core::syntaxName(a.syntax);
        all << QStringLiteral("Obj-Class") << QStringLiteral("Mode") << QStringLiteral("Update")
            << QStringLiteral("Create") << QStringLiteral("Modify") << QStringLiteral("Delete")
            << QStringLiteral("Department:") << QStringLiteral("%First") << QStringLiteral("%Last")
            << QStringLiteral("%Initials") << QStringLiteral("%1First")
            << QStringLiteral("installer/postfix-site.sh") << QStringLiteral("siteadminctl")
            << QStringLiteral("siteadmin");
        for (const sa::core::ClassDef& c : sa::core::Schema::instance().classes())
            all << c.name << c.objClass;
        for (const auto& prompt : sa::core::DirsyncTemplateMap::defaultIncoming())
            all << prompt.first + QLatin1Char(':'); // MS Mail's own field names
        all.removeAll(QString());
        all.removeDuplicates();
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        startGuiTests(QStringLiteral("siteadmin-test-german"));
        m_language = sa::ui::Translations::install(); // the locale of the environment, as main() does
    }

    void init() { openDemoWindow(m_dir, m_window); }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void theGermanLocaleChoosesGermanAndQtsOwnCatalogue()
    {
        QCOMPARE(QLocale().name(), QStringLiteral("de_DE"));
        QCOMPARE(m_language, QStringLiteral("de"));
        QVERIFY(sa::ui::Translations::shipped().contains(QStringLiteral("de")));
        // Qt's own: the standard buttons of every dialog.
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    }

    /// A core error: English for the command line and the logs, German where the window shows it,
    /// phrase inside phrase (the kind of name, and an error inside another).
    void aCoreErrorIsEnglishInTheLogAndGermanInTheWindow()
    {
        const sa::core::Status s = sa::core::Organization::checkNames(
            QStringLiteral("NORTHWIND"), QStringLiteral(" OST"), QStringLiteral("X9"));
        QVERIFY(!s);
        QCOMPARE(s.error().message(), QStringLiteral("the site name \" OST\" starts or ends with a space"));
        QCOMPARE(s.error().translated(),
                 QStringLiteral("der Name (Standort) „ OST“ beginnt oder endet mit einem Leerzeichen"));
        const sa::core::Error outer(
            sa::core::ErrorCode::InvalidArgument,
            sa::core::Phrase::tr("%1: %2").arg(QStringLiteral("import.csv"), s.error().phrase()));
        QCOMPARE(outer.message(),
                 QStringLiteral("import.csv: the site name \" OST\" starts or ends with a space"));
        QVERIFY(outer.translated().endsWith(QStringLiteral("beginnt oder endet mit einem Leerzeichen")));
        // A text that is not ours (SQLite's, the system's) is said as it is.
        QCOMPARE(sa::core::Error(sa::core::ErrorCode::Storage, QStringLiteral("disk I/O error")).translated(),
                 QStringLiteral("disk I/O error"));
    }

    /// What a dirsync cycle goes on without and the steps it reports are said in German in the
    /// window and in English for the logs: a site whose database cannot be opened, each step's
    /// name, and a value the directory refuses.
    void theCyclesStepsAndWhatItWentWithoutAreGerman()
    {
        m_window.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        auto org = sa::core::DemoOrganization::build(m_dir->path(), sa::core::DemoStage::Configured);
        QVERIFY2(org.ok(), qPrintable(org.ok() ? QString() : org.error().message()));
        QFile broken(org->sitesDir() + QStringLiteral("/BROKEN.sqlite"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("not a database, not at all");
        broken.close();
        sa::core::DirsyncCycle cycle(org.value());
        QStringList steps;
        QStringList englishSteps;
        cycle.setProgress([&](const sa::core::Phrase& step, int, int) {
            steps << step.translated();
            englishSteps << step.english();
        });
        auto report = cycle.run();
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message()));
        QVERIFY(steps.size() >= 6);
        QVERIFY2(englishSteps.contains(QStringLiteral("the requests carried")),
                 qPrintable(englishSteps.join(QLatin1Char('|'))));
        const QRegularExpression names = sa::test::detail::namesPattern(
            {QStringLiteral("NWNET/PO1"), QStringLiteral("NWNET/PO2"), QStringLiteral("SEATTLE")});
        for (const QString& step : std::as_const(steps))
            QVERIFY2(sa::test::detail::englishIn(step, names).isEmpty(), qPrintable(step));
        QVERIFY2(steps.contains(QStringLiteral("Beförderung der Anforderungen")),
                 qPrintable(steps.join(QLatin1Char('|'))));
        QCOMPARE(report->problems.size(), 1);
        // The store's reason too, without the file's path (the line names the file itself).
        QCOMPARE(report->problems.first().english(),
                 QStringLiteral("the site BROKEN (sites/BROKEN.sqlite) cannot be opened: not a site database "
                                "(not an SQLite file)"));
        QCOMPARE(report->problems.first().translated(),
                 QStringLiteral("der Standort BROKEN (sites/BROKEN.sqlite) kann nicht geöffnet werden: keine "
                                "Standort-Datenbank (keine SQLite-Datei)"));
        // The panel's row of a requestor whose postoffice cannot be opened, and why a requestor is
        // late when its postoffice is on another machine.
        for (const char* wal : {"-wal", "-shm"})
            QFile::remove(org->dir() + QStringLiteral("/postoffices/NWNET-PO1.sqlite") + QLatin1String(wal));
        QFile po(org->dir() + QStringLiteral("/postoffices/NWNET-PO1.sqlite"));
        QVERIFY(po.open(QIODevice::WriteOnly | QIODevice::Truncate));
        po.write("not a postoffice");
        po.close();
        auto site = sa::core::DirectoryStore::open(org->sitesDir() + QStringLiteral("/SEATTLE.sqlite"));
        QVERIFY(site.ok());
        auto status = sa::core::DirsyncCycle::partnerStatus(*site.value());
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message()));
        QStringList rows;
        bool said = false;
        for (const sa::core::DirsyncPartnerStatus& s : status.value()) {
            const QString row = s.unreadable.translated();
            rows << row;
            said = said ||
                   (row.startsWith(QStringLiteral("das Postamt NWNET/PO1 kann nicht geöffnet werden: ")) &&
                    row.endsWith(QStringLiteral("keine Postamt-Datenbank (keine SQLite-Datei)")));
        }
        QVERIFY2(said, qPrintable(rows.join(QLatin1Char('|'))));
        const sa::core::Phrases late =
            sa::core::DirsyncLate::waiting(org.value(), QStringLiteral("MS:FARNET/POX/$SYSTEM"));
        QCOMPARE(late.size(), 1);
        QVERIFY2(
            late.first().translated().startsWith(QStringLiteral("FARNET/POX ist nicht in diesem Ordner")),
            qPrintable(late.first().translated()));
        // A value refused at every door: the rule's reason in German too.
        const sa::core::AttributeDef* trust =
            sa::core::Schema::instance().findAttribute(sa::core::attr::TrustLevel);
        QVERIFY(trust);
        const auto refused = sa::core::Schema::instance().normalizeValue(*trust, QStringLiteral("a\x01"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message().endsWith(
                     QStringLiteral("it holds the control character \\x01 at character 2")),
                 qPrintable(refused.error().message()));
        QVERIFY2(refused.error().translated().endsWith(
                     QStringLiteral("es enthält das Steuerzeichen \\x01 bei Zeichen 2")),
                 qPrintable(refused.error().translated()));
    }

    /// Help > Procedure in German, and every menu command it names (**Datei > Neu: Andere > ...**) is
    /// the window's own German command, so that the walkthrough and the menus never drift apart.
    void theProcedureIsGermanAndNamesTheGermanMenus()
    {
        QAction* procedure = m_window->action(QStringLiteral("actionProcedure"));
        QVERIFY(procedure);
        procedure->trigger();
        auto* dialog = waitFor<sa::ui::ProcedureDialog>(m_window.get());
        QVERIFY(dialog);
        const QString text = dialog->text()->toPlainText();
        QVERIFY2(text.startsWith(QStringLiteral("Dir-Sync mit mehreren Servern")), qPrintable(text.left(80)));
        QVERIFY(text.contains(QStringLiteral("Standortconnector")));
        const QString markdown = sa::ui::ProcedureDialog::walkthrough(QStringLiteral("de"));
        static const QRegularExpression path(QStringLiteral("\\*\\*([^*]+ > [^*]+)\\*\\*"));
        int checked = 0;
        for (auto m = path.globalMatch(markdown); m.hasNext();) {
            const QString named = m.next().captured(1);
            const QStringList parts = named.split(QStringLiteral(" > "));
            // The menu bar's menu, then its commands and submenus; what follows a command that opens a
            // dialog (Extras > Optionen > Dienste: a tab) is the dialog's.
            QList<QAction*> actions = m_window->menuBar()->actions();
            for (const QString& part : parts) {
                QAction* found = nullptr;
                for (QAction* a : std::as_const(actions)) {
                    if (a->menu())
                        Q_EMIT a->menu()->aboutToShow();
                    if (readable(a->text()) == part)
                        found = a;
                }
                QVERIFY2(found, qPrintable(named + QStringLiteral(": no ") + part));
                if (!found->menu())
                    break;
                actions = found->menu()->actions();
            }
            ++checked;
        }
        QVERIFY(checked >= 10);
        savePng(dialog, QStringLiteral("german-procedure"));
        dialog->close();
    }

    /// Directory Import's problems, as its dialog lists them: German, with the line and column; the
    /// command line's lines English.
    void anImportsProblemsAreGermanInTheWindow()
    {
        QByteArray bytes("Obj-Class,Display-Name,Shoe-Size\nMailbox,Ann,42\n");
        QBuffer file(&bytes);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto report =
            sa::core::DirectoryImporter::importFrom(server()->session().store(), file, sa::core::Dn());
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.first().column, 3);
        QCOMPARE(report.problems.first().reason.translated(),
                 QStringLiteral("unbekanntes Attribut „Shoe-Size“"));
        QCOMPARE(report.lines(QStringLiteral("x.csv")),
                 QStringList{QStringLiteral("x.csv:1:3: unknown attribute \"Shoe-Size\"")});
    }

    void theCheckFindsEnglish()
    {
        QWidget window;
        window.setWindowTitle(QStringLiteral("Eigenschaften von Nancy Davolio"));
        auto* button = new QPushButton(QStringLiteral("&Apply"), &window);
        button->setToolTip(QStringLiteral("Übernimmt die Änderungen"));
        const QStringList problems =
            windowEnglish(&window, QStringLiteral("toy"), {QStringLiteral("Nancy Davolio")});
        QCOMPARE(problems, QStringList{QStringLiteral("toy: \"&Apply\" [apply]")});
    }

    void theMainWindowSpeaksGerman()
    {
        // The demo with directory synchronization set up, after a cycle: the Synchronization Status
        // panel's states, history and summary are the program's words.
        m_window.reset();
        openDemoWindow(m_dir, m_window, QSize(1200, 760), sa::core::DemoStage::Configured);
        m_window->restorePanels(true);
        QSignalSpy finished(m_window->services(), &sa::ui::ServiceCommands::lastCycleChanged);
        m_window->services()->start(sa::core::WorkerSettings{50, 30});
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY2(
            finished.first().at(1).toString().startsWith(QStringLiteral("Dirsync-Zyklus: T1 und T3 bei")),
            qPrintable(finished.first().at(1).toString()));
        // The panel has read the cycle's runs.
        const auto shows = [this](const QString& word) {
            for (const QAbstractItemView* v : m_window->findChildren<QAbstractItemView*>()) {
                const QAbstractItemModel* m = v->model();
                for (int r = 0; m && r < m->rowCount(); ++r) {
                    for (int c = 0; c < m->columnCount(); ++c) {
                        if (m->data(m->index(r, c)).toString() == word)
                            return true;
                    }
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(shows(QStringLiteral("erfolgreich")), 10000);
        m_window->action(QStringLiteral("actionNewWindow"))->trigger();
        QVERIFY(selectRow(QStringLiteral("Nancy Davolio")).isValid());
        const QStringList english = windowEnglish(m_window.get(), QStringLiteral("main window"), names());
        savePng(m_window.get(), QStringLiteral("german-main-window"));
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
        // The German letters are chosen anew: no two commands of a menu share one.
        for (QMenu* menu : m_window->menuBar()->findChildren<QMenu*>())
            Q_EMIT menu->aboutToShow();
        const QStringList clashes = menuBarMnemonicClashes(m_window->menuBar());
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    void everyPropertySheetSpeaksGerman()
    {
        // The first object of every class in the demo's site, every tab as it is shown.
        auto all = server()->session().store().objectsOf(sa::core::ListFilter(), 100000);
        QVERIFY(all.ok());
        const QStringList known = names();
        QSet<QString> seen;
        QStringList english;
        QStringList clashes;
        for (const sa::core::DirectoryObject& o : all.value()) {
            if (seen.contains(o.cls->name) || o.isReplica())
                continue;
            seen.insert(o.cls->name);
            m_window->showProperties(o);
            auto* sheet = waitFor<PropertySheet>(m_window.get());
            QVERIFY2(sheet, qPrintable(o.cls->name));
            visitTabs(sheet, o.cls->name, [&](QDialog* d, const QString& where) {
                english << windowEnglish(d, where, known);
                clashes << windowMnemonicClashes(d, where);
            });
            if (o.rdn() == QLatin1String("Nancy Davolio"))
                savePng(sheet, QStringLiteral("german-mailbox-sheet"));
            sheet->reject();
            delete sheet;
        }
        QVERIFY(seen.size() >= 15);
        english.removeDuplicates();
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    void everyWizardSpeaksGerman()
    {
        // Each File > New Other command the demo allows: a wizard's every page reached by Next, or a
        // new object's sheet's every tab.
        const QStringList known = names();
        QStringList english;
        QStringList clashes;
        int pages = 0;
        const int walked = walkNewOther(m_window.get(), [&](QDialog* d, const QString& where) {
            english << windowEnglish(d, where, known);
            clashes << windowMnemonicClashes(d, where);
            if (qobject_cast<QWizard*>(d))
                savePng(d, QStringLiteral("german-wizard-%1").arg(++pages));
        });
        QVERIFY(walked >= 5);
        english.removeDuplicates();
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    void theDialogsOfTheMenusSpeakGerman()
    {
        QVERIFY(selectRow(QStringLiteral("Nancy Davolio")).isValid());
        const QStringList known = names();
        QStringList english;
        QStringList clashes;
        for (const char* name : {"actionConnectToServer", "actionColumns", "actionQueues", "actionEventLog",
                                 "actionAuditLog", "actionDirectoryImport", "actionDirectoryExport",
                                 "actionFindRecipients", "actionServices", "actionOptions"}) {
            QAction* a = m_window->action(QLatin1String(name));
            QVERIFY2(a && a->isEnabled(), name);
            QDialog* dialog = dialogOpenedBy(a);
            QVERIFY2(dialog, name);
            visitTabs(dialog, QLatin1String(name), [&](QDialog* d, const QString& where) {
                english << windowEnglish(d, where, known);
                clashes << windowMnemonicClashes(d, where);
            });
            dialog->reject();
            dialog->close();
            delete dialog;
            Prompts::takeRecorded();
        }
        english.removeDuplicates();
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
        clashes.removeDuplicates();
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

private:
    QModelIndex selectRow(const QString& name) { return clickRowNamed(server()->contentsView(), name); }
};

QTEST_MAIN(TestGerman)
#include "tst_german.moc"
