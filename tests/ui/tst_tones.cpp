#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "tests/support/UiTestSupport.h"
#include "ui/common/Text.h"
#include "ui/common/Tones.h"
#include "ui/panels/SyncChart.h"
#include "ui/properties/PropertySheet.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QHash>
#include <QLabel>
#include <QLegend>
#include <QPalette>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sa::core;
using namespace sa::ui;

namespace {

/// A dark theme as desktop environments set one: light text on dark grey.
QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::ToolTipBase, QColor(0x40, 0x40, 0x38));
    p.setColor(QPalette::ToolTipText, QColor(0xf0, 0xf0, 0xe0));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    return p;
}

/// The contrast a reader sees in `widget` as drawn: its commonest colour (the background) against
/// the colour that stands out most from it (the text's strokes).
double drawnContrast(QWidget* widget)
{
    const QImage image = widget->grab().toImage();
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb background = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > counts.value(background))
            background = it.key();
    }
    double best = 1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() >= 3) // a colour of the strokes, not a lone pixel of the frame's corner
            best = std::max(best, Tones::contrast(QColor(it.key()), QColor(background)));
    }
    return best;
}

} // namespace

/// The window's own colours (errors, warnings, the replica note) read in a light and a dark theme:
/// WCAG's 4.5:1 against what they are drawn on (issue 21: a hard-coded red reached 1.9:1 on a dark
/// window, and the replica note, white on pale yellow, 1.08:1).
class TestTones : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DirectoryStore> m_store;

    /// The inline error and a replica's sheet with its read-only note, under the current palette.
    void checkReadable(const QString& theme)
    {
        QLabel* error = errorLabel(QStringLiteral("errorLine"));
        std::unique_ptr<QLabel> owner(error);
        showError(error, QStringLiteral("the alias \"NancyD\" is already used by Nancy Davolio"));
        error->adjustSize();
        const QPalette& p = error->palette();
        QVERIFY2(Tones::contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 4.5,
                 qPrintable(theme));
        QVERIFY2(drawnContrast(error) >= 4.0, qPrintable(theme + QString::number(drawnContrast(error))));

        // A mailbox of another site, as replication brings it: its sheet says it is read-only here.
        auto nancy =
            m_store->object(SiteBuilder::recipientsDn(QStringLiteral("NW"), QStringLiteral("SEATTLE"))
                                .child(QStringLiteral("cn"), QStringLiteral("NancyD")));
        QVERIFY(nancy.ok());
        DirectoryObject replica = nancy.value();
        replica.masterSite = QStringLiteral("LONDON");
        PropertySheet sheet(*m_store, replica);
        sheet.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sheet));
        auto* note = sheet.findChild<QLabel*>(QStringLiteral("replicaNote"));
        QVERIFY(note);
        const QPalette& n = note->palette();
        QVERIFY2(Tones::contrast(n.color(QPalette::WindowText), n.color(QPalette::Window)) >= 4.5,
                 qPrintable(theme));
        QVERIFY2(drawnContrast(note) >= 4.0, qPrintable(theme + QString::number(drawnContrast(note))));
        sa::test::savePng(&sheet, QStringLiteral("replica-note-") + theme);
    }

