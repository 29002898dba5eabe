#pragma once

// What GUI tests do as a person would: wait for a dialog, type into a named field, press a
// dialog's button, turn to a tab of a property sheet, and save what they see to look at.

#include "TestSupport.h"
#include "core/directory/Organization.h"
#include "core/host/DemoOrganization.h"
#include "core/msmail/PostofficeStore.h"
#include "core/services/Services.h"
#include "ui/common/Prompts.h"
#include "ui/dialogs/ServicesDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ServerWindow.h"
#include "ui/models/ServicesModel.h"
#include "ui/properties/PropertySheet.h"
#include "ui/views/ContentsView.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QWizard>
#include <memory>
#include <optional>

namespace sa::test {

/// For initTestCase: settings and data in the test locations under `name`, message boxes recorded
/// instead of shown, and the offscreen platform's notes that it cannot raise windows or grab the
/// keyboard (said at every menu and dialog, and true of no real desktop) left out of the log.
inline void startGuiTests(const QString& name)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(name);
    ui::Prompts::setRecording(true);
    static const QtMessageHandler previous =
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
            if (type == QtWarningMsg && message.startsWith(QLatin1String("This plugin does not support")))
                return;
            previous(type, context, message);
        });
}

/// For init(): the settings cleared and the demo organization built in a fresh temporary folder
/// (with X1 the dirsync server of PO1 and PO2 when `dirsync`); nothing when it cannot be built.
inline std::optional<core::Organization> freshDemo(std::unique_ptr<QTemporaryDir>& dir, bool dirsync)
{
    QSettings().clear();
    dir = std::make_unique<QTemporaryDir>();
    auto org = core::DemoOrganization::build(dir->path(),
                                             dirsync ? core::DemoStage::Configured : core::DemoStage::Linked);
    if (!org)
        return std::nullopt;
    return org.value();
}

/// A main window on `organization`, shown at `size`, with a window on `server` open; what it said
/// while opening is forgotten.
inline void openMainWindow(std::unique_ptr<ui::MainWindow>& window, const core::Organization& organization,
                           const QString& server, const QSize& size)
{
    window = std::make_unique<ui::MainWindow>(organization);
    window->resize(size);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(window->openServer(server));
    ui::Prompts::takeRecorded();
}

/// A window test's init(): settings cleared, the demo (`stage`) built in a new `dir`, a main window
/// on it at `size` with a window on X1 open.
inline void openDemoWindow(std::unique_ptr<QTemporaryDir>& dir, std::unique_ptr<ui::MainWindow>& window,
                           const QSize& size = QSize(1200, 760),
                           core::DemoStage stage = core::DemoStage::Linked)
{
    QSettings().clear();
    dir = std::make_unique<QTemporaryDir>();
    auto org = core::DemoOrganization::build(dir->path(), stage);
    QVERIFY2(org.ok(), qPrintable(org.ok() ? QString() : org.error().message()));
    openMainWindow(window, org.value(), QStringLiteral("X1"), size);
}

/// The cleanup() of a test that opened with openDemoWindow(): every answer set for a question was
/// taken, then the window goes before the folder it reads.
inline void closeDemoWindow(std::unique_ptr<QTemporaryDir>& dir, std::unique_ptr<ui::MainWindow>& window)
{
    QCOMPARE(ui::Prompts::pendingAnswers(), 0);
    window.reset();
    dir.reset();
}

