#pragma once

// Shortcuts that reach nothing: two actions of one window bound to the same key where both can be
// live at once. Qt then triggers neither and says only "Ambiguous shortcut overload" on stderr
// (issue 20: Ctrl+W closed nothing because a sub-window's own Close had it too).

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QStringList>
#include <QWidget>

namespace sa::test {

namespace detail {

/// The widgets an action is scoped to when its context is a widget's; empty for a window's.
inline QList<QWidget*> shortcutScope(QAction* a)
{
    QList<QWidget*> scope;
    if (a->shortcutContext() != Qt::WidgetShortcut && a->shortcutContext() != Qt::WidgetWithChildrenShortcut)
        return scope;
    for (QObject* o : a->associatedObjects()) {
        auto* w = qobject_cast<QWidget*>(o);
        if (w && !qobject_cast<QMenu*>(w))
            scope << w;
    }
    return scope;
}

/// Whether focus can be in both scopes at once (a window-wide action reaches every widget).
inline bool scopesMeet(const QList<QWidget*>& a, const QList<QWidget*>& b)
{
    if (a.isEmpty() || b.isEmpty())
        return true;
    for (QWidget* x : a) {
        for (QWidget* y : b) {
            if (x == y || x->isAncestorOf(y) || y->isAncestorOf(x))
                return true;
        }
    }
    return false;
}

inline QString describe(QAction* a)
{
    const QString text = a->text().remove(QLatin1Char('&'));
    return a->objectName().isEmpty() ? QStringLiteral("\"%1\"").arg(text)
                                     : QStringLiteral("%1 (\"%2\")").arg(a->objectName(), text);
}

} // namespace detail

/// Every key bound to two actions of `window` (its own and its children's, sub-windows' menus
/// included) that can be live at once, as "Ctrl+W: actionClose ("Close") and "Close"".
inline QStringList ambiguousShortcuts(QWidget* window)
{
    QList<QAction*> actions;
    for (QAction* a : window->findChildren<QAction*>()) {
        if (!a->shortcuts().isEmpty() && !actions.contains(a))
            actions << a;
    }
    QStringList clashes;
    for (int i = 0; i < actions.size(); ++i) {
        for (int j = i + 1; j < actions.size(); ++j) {
            QAction* a = actions.at(i);
            QAction* b = actions.at(j);
            if (!detail::scopesMeet(detail::shortcutScope(a), detail::shortcutScope(b)))
                continue;
            for (const QKeySequence& key : a->shortcuts()) {
                if (b->shortcuts().contains(key))
                    clashes << QStringLiteral("%1: %2 and %3")
                                   .arg(key.toString(), detail::describe(a), detail::describe(b));
            }
        }
    }
    return clashes;
}

} // namespace sa::test
