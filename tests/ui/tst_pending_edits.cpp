#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "tests/support/TestSupport.h"
#include "tests/support/UiTestSupport.h"
#include "ui/common/Prompts.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ServerWindow.h"
#include "ui/properties/PendingObject.h"
#include "ui/properties/PropertySheet.h"
#include "ui/properties/RawPropertiesPage.h"
#include "ui/session/SiteSession.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <memory>

using namespace sa::core;
using namespace sa::ui;
using namespace sa::test;

namespace {

/// A page that reports what the test says it reports: the model only needs a page to tell apart.
class ReportingPage : public PropertyPage
{
public:
    QString title() const override { return QStringLiteral("Stub"); }
    void load(const DirectoryObject&) override { m_changes.clear(); }
    QList<AttributeChange> changes() const override { return m_changes; }
    void report(const QString& attribute, const QString& value)
    {
        m_changes.removeIf([&](const AttributeChange& c) { return c.attribute == attribute; });
        m_changes.append({attribute, AttributeChange::Op::Replace, {value}});
    }
    void unreport(const QString& attribute)
    {
        m_changes.removeIf([&](const AttributeChange& c) { return c.attribute == attribute; });
    }

private:
    QList<AttributeChange> m_changes;
};

DirectoryObject stored()
{
    DirectoryObject o;
    o.id = 7;
    o.cls = Schema::instance().findClass(QStringLiteral("mailbox"));
    o.values.insert(attr::DisplayName, {QStringLiteral("Nancy Davolio")});
    o.values.insert(attr::TrustLevel, {QStringLiteral("0")});
    return o;
}

} // namespace

/// One truth in a property sheet (issue 20, item 3): every page shows what the others changed and
/// did not save yet, the latest edit of an attribute is the one OK writes whichever page it was made
/// on, and where a page cannot show a later edit over one of its own, OK asks which to save.
class TestPendingEdits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

    static inline const QString Org = QStringLiteral("NORTHWIND");
    static inline const QString Site = QStringLiteral("SEATTLE");

    DirectoryStore& store() const { return m_window->activeServerWindow()->session().store(); }
    static Dn nancy()
    {
        return SiteBuilder::recipientsDn(Org, Site).child(QStringLiteral("cn"), QStringLiteral("NancyD"));
    }
    QString digest() const { return databaseDigest(m_window->organization().sitePath(Site)); }
    QString stored(const QString& attribute) const
    {
        return store().object(nancy()).value().value(attribute);
    }

    PropertySheet* openNancy()
    {
        auto object = store().object(nancy());
        if (!object)
            return nullptr;
        auto* sheet = new PropertySheet(store(), object.value(), m_window.get());
        sheet->setAttribute(Qt::WA_DeleteOnClose);
        sheet->show();
        return sheet;
    }

    static RawPropertiesPage* raw(PropertySheet* sheet) { return sheet->findChild<RawPropertiesPage*>(); }
    /// The Raw Properties row of `attribute`: its value as shown, and whether it is in italics (changed
    /// on another page, not saved).
    static QPair<QString, bool> rawRow(PropertySheet* sheet, const QString& attribute)
    {
        auto* list = sheet->findChild<QTreeWidget*>(QStringLiteral("rawAttributesList"));
        const auto items = list->findItems(attribute, Qt::MatchFixedString, 0);
        if (items.isEmpty())
            return {};
        return {items.first()->text(1), items.first()->font(1).italic()};
    }
    static void setOnRaw(PropertySheet* sheet, const QString& attribute, const QString& value)
    {
        QVERIFY(raw(sheet)->selectAttribute(attribute));
        auto* edit = sheet->findChild<QPlainTextEdit*>(QStringLiteral("rawValueEdit"));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, value);
        QTest::mouseClick(sheet->findChild<QPushButton*>(QStringLiteral("rawSetButton")), Qt::LeftButton);
    }
    static QString field(PropertySheet* sheet, const QString& name)
    {
        auto* edit = sheet->findChild<QLineEdit*>(name);
        return edit ? edit->text() : QStringLiteral("<no %1>").arg(name);
    }

