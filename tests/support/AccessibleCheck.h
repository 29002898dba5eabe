#pragma once

// What a screen reader user meets in a window (issue 21): every input it shows has a name — its
// accessible name, or the text of the label whose buddy it is, which is what Qt's accessibility
// gives an assistive technology — and every label's buddy takes the focus its mnemonic sends (a
// label that buddies a widget without focus, or one whose focus proxy is missing, sends Alt+letter
// nowhere).

#include "MnemonicCheck.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTabBar>
#include <QTextEdit>
#include <QWidget>

namespace sa::test {

namespace detail {

/// Whether `w` is a part of another input (a combo box's editor or list, a spin box's editor, a
/// list's header or cell editor), which the outer input names.
inline bool isPartOfAnInput(const QWidget* w)
{
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox*>(p) || qobject_cast<const QAbstractSpinBox*>(p) ||
            qobject_cast<const QAbstractItemView*>(p))
            return true;
        if (p->isWindow())
            break;
    }
    // A widget that hands its focus on is named by where the focus goes.
    return w->focusProxy() != nullptr;
}

inline bool isInput(const QWidget* w)
{
    // A chart or other drawing (a graphics view) says nothing without a name either.
    if (qobject_cast<const QLineEdit*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
        qobject_cast<const QComboBox*>(w) || qobject_cast<const QPlainTextEdit*>(w) ||
        qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QGraphicsView*>(w))
        return true;
    if (const auto* t = qobject_cast<const QTextEdit*>(w))
        return !t->isReadOnly();
    // A button with no words (an icon alone) must be named too.
    if (const auto* b = qobject_cast<const QAbstractButton*>(w))
        return b->text().isEmpty() && !qobject_cast<const QTabBar*>(b->parentWidget());
    return false;
}

inline QString describe(const QWidget* w)
{
    return QStringLiteral("%1 \"%2\"").arg(QLatin1String(w->metaObject()->className()), w->objectName());
}

} // namespace detail

/// The inputs `window` shows now without a name, and its labels whose buddy does not take the focus.
inline QStringList windowAccessibilityProblems(QWidget* window, const QString& where)
{
    QStringList problems;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window))
            continue;
        if (auto* label = qobject_cast<QLabel*>(w)) {
            // A label without a letter only names its buddy (a value beside "Created:" may be a label).
            QWidget* buddy = label->buddy();
            if (!buddy || mnemonicOf(label->text()).isNull())
                continue;
            // QLabel asks the buddy itself whether it takes focus, and only then does its focus
            // proxy receive it: both must.
            QWidget* target = buddy;
            while (target->focusProxy())
                target = target->focusProxy();
            for (QWidget* asked : {buddy, target}) {
                if (!(asked->focusPolicy() & Qt::TabFocus)) {
                    problems << QStringLiteral("%1: the label \"%2\" leads to %3, which takes no focus")
                                    .arg(where, label->text(), detail::describe(asked));
                    break;
                }
            }
            continue;
        }
        if (!detail::isInput(w) || detail::isPartOfAnInput(w))
            continue;
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
        const QString name = a ? a->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            problems << QStringLiteral("%1: %2 has no name (no accessible name, no label)")
                            .arg(where, detail::describe(w));
    }
    return problems;
}

} // namespace sa::test
