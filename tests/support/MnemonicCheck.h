#pragma once

// Mnemonics that reach the wrong thing or nothing: two entries of one menu, or two controls shown
// together in one window, underlining the same letter (Alt+N was both "Next >" and "Administrative
// note", issue 20), and a label whose "&" has no buddy, which QLabel then shows as a literal "&".

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStringList>
#include <QTabBar>
#include <QWidget>

namespace sa::test {

/// The letter `text` underlines ("&Next >" -> 'n'; "&&" is a literal ampersand), or a null QChar.
inline QChar mnemonicOf(const QString& text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).isLetterOrNumber() ? text.at(i + 1).toLower() : QChar();
    }
    return {};
}

namespace detail {

inline QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

/// "Alt+N: "Next >" and "Administrative note"" for every letter two of `entries` share.
inline QStringList sameLetters(const QString& where, const QList<QString>& entries)
{
    QStringList clashes;
    for (int i = 0; i < entries.size(); ++i) {
        const QChar a = mnemonicOf(entries.at(i));
        if (a.isNull())
            continue;
        for (int j = i + 1; j < entries.size(); ++j) {
            if (mnemonicOf(entries.at(j)) == a)
                clashes << QStringLiteral("%1: Alt+%2 is both \"%3\" and \"%4\"")
                               .arg(where, a.toUpper(), plain(entries.at(i)), plain(entries.at(j)));
        }
    }
    return clashes;
}

} // namespace detail

/// Clashes in `menu` and its submenus, each menu on its own (only one is open at a time).
inline QStringList menuMnemonicClashes(QMenu* menu, const QString& path)
{
    QStringList entries;
    QStringList clashes;
    for (QAction* a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        entries << a->text();
        if (a->menu())
            clashes << menuMnemonicClashes(a->menu(),
                                           path + QStringLiteral(" > ") + detail::plain(a->text()));
    }
    return detail::sameLetters(path, entries) + clashes;
}

/// Clashes among a menu bar's titles and within each of its menus.
inline QStringList menuBarMnemonicClashes(QMenuBar* bar)
{
    QStringList titles;
    QStringList clashes;
    for (QAction* a : bar->actions()) {
        if (!a->isVisible() || a->isSeparator())
            continue;
        titles << a->text();
        if (a->menu())
            clashes << menuMnemonicClashes(a->menu(), detail::plain(a->text()));
    }
    return detail::sameLetters(QStringLiteral("menu bar"), titles) + clashes;
}

/// Clashes among the controls `window` shows now (buttons, labels with buddies, group boxes and
/// tabs), and its labels whose "&" has no buddy.
inline QStringList windowMnemonicClashes(QWidget* window, const QString& where)
{
    QStringList entries;
    QStringList clashes;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window))
            continue;
        if (auto* b = qobject_cast<QAbstractButton*>(w)) {
            if (!qobject_cast<QTabBar*>(b->parentWidget()))
                entries << b->text();
        } else if (auto* l = qobject_cast<QLabel*>(w)) {
            if (l->textFormat() == Qt::RichText || mnemonicOf(l->text()).isNull())
                continue;
            if (!l->buddy())
                clashes << QStringLiteral("%1: the label \"%2\" shows its \"&\" (it has no buddy)")
                               .arg(where, l->text());
            else
                entries << l->text();
        } else if (auto* g = qobject_cast<QGroupBox*>(w)) {
            entries << g->title();
        } else if (auto* t = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < t->count(); ++i) {
                if (t->isTabVisible(i))
                    entries << t->tabText(i);
            }
        }
    }
    return detail::sameLetters(where, entries) + clashes;
}

} // namespace sa::test