private Q_SLOTS:
    void initTestCase() { startGuiTests(QStringLiteral("siteadmin-test-pending-edits")); }
    void init() { openDemoWindow(m_dir, m_window); }
    void cleanup()
    {
        QCOMPARE(Prompts::pendingAnswers(), 0);
        Prompts::setRecording(false);
        Prompts::takeRecorded();
        m_window.reset();
        m_dir.reset();
    }

    // The model alone.

    void theLatestEditStandsWhicheverPageMadeIt()
    {
        ReportingPage general, raw;
        PendingObject pending(::stored());
        pending.loaded(&general, ::stored());
        pending.loaded(&raw, ::stored());
        raw.report(attr::DisplayName, QStringLiteral("From Raw"));
        pending.record(&raw, raw.changes());
        general.report(attr::DisplayName, QStringLiteral("From General"));
        pending.record(&general, general.changes());
        QCOMPARE(pending.current().value(attr::DisplayName), QStringLiteral("From General"));
        QCOMPARE(pending.editorOf(attr::DisplayName), &general);
        // Raw does not show it yet; General shows its own.
        QCOMPARE(pending.notShownOn(&raw).value(attr::DisplayName),
                 QStringList{QStringLiteral("From General")});
        QVERIFY(pending.notShownOn(&general).isEmpty());
        // Raw reporting what it reported before is no new edit.
        pending.record(&raw, raw.changes());
        QCOMPARE(pending.current().value(attr::DisplayName), QStringLiteral("From General"));
        // One Replace is written, not one per page.
        const QList<AttributeChange> changes = pending.changes();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().values, QStringList{QStringLiteral("From General")});
        // Raw could not show it over its own: a conflict naming both pages.
        const auto conflicts = pending.conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().stale, &raw);
        QCOMPARE(conflicts.first().latest, &general);
        pending.prefer(&raw, attr::DisplayName);
        QCOMPARE(pending.current().value(attr::DisplayName), QStringLiteral("From Raw"));
        QCOMPARE(pending.changes().first().values, QStringList{QStringLiteral("From Raw")});
    }

    void typingBackTheLoadedValueIsAnEditAndReloadingIsNot()
    {
        ReportingPage general, raw;
        PendingObject pending(::stored());
        pending.loaded(&general, ::stored());
        pending.loaded(&raw, ::stored());
        general.report(attr::DisplayName, QStringLiteral("Nan"));
        pending.record(&general, general.changes());
        // Raw is loaded again with the pending object: that is not an edit of Raw's.
        raw.load(pending.current());
        pending.loaded(&raw, pending.current());
        pending.record(&raw, raw.changes());
        QCOMPARE(pending.editorOf(attr::DisplayName), &general);
        QVERIFY(pending.notShownOn(&raw).isEmpty());
        // Raw sets the stored name back: it reports it against what it showed ("Nan"), so it counts.
        raw.report(attr::DisplayName, QStringLiteral("Nancy Davolio"));
        pending.record(&raw, raw.changes());
        QCOMPARE(pending.current().value(attr::DisplayName), QStringLiteral("Nancy Davolio"));
        QVERIFY(pending.changes().isEmpty()); // back where it was stored: nothing to write
        // General types its field back to what it was loaded with: that is an edit too.
        general.report(attr::DisplayName, QStringLiteral("Nancy D."));
        pending.record(&general, general.changes());
        general.unreport(attr::DisplayName);
        pending.record(&general, general.changes());
        QCOMPARE(pending.current().value(attr::DisplayName), QStringLiteral("Nancy Davolio"));
        QCOMPARE(pending.editorOf(attr::DisplayName), &general);
    }

    // The sheet, as a person uses it.

    void rawPropertiesShowsWhatTheOtherPagesChanged()
    {
        PropertySheet* sheet = openNancy();
        QVERIFY(sheet);
        type(sheet, QStringLiteral("displayNameEdit"), QStringLiteral("Nancy Davolio-Smith"));
        showTab(sheet, QStringLiteral("Raw Properties"));
        QCOMPARE(rawRow(sheet, attr::DisplayName), qMakePair(QStringLiteral("Nancy Davolio-Smith"), true));
        QVERIFY(raw(sheet)->selectAttribute(attr::DisplayName));
        QCOMPARE(sheet->findChild<QPlainTextEdit*>(QStringLiteral("rawValueEdit"))->toPlainText(),
                 QStringLiteral("Nancy Davolio-Smith"));
        savePng(sheet, QStringLiteral("raw-properties-pending"));
        clickButton(sheet, QDialogButtonBox::Ok);
        QCOMPARE(stored(attr::DisplayName), QStringLiteral("Nancy Davolio-Smith"));
    }

    void aValueSetOnRawShowsOnTheOtherPagesAndTheLatestEditIsSaved()
    {
        PropertySheet* sheet = openNancy();
        QVERIFY(sheet);
        showTab(sheet, QStringLiteral("Raw Properties"));
        setOnRaw(sheet, attr::DisplayName, QStringLiteral("Set On Raw"));
        showTab(sheet, QStringLiteral("General"));
        QCOMPARE(field(sheet, QStringLiteral("displayNameEdit")), QStringLiteral("Set On Raw"));
        // Then typed again on General: that later edit is the one saved, and Raw shows it.
        type(sheet, QStringLiteral("displayNameEdit"), QStringLiteral("Typed On General"));
        showTab(sheet, QStringLiteral("Raw Properties"));
        QCOMPARE(rawRow(sheet, attr::DisplayName).first, QStringLiteral("Typed On General"));
        clickButton(sheet, QDialogButtonBox::Apply);
        QCOMPARE(stored(attr::DisplayName), QStringLiteral("Typed On General"));
        QCOMPARE(rawRow(sheet, attr::DisplayName), qMakePair(QStringLiteral("Typed On General"), false));
        sheet->close();
    }

    void settingTheStoredValueBackOnRawWritesNothing()
    {
        const QString before = digest();
        PropertySheet* sheet = openNancy();
        QVERIFY(sheet);
        type(sheet, QStringLiteral("displayNameEdit"), QStringLiteral("Nobody"));
        showTab(sheet, QStringLiteral("Raw Properties"));
        setOnRaw(sheet, attr::DisplayName, QStringLiteral("Nancy Davolio"));
        showTab(sheet, QStringLiteral("General"));
        QCOMPARE(field(sheet, QStringLiteral("displayNameEdit")), QStringLiteral("Nancy Davolio"));
        clickButton(sheet, QDialogButtonBox::Ok);
        QCOMPARE(stored(attr::DisplayName), QStringLiteral("Nancy Davolio"));
        QCOMPARE(digest(), before);
    }

    void aPageThatCannotShowALaterEditAsksWhichToSave_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<QString>("saved");
        QTest::newRow("yes: the later, typed on Raw") << int(QMessageBox::Yes) << QStringLiteral("7");
        QTest::newRow("no: the earlier, on Advanced") << int(QMessageBox::No) << QStringLiteral("5");
        QTest::newRow("cancel: nothing") << int(QMessageBox::Cancel) << QString();
    }

    void aPageThatCannotShowALaterEditAsksWhichToSave()
    {
        QFETCH(int, answer);
        QFETCH(QString, saved);
        const QString before = digest();
        const QString trustBefore = stored(attr::TrustLevel);
        PropertySheet* sheet = openNancy();
        QVERIFY(sheet);
        showTab(sheet, QStringLiteral("Advanced"));
        auto* trust = sheet->findChild<QSpinBox*>(QStringLiteral("trustLevelSpin"));
        trust->setFocus();
        trust->selectAll();
        QTest::keyClicks(trust, QStringLiteral("5"));
        QCOMPARE(trust->value(), 5);
        showTab(sheet, QStringLiteral("Raw Properties"));
        QCOMPARE(rawRow(sheet, attr::TrustLevel), qMakePair(QStringLiteral("5"), true));
        setOnRaw(sheet, attr::TrustLevel, QStringLiteral("7"));
        showTab(sheet, QStringLiteral("Advanced"));
        QCOMPARE(trust->value(), 5); // its own edit stays: a spin box is not one of its text fields
        Prompts::setRecording(true);
        Prompts::setNextAnswer(QMessageBox::StandardButton(answer));
        clickButton(sheet, QDialogButtonBox::Ok);
        const QStringList asked = Prompts::takeRecorded();
        QCOMPARE(asked.size(), 1);
        QVERIFY2(
            asked.first().contains(QStringLiteral("Trust-Level was changed on two pages: on the Advanced "
                                                  "page to \u201c5\u201d, and later on the Raw Properties "
                                                  "page to \u201c7\u201d.")),
            qPrintable(asked.first()));
        if (saved.isEmpty()) {
            QVERIFY(sheet->isVisible());
            auto* tabs = sheet->findChild<QTabWidget*>(QStringLiteral("propertyTabs"));
            QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Advanced"));
            QCOMPARE(digest(), before);
            QCOMPARE(stored(attr::TrustLevel), trustBefore);
            sheet->close();
            return;
        }
        QCOMPARE(stored(attr::TrustLevel), saved);
    }
};

QTEST_MAIN(TestPendingEdits)
#include "tst_pending_edits.moc"
