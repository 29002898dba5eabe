#pragma once

// What a German administrator reads in a window (issue 21): every text a visible widget shows — a
// label, a button, a group's title, a tab, a page's title and subtitle, a column header, a menu and
// its commands, a tool tip, the window's title, a combo box's choices — with the names it shows (of
// the organization's objects) taken out, must hold no English word, nor may the cells of its lists.
// The words are those a German text never uses (not "Name", "Status", "Server", "Export", "Alias",
// "Container", "Attribute", "Fax" or "Remote", which German shares, nor "Connector", which German
// Exchange kept).

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTabBar>
#include <QTextDocument>
#include <QWidget>
#include <QWizard>
#include <algorithm>

namespace sa::test {

namespace detail {

inline const QSet<QString>& englishWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> w;
        const char* list =
            "the of and or to for with from by this that these those is are be been would can cannot could "
            "should must not yes new edit view tools window help file close open save cancel apply next back "
            "finish add remove delete modify change changes select show hide hidden find search clear copy "
            "paste "
            "undo redo refresh exit about properties property general advanced custom display first last "
            "title "
            "company department office city state country phone number notes home business mobile "
            "assistant address addresses recipient recipients mailbox mailboxes distribution list lists "
            "member "
            "members owner directory synchronization requestor requestors site sites organization "
            "connection connections settings options schedule always never every minutes hours seconds days "
            "time times date log logs event events level error errors warning warnings history run runs "
            "running "
            "stopped started stop services service user users password confirm network postoffice "
            "postoffices "
            "queue queues message messages send sent receive received delivery restrictions accept reject "
            "trust "
            "language template templates object objects type class created modified changed names initials "
            "street description value values enabled disabled none all any each only when "
            "what which who where here there has have had it its you your we our they on at as if than then "
            "into "
            "out up down more less still already yet again after before since until while pending waiting "
            "working done failed items item entries entry count size folder path unknown primary secondary "
            "default automatically now today week day hour second deletion deletions threshold updates "
            "update "
            "request requests reply replies cycle cycles chart summary preview approve reset transfer column "
            "columns width sort ascending descending results result incoming outgoing "
            "contents success successful completed discarded paused";
        for (const QString& word : QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            w.insert(word);
        return w;
    }();
    return words;
}

/// The texts `w` itself shows a reader.
inline QStringList shownTexts(const QWidget* w)
{
    QStringList texts;
    if (const auto* l = qobject_cast<const QLabel*>(w)) {
        texts << (Qt::mightBeRichText(l->text()) ? [&] {
            QTextDocument d;
            d.setHtml(l->text());
            return d.toPlainText();
        }()
                                                 : l->text());
    } else if (const auto* b = qobject_cast<const QAbstractButton*>(w)) {
        texts << b->text();
    } else if (const auto* g = qobject_cast<const QGroupBox*>(w)) {
        texts << g->title();
    } else if (const auto* t = qobject_cast<const QTabBar*>(w)) {
        for (int i = 0; i < t->count(); ++i)
            texts << t->tabText(i) << t->tabToolTip(i);
    } else if (const auto* c = qobject_cast<const QComboBox*>(w)) {
        for (int i = 0; i < c->count(); ++i)
            texts << c->itemText(i);
    } else if (const auto* h = qobject_cast<const QHeaderView*>(w)) {
        if (h->model()) {
            const int n = h->orientation() == Qt::Horizontal ? h->model()->columnCount() : 0;
            for (int i = 0; i < n; ++i) {
                texts << h->model()->headerData(i, Qt::Horizontal).toString()
                      << h->model()->headerData(i, Qt::Horizontal, Qt::ToolTipRole).toString();
            }
        }
    } else if (const auto* e = qobject_cast<const QLineEdit*>(w)) {
        texts << e->placeholderText();
    } else if (const auto* v = qobject_cast<const QAbstractItemView*>(w); v && v->model()) {
        // The cells a list shows (its first 40 rows at the top level): states, steps and results in
        // the program's words, beside the organization's names and values.
        const QAbstractItemModel* model = v->model();
        for (int row = 0; row < std::min(model->rowCount(), 40); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex cell = model->index(row, column);
                texts << model->data(cell).toString() << model->data(cell, Qt::ToolTipRole).toString();
            }
        }
    }
    if (const auto* page = qobject_cast<const QWizardPage*>(w))
        texts << page->title() << page->subTitle();
    texts << w->toolTip() << w->accessibleName() << w->accessibleDescription() << w->statusTip();
    for (const QAction* a : w->actions())
        texts << a->text() << a->toolTip() << a->statusTip();
    if (w->isWindow())
        texts << w->windowTitle();
    return texts;
}

/// The names as one pattern that finds each as a whole (not "ar" inside "Bearbeiten"), longest first.
inline QRegularExpression namesPattern(QStringList names)
{
    names.removeAll(QString());
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    QStringList escaped;
    for (const QString& n : std::as_const(names))
        escaped << QRegularExpression::escape(n);
    return QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}])(?:") + escaped.join(QLatin1Char('|')) +
                                  QStringLiteral(")(?![\\p{L}\\p{N}])"),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
}

/// The English words of `text` once the names `pattern` finds are taken out.
inline QStringList englishIn(QString text, const QRegularExpression& pattern)
{
    text.remove(QLatin1Char('&'));
    text.replace(pattern, QStringLiteral(" "));
    // Words of letters; a token with digits in it (a GUID, "PO1") is a value, not a word.
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    QStringList found;
    for (auto m = word.globalMatch(text); m.hasNext();) {
        const QString w = m.next().captured().toLower();
        if (englishWords().contains(w))
            found << w;
    }
    return found;
}

inline void addMenuTexts(const QMenu* menu, QStringList& texts, QSet<const QMenu*>& seen)
{
    if (seen.contains(menu))
        return;
    seen.insert(menu);
    texts << menu->title();
    for (const QAction* a : menu->actions()) {
        texts << a->text() << a->toolTip() << a->statusTip();
        if (a->menu())
            addMenuTexts(a->menu(), texts, seen);
    }
}

} // namespace detail

/// The words of English a German reader meets in `window` as it is shown (its visible widgets, its
/// menus and their commands), one line per text that has some, "where: text [words]"; `names` are the
/// organization's names, which are not translated, each taken out where it stands as a whole.
inline QStringList windowEnglish(QWidget* window, const QString& where, const QStringList& names)
{
    const QRegularExpression pattern = detail::namesPattern(names);
    QStringList texts = detail::shownTexts(window);
    for (const QWidget* w : window->findChildren<QWidget*>()) {
        if (w->isVisibleTo(window) && !w->isWindow())
            texts << detail::shownTexts(w);
    }
    QSet<const QMenu*> seen;
    if (auto* main = qobject_cast<QMainWindow*>(window)) {
        for (QAction* a : main->menuBar()->actions()) {
            if (a->menu()) {
                Q_EMIT a->menu()->aboutToShow(); // menus filled as they open
                detail::addMenuTexts(a->menu(), texts, seen);
            }
        }
    }
    QStringList problems;
    texts.removeDuplicates();
    for (const QString& text : std::as_const(texts)) {
        const QStringList english = detail::englishIn(text, pattern);
        if (!english.isEmpty())
            problems << where + QStringLiteral(": \"") + text + QStringLiteral("\" [") +
                            english.join(QLatin1Char(' ')) + QLatin1Char(']');
    }
    return problems;
}

} // namespace sa::test