/// A connector test's init(): settings cleared, a new `dir` holding NORTHWIND with SEATTLE (X1) and
/// LONDON (X2) and the postoffices NWNET/PO1 and NWNET/PO2, and a main window on X1 at `size`.
inline void openTwoSiteWindow(std::unique_ptr<QTemporaryDir>& dir, std::unique_ptr<ui::MainWindow>& window,
                              const QSize& size = QSize(1100, 720))
{
    QSettings().clear();
    dir = std::make_unique<QTemporaryDir>();
    auto created = core::Organization::create(dir->path(), QStringLiteral("NORTHWIND"),
                                              QStringLiteral("SEATTLE"), QStringLiteral("X1"));
    QVERIFY(created.ok());
    core::Organization org = created.value();
    QVERIFY(org.addSite(QStringLiteral("LONDON"), QStringLiteral("X2")).ok());
    QVERIFY(core::PostofficeStore::create(dir->path(), QStringLiteral("NWNET/PO1"), {}).ok());
    QVERIFY(core::PostofficeStore::create(dir->path(), QStringLiteral("NWNET/PO2"), {}).ok());
    openMainWindow(window, org, QStringLiteral("X1"), size);
}

/// Saves `w` as OUTPUT/name.png.
inline void savePng(QWidget* w, const QString& name)
{
    QVERIFY(w->grab().save(outputDir() + QLatin1Char('/') + name + QStringLiteral(".png")));
}

/// The rows of a value list page (valueList), its cells joined by " | "; with `enabledOnly`, only
/// those the administrator can act on (not the derived, greyed ones).
inline QStringList rows(QWidget* page, bool enabledOnly)
{
    auto* list = page->findChild<QTreeWidget*>(QStringLiteral("valueList"));
    QStringList out;
    for (int i = 0; list && i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = list->topLevelItem(i);
        if (enabledOnly && !(item->flags() & Qt::ItemIsEnabled))
            continue;
        QStringList cells;
        for (int c = 0; c < list->columnCount(); ++c)
            cells << item->text(c);
        out << cells.join(QStringLiteral(" | "));
    }
    return out;
}

/// Clicks the push button `name` under `root`, which must be there and enabled.
inline void clickNamed(QWidget* root, const QString& name)
{
    auto* b = root->findChild<QPushButton*>(name);
    QVERIFY2(b, qPrintable(name));
    QVERIFY2(b->isEnabled(), qPrintable(name));
    b->click();
}
/// The newest visible widget of type T under `parent` (a dialog it opened), nullptr after 5 s.
template <typename T> T* waitFor(QWidget* parent)
{
    T* found = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                const auto all = parent->findChildren<T*>();
                for (T* d : all) {
                    if (d->isVisible())
                        found = d;
                }
                return found != nullptr;
            },
            5000))
        return nullptr;
    return found;
}

/// Selects the row showing `name` in the active server window's contents list (false: none shows
/// it), as a click on it would.
inline bool selectContentsRow(ui::MainWindow& window, const QString& name)
{
    QAbstractItemView* view = window.activeServerWindow()->contentsView();
    const QModelIndexList found =
        view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    view->setFocus();
    view->setCurrentIndex(found.first());
    view->selectionModel()->select(found.first(),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

/// File > Properties of the row showing `name`: its property sheet, or nullptr.
inline ui::PropertySheet* openPropertiesOf(ui::MainWindow& window, const QString& name)
{
    if (!selectContentsRow(window, name))
        return nullptr;
    window.action(QStringLiteral("actionProperties"))->trigger();
    return waitFor<ui::PropertySheet>(&window);
}

/// The newest visible dialog named `objectName` under `parent`, nullptr after 5 s.
inline QDialog* waitForDialog(QWidget* parent, const QString& objectName)
{
    QDialog* found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (QDialog* d : parent->findChildren<QDialog*>(objectName)) {
                if (d->isVisible())
                    found = d;
            }
            return found != nullptr;
        },
        5000);
    return found;
}

