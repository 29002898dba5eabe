#include "EditCommands.h"

#include "MainWindow.h"
#include "ServerWindow.h"
#include "core/directory/DirectoryStore.h"
#include "ui/common/Prompts.h"
#include "ui/common/Text.h"
#include "ui/session/SiteSession.h"
#include "ui/session/UndoHistory.h"

#include <QApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QStatusBar>

namespace sa::ui {

EditCommands::EditCommands(MainWindow& window, UndoHistory& history)
    : QObject(&window), m_window(window), m_history(history)
{
}

void EditCommands::step(bool back)
{
    const QString what = back ? m_history.undoText() : m_history.redoText();
    auto done = back ? m_history.undo() : m_history.redo();
    if (!done) {
        if (back)
            Prompts::failed(&m_window, tr("Undo"), done.error(),
                            tr("%1 could not be undone: %2. Nothing was changed, and it can no longer be "
                               "undone.")
                                .arg(what, done.error().translated()));
        else
            Prompts::failed(&m_window, tr("Redo"), done.error(),
                            tr("%1 could not be done again: %2. Nothing was changed.")
                                .arg(what, done.error().translated()));
        return;
    }
    m_window.statusBar()->showMessage(back ? tr("Undone: %1").arg(what) : tr("Done again: %1").arg(what),
                                      5000);
    // Where the change can be seen: the object it was made to, unless it is gone.
    if (ServerWindow* w = m_window.activeServerWindow()) {
        if (auto object = w->session().store().object(done.value()); object && !object->deleted)
            w->showObject(object.value());
    }
}

void EditCommands::copy()
{
    ServerWindow* w = m_window.activeServerWindow();
    if (!w)
        return;
    QStringList lines;
    for (const core::DirectoryObject& o : w->selectedObjects())
        lines << o.displayName() + QLatin1Char('\t') + o.dn.toString();
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void EditCommands::deleteSelected()
{
    ServerWindow* window = m_window.activeServerWindow();
    if (!window)
        return;
    const QList<core::DirectoryObject> objects = window->selectedObjects();
    if (objects.isEmpty())
        return;
    QStringList refused;
    for (const core::DirectoryObject& o : objects) {
        if (!o.cls->deletable)
            refused << tr("%1 is a %2, which cannot be deleted.").arg(o.displayName(), classLabel(o.cls));
    }
    if (!refused.isEmpty()) {
        Prompts::refuse(&m_window, tr("Delete"), refused.join(QLatin1Char('\n')));
        return;
    }
    core::ChangeSet changes;
    for (const core::DirectoryObject& o : objects)
        changes.remove(o.dn);
    // What the directory refuses is said before the question, not after it (issue 20).
    if (core::Status s = window->session().store().check(changes); !s) {
        Prompts::failed(&m_window, tr("Delete"), s.error(),
                        tr("Nothing was deleted: %1").arg(s.error().translated()));
        return;
    }
    const QString what =
        objects.size() == 1 ? objects.first().displayName() : tr("these %1 objects").arg(objects.size());
    if (Prompts::question(&m_window, tr("Delete"), tr("Do you want to permanently delete %1?").arg(what)) !=
        QMessageBox::Yes)
        return;
    const QString undoText = objects.size() == 1 ? tr("Delete %1").arg(objects.first().displayName())
                                                 : tr("Delete %1 Objects").arg(objects.size());
    auto done = m_history.commit(window->session().store(), changes, undoText);
    if (!done)
        Prompts::error(&m_window, tr("Delete"), tr("Nothing was deleted: %1").arg(done.error().translated()));
}

} // namespace sa::ui
