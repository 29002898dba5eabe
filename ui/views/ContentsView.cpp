#include "ContentsView.h"

#include "ui/models/ContentsModel.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionFocusRect>
#include <QStyledItemDelegate>
#include <QTimer>

namespace sa::ui {

namespace {

/// Cells draw no focus frame of their own: the view draws one around the whole row.
class RowFocusDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->state &= ~QStyle::State_HasFocus;
    }
};

} // namespace

ContentsView::ContentsView(QWidget* parent) : QTableView(parent)
{
    setItemDelegate(new RowFocusDelegate(this));
    setShowGrid(false);
    setWordWrap(false);
    setTabKeyNavigation(false);
    setCornerButtonEnabled(false);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->viewport()->installEventFilter(this);
    fitRowHeight();
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical) {
        // The last section stretches with the view; only a drag of another one is the user's choice.
        const QHeaderView* header = horizontalHeader();
        if (m_autoFit && !m_fitting && m_headerPressed &&
            header->visualIndex(logical) != header->count() - 1) {
            m_autoFit = false;
            Q_EMIT columnsCustomized();
        }
    });
    connect(horizontalHeader(), &QHeaderView::sectionMoved, this, [this] {
        if (m_autoFit && !m_fitting) {
            m_autoFit = false;
            Q_EMIT columnsCustomized();
        }
    });
}

void ContentsView::setModel(QAbstractItemModel* model)
{
    m_contents = qobject_cast<ContentsModel*>(model);
    QTableView::setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &ContentsView::scheduleFit);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ContentsView::scheduleFit);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ContentsView::scheduleFit);
    connect(model, &QAbstractItemModel::dataChanged, this, &ContentsView::scheduleFit);
}

void ContentsView::setAutoFit(bool on)
{
    m_autoFit = on;
    m_leastWidths.clear();
    if (!on)
        return;
    const QHeaderView* header = horizontalHeader();
    for (int i = 0; i < header->count(); ++i) {
        // The last column stretches over what is left: its width now is no least of its own.
        m_leastWidths << (header->stretchLastSection() && header->visualIndex(i) == header->count() - 1
                              ? header->sectionSizeHint(i)
                              : header->sectionSize(i));
    }
    scheduleFit();
}

void ContentsView::scheduleFit()
{
    if (!m_autoFit || m_fitScheduled)
        return;
    m_fitScheduled = true;
    // Once the rows of this turn are in, not once per row.
    QTimer::singleShot(0, this, [this] {
        m_fitScheduled = false;
        fitColumns();
    });
}

void ContentsView::fitColumns()
{
    QHeaderView* header = horizontalHeader();
    const int count = header->count();
    if (!m_autoFit || m_leastWidths.size() != count || count == 0)
        return;
    const int most = fontMetrics().averageCharWidth() * 48;
    QList<int> wanted(count);
    int least = 0;
    int total = 0;
    for (int i = 0; i < count; ++i) {
        if (header->isSectionHidden(i))
            continue;
        const int content = std::min(most, std::max(contentWidth(i), header->sectionSizeHint(i)));
        wanted[i] = std::max(m_leastWidths.at(i), content);
        least += m_leastWidths.at(i);
        total += wanted.at(i);
    }
    const int room = viewport()->width();
    if (total > room && total > least) {
        // Not room for all: each column gets its least and a share of what is free, by what it lacks.
        const int free = std::max(0, room - least);
        const int lacking = total - least;
        for (int i = 0; i < count; ++i) {
            if (!header->isSectionHidden(i))
                wanted[i] = m_leastWidths.at(i) + (wanted.at(i) - m_leastWidths.at(i)) * free / lacking;
        }
    }
    m_fitting = true;
    const int last = header->logicalIndex(count - 1);
    for (int i = 0; i < count; ++i) {
        if (i != last && !header->isSectionHidden(i))
            header->resizeSection(i, wanted.at(i));
    }
    m_fitting = false;
}