/// Replaces the text of the line edit named `name` under `root` by typing.
inline void type(QWidget* root, const QString& name, const QString& text)
{
    auto* edit = root->findChild<QLineEdit*>(name);
    QVERIFY2(edit, qPrintable(name));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

/// Clicks `which` of the dialog's own button box.
inline void clickButton(QDialog* dialog, QDialogButtonBox::StandardButton which)
{
    for (QDialogButtonBox* box : dialog->findChildren<QDialogButtonBox*>()) {
        if (box->button(which) && box->window() == dialog) {
            box->button(which)->click();
            return;
        }
    }
    QFAIL("no such button");
}

/// Turns the sheet to the tab titled `title`.
inline void showTab(ui::PropertySheet* sheet, const QString& title)
{
    sheet->showPage(title);
    auto* tabs = sheet->findChild<QTabWidget*>(QStringLiteral("propertyTabs"));
    QCOMPARE(tabs->tabText(tabs->currentIndex()).remove(QLatin1Char('&')), title);
}

/// The widgets of `page` a person reaches with Tab, in the order Tab takes (a spin box's own line
/// edit and other Qt internals are part of their widget).
inline QList<QWidget*> tabOrder(QWidget* page)
{
    QList<QWidget*> out;
    QWidget* w = page;
    do {
        w = w->nextInFocusChain();
        if (w != page && page->isAncestorOf(w) && w->isVisibleTo(page) && w->isEnabled() &&
            (w->focusPolicy() & Qt::TabFocus) != 0 && !w->focusProxy() &&
            !w->objectName().startsWith(QLatin1String("qt_")) && !out.contains(w))
            out << w;
    } while (w && w != page);
    return out;
}

/// Where Tab on `page` goes against the eye: back up the page to a widget that is not in a column
/// to the right of the one before, or leftwards along one row. Empty when it reads as the page does.
inline QStringList readingOrderProblems(QWidget* page)
{
    constexpr int Slack = 6; // widgets of one row differ by a few pixels in height
    QStringList problems;
    const QList<QWidget*> order = tabOrder(page);
    const auto rect = [page](QWidget* w) {
        return QRect(w->mapTo(page, QPoint(0, 0)), w->size());
    };
    const auto name = [](QWidget* w) {
        return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                         : w->objectName();
    };
    for (int i = 1; i < order.size(); ++i) {
        const QRect a = rect(order.at(i - 1));
        const QRect b = rect(order.at(i));
        const bool up = b.top() < a.top() - Slack && b.left() < a.right();
        const bool left = std::abs(b.top() - a.top()) <= Slack && b.right() <= a.left();
        if (up || left)
            problems << QStringLiteral("%1 -> %2 goes %3")
                            .arg(name(order.at(i - 1)), name(order.at(i)),
                                 up ? QStringLiteral("up") : QStringLiteral("left"));
    }
    return problems;
}

/// A menu command's text as a person reads it: no mnemonic, no trailing ellipsis.
inline QString readable(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text;
}

/// Chooses a command as a person does with the mouse: clicks `path`'s first entry in the menu bar,
/// then each submenu, then the command (e.g. {"File", "New Other", "Site Connector"}). Fails when an
/// entry is missing, disabled or its menu does not open.
inline void chooseMenu(QMainWindow* window, const QStringList& path)
{
    const auto find = [](const QList<QAction*>& actions, const QString& text) -> QAction* {
        for (QAction* a : actions) {
            if (a->isVisible() && !a->isSeparator() && readable(a->text()) == text)
                return a;
        }
        return nullptr;
    };
    QMenuBar* bar = window->menuBar();
    QAction* top = find(bar->actions(), path.value(0));
    QVERIFY2(top && top->menu(), qPrintable(path.value(0)));
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(top).center());
    QMenu* menu = top->menu();
    QVERIFY2(QTest::qWaitFor([menu] { return menu->isVisible(); }, 2000), qPrintable(path.value(0)));
    for (int i = 1; i < path.size(); ++i) {
        QAction* a = find(menu->actions(), path.at(i));
        QVERIFY2(a, qPrintable(path.mid(0, i + 1).join(QStringLiteral(" > "))));
        QVERIFY2(a->isEnabled(), qPrintable(path.mid(0, i + 1).join(QStringLiteral(" > ")) + " is disabled"));
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(a).center());
        if (i + 1 < path.size()) {
            QVERIFY2(a->menu(), qPrintable(path.at(i)));
            menu = a->menu();
            QVERIFY2(QTest::qWaitFor([menu] { return menu->isVisible(); }, 2000), qPrintable(path.at(i)));
        }
    }
    QTest::qWait(0); // let the command's window come up
}

