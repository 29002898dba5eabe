#pragma once

// Walks the window's dialogs as a person opens them, for the tests that read every page (language,
// mnemonics, accessible names): a command's dialog, and each File > New Other wizard page by page.

#include "UiTestSupport.h"
#include "ui/common/Prompts.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMenu>
#include <QTabWidget>
#include <QTest>
#include <QWizard>
#include <functional>

namespace sa::test {

/// Triggers `action` and returns the dialog it opens: a top-level dialog that was not there before
/// and is shown, or nullptr after 5 s.
inline QDialog* dialogOpenedBy(QAction* action)
{
    const QWidgetList before = QApplication::topLevelWidgets();
    action->trigger();
    QDialog* dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (!before.contains(w) && w->isVisible() && qobject_cast<QDialog*>(w))
                    dialog = qobject_cast<QDialog*>(w);
            }
            return dialog != nullptr;
        },
        5000);
    return dialog;
}

/// Calls `visit(dialog, where)` on each tab of `dialog` shown in turn ("where" is `name, tab`), or
/// once on the dialog when it has no tabs.
inline void visitTabs(QDialog* dialog, const QString& name,
                      const std::function<void(QDialog*, const QString&)>& visit)
{
    auto* tabs = dialog->findChild<QTabWidget*>();
    if (!tabs) {
        visit(dialog, name);
        return;
    }
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        visit(dialog, name + QStringLiteral(", ") + tabs->tabText(i));
    }
}

/// Each File > New Other command `window` allows, opened: `visit(dialog, where)` on a wizard's every
/// page as Next reaches it (a page that wants input first ends the walk), or on a new object's
/// property sheet's every tab; then the dialog is cancelled. A command that says why it opens nothing
/// here is passed over. Returns how many opened; a command that neither opens nor says fails the test.
inline int walkNewOther(QMainWindow* window, const std::function<void(QDialog*, const QString&)>& visit)
{
    auto* menu = window->findChild<QMenu*>(QStringLiteral("menuNewOther"));
    if (!menu) {
        QTest::qFail("no File > New Other menu", __FILE__, __LINE__);
        return 0;
    }
    int walked = 0;
    for (QAction* a : menu->actions()) {
        Q_EMIT menu->aboutToShow();
        if (a->isSeparator() || !a->isEnabled())
            continue;
        a->trigger();
        if (!ui::Prompts::takeRecorded().isEmpty())
            continue; // it said why it opens nothing here
        auto* dialog = waitFor<QDialog>(window);
        if (!dialog) {
            QTest::qFail(qPrintable(QStringLiteral("%1 opened nothing").arg(readable(a->text()))), __FILE__,
                         __LINE__);
            return walked;
        }
        ++walked;
        const QString name = readable(a->text());
        if (auto* wizard = qobject_cast<QWizard*>(dialog)) {
            QWizardPage* page = nullptr;
            while (wizard->currentPage() != page) {
                page = wizard->currentPage();
                visit(wizard, name + QStringLiteral(", ") + page->title());
                wizard->next();
                ui::Prompts::takeRecorded();
            }
        } else if (dialog->findChild<QTabWidget*>()) {
            visitTabs(dialog, name, visit);
        }
        dialog->reject();
        delete dialog;
    }
    return walked;
}

} // namespace sa::test
