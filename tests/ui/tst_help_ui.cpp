#include "core/common/Version.h"
#include "tests/support/UiTestSupport.h"
#include "ui/dialogs/ProcedureDialog.h"
#include "ui/mainwindow/MainWindow.h"

#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QTimer>
#include <memory>

using namespace sa::core;
using namespace sa::ui;
using namespace sa::test;

/// The Help menu as a person uses it: About names the version; Procedure opens the README's
/// walkthrough of Q152167 with every picture it names, scaled to the window, beside the main window.
class TestHelpUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

    /// The images in `doc`, in order.
    static QList<QTextImageFormat> images(QTextDocument* doc)
    {
        QList<QTextImageFormat> out;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().isImageFormat())
                    out << it.fragment().charFormat().toImageFormat();
            }
        }
        return out;
    }
    /// The README of the source tree.
    static QString readme()
    {
        QFile file(QStringLiteral(SITEADMIN_SOURCE_DIR "/README.md"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    /// The paths of the pictures ![...](path) in `markdown`, in order.
    static QStringList pictures(const QString& markdown)
    {
        QStringList out;
        const QRegularExpression picture(QStringLiteral(R"(!\[[^\]]*\]\(([^)]+)\))"));
        for (auto it = picture.globalMatch(markdown); it.hasNext();)
            out << it.next().captured(1);
        return out;
    }

private Q_SLOTS:
    void initTestCase() { startGuiTests(QStringLiteral("siteadmin-test-help-ui")); }

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
    }

    void aboutNamesTheVersion()
    {
        QString said;
        QTimer::singleShot(0, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            said = box->text();
            savePng(box, QStringLiteral("help-about"));
            box->accept();
        });
        chooseMenu(m_window.get(), {QStringLiteral("Help"), QStringLiteral("About Site Administrator")});
        QVERIFY2(said.contains(productVersion()), qPrintable(said));
        QVERIFY(said.contains(QStringLiteral("NORTHWIND")));
    }

    void procedureShowsTheWalkthrough()
    {
        chooseMenu(m_window.get(),
                   {QStringLiteral("Help"), QStringLiteral("Procedure: Dir-Sync with Many Servers "
                                                           "and MS Mail Postoffices")});
        auto* dialog = waitFor<ProcedureDialog>(m_window.get());
        QVERIFY(dialog);
        QVERIFY(!dialog->isModal()); // followed beside the main window
        const QString text = dialog->text()->toPlainText();
        // The article's steps, in order, as the README tells them.
        qsizetype at = 0;
        for (const char* heading :
             {"1. Site Connector and Directory Replication Connector", "2. The MSMail Recipients container",
              "3. The $system custom recipient", "4. The Directory Synchronization Server",
              "5. The Remote Dir-Sync Requestors", "6. Start the services", "7. Synchronization cycles",
              "8. Changes at a postoffice"}) {
            const qsizetype found = text.indexOf(QLatin1String(heading), at);
            QVERIFY2(found > at, heading);
            at = found;
        }
        QVERIFY(!text.contains(QStringLiteral("procedure:begin"))); // the README's markers stay out
        // What the README tells its readers stays out: the article's number, build trees, tests.
        for (const char* readmeOnly :
             {"Q152167", "build/app", "tst_procedure", "cmake", "Knowledge Base", "article"})
            QVERIFY2(!text.contains(QLatin1String(readmeOnly)), readmeOnly);
        QVERIFY(text.contains(QStringLiteral("siteadminctl --org ~/northwind-lab demo --lab")));

        // Every picture the README names is built in and shown no wider than the text.
        const QStringList named = pictures(readme()
                                               .section(QStringLiteral("<!-- procedure:begin -->"), 1)
                                               .section(QStringLiteral("<!-- procedure:end -->"), 0, 0));
        QVERIFY(named.size() >= 8);
        const QList<QTextImageFormat> shown = images(dialog->text()->document());
        QStringList shownNames;
        for (const QTextImageFormat& image : shown)
            shownNames << image.name();
        QCOMPARE(shownNames, named);
        const int width = dialog->text()->viewport()->width();
        for (const QTextImageFormat& image : shown) {
            const QVariant loaded =
                dialog->text()->loadResource(QTextDocument::ImageResource, QUrl(image.name()));
            // QTextBrowser hands over a file's bytes; the document decodes them.
            QVERIFY2(!QImage::fromData(loaded.toByteArray()).isNull(), qPrintable(image.name()));
            QVERIFY2(image.width() > 100 && image.width() <= width, qPrintable(image.name()));
        }
        savePng(dialog, QStringLiteral("help-procedure"));
        dialog->text()->verticalScrollBar()->setValue(dialog->text()->verticalScrollBar()->maximum() / 2);
        savePng(dialog, QStringLiteral("help-procedure-middle"));

        // Asked again, the same window comes forward.
        chooseMenu(m_window.get(),
                   {QStringLiteral("Help"), QStringLiteral("Procedure: Dir-Sync with Many Servers "
                                                           "and MS Mail Postoffices")});
        QCOMPARE(m_window->findChildren<ProcedureDialog*>().size(), 1);
    }

    void theGermanWalkthroughKeepsInStepWithTheReadme()
    {
        // docs/procedure.de.md tells the README's walkthrough in German: the same steps, pictures and
        // commands in the same order, so that a change to one that misses the other fails here.
        const QString english = ProcedureDialog::walkthrough(QString());
        const QString german = ProcedureDialog::walkthrough(QStringLiteral("de"));
        QVERIFY(german.contains(QStringLiteral("Datei > Neu: Andere > Standortconnector")));
        QVERIFY(!german.contains(QStringLiteral("procedure:")));
        const auto all = [](const QString& pattern, const QString& text) {
            QStringList found;
            const QRegularExpression re(pattern, QRegularExpression::MultilineOption |
                                                     QRegularExpression::DotMatchesEverythingOption);
            for (auto m = re.globalMatch(text); m.hasNext();)
                found << m.next().captured(1);
            return found;
        };
        QCOMPARE(pictures(german), pictures(english));
        QCOMPARE(all(QStringLiteral("```sh\\n(.*?)```"), german),
                 all(QStringLiteral("```sh\\n(.*?)```"), english));
        const QStringList steps = all(QStringLiteral("^### (\\d+)\\. "), english);
        QCOMPARE(steps.size(), 8);
        QCOMPARE(all(QStringLiteral("^### (\\d+)\\. "), german), steps);
        // A language without its own walkthrough gets the README's.
        QCOMPARE(ProcedureDialog::walkthrough(QStringLiteral("fr")), english);
    }

    void theReadmesPicturesAreThere()
    {
        // Every picture the README names is in docs/screenshots, and every picture there is named.
        const QString text = readme();
        QVERIFY(!text.isEmpty());
        const QStringList named = pictures(text);
        for (const QString& path : named)
            QVERIFY2(QFile::exists(QStringLiteral(SITEADMIN_SOURCE_DIR "/") + path), qPrintable(path));
        const QDir shots(QStringLiteral(SITEADMIN_SOURCE_DIR "/docs/screenshots"));
        for (const QString& file : shots.entryList({QStringLiteral("*.png")}, QDir::Files))
            QVERIFY2(named.contains(QStringLiteral("docs/screenshots/") + file),
                     qPrintable(file + " is not in the README"));
    }
};

QTEST_MAIN(TestHelpUi)
#include "tst_help_ui.moc"