void ContentsView::fitRowHeight()
{
    // As a tree view's uniform rows: the text or the 16-pixel icon, whichever is taller, and a margin.
    const int height = std::max(fontMetrics().height(), iconSize().isValid() ? iconSize().height() : 16) + 6;
    verticalHeader()->setMinimumSectionSize(height);
    verticalHeader()->setDefaultSectionSize(height);
}

void ContentsView::changeEvent(QEvent* event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitRowHeight();
}

int ContentsView::contentWidth(int column) const
{
    // QTableView::sizeHintForColumn() is not used: in Qt 6.4 it can loop for ever when called while
    // rows come and go (seen after an undo brought a row back in a scrolled list).
    const int rows = model() ? model()->rowCount() : 0;
    if (rows == 0)
        return 0;
    const int first = std::clamp(rowAt(0), 0, rows - 1);
    int last = rowAt(viewport()->height() - 1);
    last = std::min(last < 0 ? rows - 1 : last, first + 200); // the rows on screen, at most
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    int width = 0;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = model()->index(row, column);
        width = std::max(width, itemDelegateForIndex(index)->sizeHint(option, index).width());
    }
    return width;
}

void ContentsView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    scheduleFit();
}

bool ContentsView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == horizontalHeader()->viewport()) {
        if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick)
            m_headerPressed = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_headerPressed = false;
    }
    return QTableView::eventFilter(watched, event);
}

void ContentsView::keyboardSearch(const QString& search)
{
    // Only a list sorted by display name, A to Z, can be searched by its order; any other is
    // searched row by row, as every Qt view does.
    if (!m_contents || m_contents->sortField() != core::SortField::DisplayName ||
        m_contents->sortOrder() != Qt::AscendingOrder || search.isEmpty()) {
        QTableView::keyboardSearch(search);
        return;
    }
    // Letters typed within the keyboard input interval add up to one name, as in QAbstractItemView.
    if (!m_sinceTyped.isValid() || m_sinceTyped.elapsed() > QApplication::keyboardInputInterval())
        m_typed.clear();
    m_sinceTyped.start();
    m_typed += search;
    const int row = m_contents->rowForPrefix(m_typed);
    const QModelIndex index = m_contents->index(row, 0);
    if (!index.data(ContentsModel::NameRole).toString().startsWith(m_typed, Qt::CaseInsensitive))
        return; // no name begins so: stay, as the original's list does
    setCurrentIndex(index);
    scrollTo(index);
}

QModelIndex ContentsView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    if (!model() || model()->rowCount() == 0)
        return QTableView::moveCursor(action, modifiers);
    switch (action) {
    case MoveHome:
        return model()->index(0, 0);
    case MoveEnd:
        return model()->index(model()->rowCount() - 1, 0);
    case MoveLeft:
    case MoveRight: {
        QScrollBar* bar = horizontalScrollBar();
        bar->setValue(bar->value() + (action == MoveLeft ? -1 : 1) * fontMetrics().averageCharWidth() * 4);
        return currentIndex();
    }
    default: {
        // Up, Down, Page Up and Page Down keep to the first column: the row is what is current.
        const QModelIndex next = QTableView::moveCursor(action, modifiers);
        return next.isValid() ? next.siblingAtColumn(0) : next;
    }
    }
}

void ContentsView::paintEvent(QPaintEvent* event)
{
    QTableView::paintEvent(event);
    const QModelIndex current = currentIndex();
    if (!hasFocus() || !current.isValid())
        return;
    const int top = rowViewportPosition(current.row());
    const int height = rowHeight(current.row());
    if (top + height < 0 || top > viewport()->height())
        return;
    const int right = std::min(viewport()->width(), horizontalHeader()->length() - horizontalOffset());
    QStyleOptionFocusRect option;
    option.initFrom(this);
    option.state |= QStyle::State_KeyboardFocusChange;
    option.rect = QRect(0, top, right, height);
    option.backgroundColor =
        palette().color(selectionModel()->isRowSelected(current.row(), current.parent()) ? QPalette::Highlight
                                                                                         : QPalette::Base);
    QPainter painter(viewport());
    style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
}

} // namespace sa::ui
