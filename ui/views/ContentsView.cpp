#include "ContentsView.h"

#include "ui/models/ContentsModel.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionFocusRect>
#include <QStyledItemDelegate>

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
    fitRowHeight();
}

void ContentsView::setModel(QAbstractItemModel* model)
{
    m_contents = qobject_cast<ContentsModel*>(model);
    QTableView::setModel(model);
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