private Q_SLOTS:
    void initTestCase()
    {
        sa::test::startGuiTests(QStringLiteral("siteadmin-test-tones"));
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_dir = std::make_unique<QTemporaryDir>();
        auto org = Organization::create(m_dir->path(), QStringLiteral("NW"), QStringLiteral("SEATTLE"),
                                        QStringLiteral("X1"));
        QVERIFY(org.ok());
        auto store = DirectoryStore::open(org->sitePath(QStringLiteral("SEATTLE")));
        QVERIFY(store.ok());
        m_store = std::move(store).value();
        ChangeSet c;
        c.create(QStringLiteral("mailbox"),
                 SiteBuilder::recipientsDn(QStringLiteral("NW"), QStringLiteral("SEATTLE")),
                 {{attr::MailNickname, {QStringLiteral("NancyD")}},
                  {attr::DisplayName, {QStringLiteral("Nancy Davolio")}}});
        QVERIFY(m_store->commit(c).ok());
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_dir.reset();
    }

    void contrastIsWcags()
    {
        QCOMPARE(qRound(Tones::contrast(Qt::black, Qt::white)), 21);
        QCOMPARE(Tones::contrast(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
        // Each kind keeps its hue and reads on white and on near black.
        for (const QColor& background : {QColor(Qt::white), QColor(0x1e, 0x1e, 0x1e)}) {
            for (Tones::Kind kind : {Tones::Kind::Error, Tones::Kind::Warning}) {
                const QColor c = Tones::text(kind, background);
                QVERIFY(Tones::contrast(c, background) >= 4.5);
            }
        }
        QVERIFY(Tones::text(Tones::Kind::Error, Qt::white).red() >
                Tones::text(Tones::Kind::Error, Qt::white).green());
    }

    void readableInTheLightTheme() { checkReadable(QStringLiteral("light")); }

    /// The Synchronization Status chart draws on the palette's background, its words in the
    /// palette's text colour, each series at 3:1 against that background; it follows a theme switch.
    void theChartFollowsThePalette()
    {
        QList<sa::core::DirsyncRun> runs;
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-600);
        for (int i = 0; i < 3; ++i) {
            sa::core::DirsyncRun r;
            r.started = start.addSecs(i * 120);
            r.finished = r.started.addSecs(4 + i);
            r.requestor = QStringLiteral("PO1");
            r.step = QStringLiteral("received");
            r.status = QStringLiteral("success");
            r.adds = 5 + i;
            r.modifies = 3;
            r.deletes = 2;
            r.errors = 1;
            runs << r;
        }
        SyncChart chart;
        chart.resize(640, 260);
        chart.setRuns(runs);
        // Said in words too, for a screen reader (issue 21).
        QCOMPARE(chart.accessibleName(), QStringLiteral("Synchronization cycles"));
        QVERIFY2(chart.accessibleDescription().contains(QStringLiteral("3 cycle(s) shown")) &&
                     chart.accessibleDescription().contains(
                         QStringLiteral("7 adds, 3 modifies, 2 deletes, 1 errors")),
                 qPrintable(chart.accessibleDescription()));
        const QPalette before = QApplication::palette();
        for (const QString& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
            QApplication::setPalette(theme == QLatin1String("dark") ? darkPalette() : before);
            QCoreApplication::processEvents();
            const QColor background = chart.palette().color(QPalette::Base);
            QCOMPARE(chart.chart()->backgroundBrush().color(), background);
            QCOMPARE(chart.chart()->legend()->labelColor(), chart.palette().color(QPalette::Text));
            auto* bars = qobject_cast<QAbstractBarSeries*>(chart.chart()->series().constFirst());
            QVERIFY(bars);
            QCOMPARE(bars->barSets().size(), 4);
            for (QBarSet* set : bars->barSets())
                QVERIFY2(Tones::contrast(set->color(), background) >= 3.0,
                         qPrintable(theme + QLatin1Char(' ') + set->label()));
            sa::test::savePng(&chart, QStringLiteral("sync-chart-") + theme);
        }
        QApplication::setPalette(before);
    }

    /// An error line and a note made under the light theme read after a switch to a dark one, and
    /// back: their colours are made again from the new palette.
    void aThemeSwitchRemakesTheColours()
    {
        const QPalette before = QApplication::palette();
        QWidget window;
        auto* error = new QLabel(QStringLiteral("The alias is already used."), &window);
        Tones::mark(error, Tones::Kind::Error);
        auto* note = new QLabel(QStringLiteral("This object is a replica."), &window);
        Tones::note(note);
        window.show();
        for (const QPalette& palette : {darkPalette(), before}) {
            QApplication::setPalette(palette);
            QCoreApplication::processEvents();
            const QPalette e = error->palette();
            QCOMPARE(e.color(QPalette::Window), palette.color(QPalette::Window));
            QVERIFY2(Tones::contrast(e.color(QPalette::WindowText), e.color(QPalette::Window)) >= 4.5,
                     qPrintable(e.color(QPalette::WindowText).name() + e.color(QPalette::Window).name()));
            QVERIFY(e.color(QPalette::WindowText).red() > e.color(QPalette::WindowText).green());
            const QPalette n = note->palette();
            QCOMPARE(n.color(QPalette::Window), palette.color(QPalette::ToolTipBase));
            QCOMPARE(n.color(QPalette::WindowText), palette.color(QPalette::ToolTipText));
        }
        QApplication::setPalette(before);
    }

    void readableInADarkTheme()
    {
        const QPalette before = QApplication::palette();
        QApplication::setPalette(darkPalette());
        checkReadable(QStringLiteral("dark"));
        QApplication::setPalette(before);
    }
};

QTEST_MAIN(TestTones)
#include "tst_tones.moc"