/// Clicks the row of `view` whose first column reads `name` (scrolled to first); its index, or an
/// invalid one when there is none.
inline QModelIndex clickRowNamed(QAbstractItemView* view, const QString& name)
{
    const QModelIndexList found =
        view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return {};
    view->scrollTo(found.first());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(found.first()).center());
    return found.first();
}

/// Clicks `index` in `view` (scrolled to first).
inline void clickIndex(QAbstractItemView* view, const QModelIndex& index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

/// Picks `text` in `combo` with the keyboard, as a person tabbing through a form does: Home, then
/// Down until it shows. (Clicking an entry of the opened list depends on the popup's timing offscreen.)
inline void pickInCombo(QComboBox* combo, const QString& text)
{
    QVERIFY(combo);
    QVERIFY2(combo->isEnabled(), qPrintable(combo->objectName()));
    QVERIFY2(combo->findText(text) >= 0, qPrintable(combo->objectName() + QStringLiteral(" has no ") + text));
    combo->setFocus(Qt::TabFocusReason);
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentText() != text; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), text);
}

/// Clicks the wizard's Next button.
inline void clickNext(QWizard* wizard)
{
    QAbstractButton* next = wizard->button(QWizard::NextButton);
    QVERIFY(next && next->isVisible() && next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

/// Clicks down `tree` along `path` of item texts (e.g. {"NORTHWIND", "SEATTLE", "Recipients"}),
/// opening each item with the Right key as a person does; the last item's index, invalid when an
/// item does not come within 5 s.
inline QModelIndex clickTreePath(QTreeView* tree, const QStringList& path)
{
    QAbstractItemModel* model = tree->model();
    QModelIndex at;
    for (int depth = 0; depth < path.size(); ++depth) {
        if (depth > 0 && !tree->isExpanded(at)) {
            clickIndex(tree, at);
            QTest::keyClick(tree, Qt::Key_Right);
        }
        QModelIndex next;
        (void)QTest::qWaitFor(
            [&] {
                for (int r = 0; r < model->rowCount(at) && !next.isValid(); ++r) {
                    if (model->index(r, 0, at).data().toString() == path.at(depth))
                        next = model->index(r, 0, at);
                }
                return next.isValid();
            },
            5000);
        if (!next.isValid())
            return {};
        at = next;
    }
    clickIndex(tree, at);
    return at;
}

/// In Tools > Services: clicks the row of `service` on `server`, then the button named `button`
/// (startServiceButton, stopServiceButton, ...), which must be on.
inline void clickServiceButton(ui::ServicesDialog* dialog, const QString& server, const QString& service,
                               const char* button)
{
    auto* view = dialog->findChild<QTableView*>(QStringLiteral("servicesView"));
    const int row = dialog->model()->rowOf(server, service);
    QVERIFY2(row >= 0, qPrintable(server + QLatin1Char(' ') + service));
    clickIndex(view, dialog->model()->index(row, 1));
    auto* b = dialog->findChild<QPushButton*>(QLatin1String(button));
    QVERIFY2(b && b->isEnabled(), button);
    QTest::mouseClick(b, Qt::LeftButton);
}

/// The state Tools > Services shows for `service` on `server` (Running, Stopped, Paused), empty
/// when it lists no such service.
inline QString serviceState(ui::ServicesDialog* dialog, const QString& server, const QString& service)
{
    const int row = dialog->model()->rowOf(server, service);
    return row < 0 ? QString() : core::stateName(dialog->model()->statusAt(row).state);
}

} // namespace sa::test
