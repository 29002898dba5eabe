#pragma once

#include <QElapsedTimer>
#include <QTableView>

namespace sa::ui {

class ContentsModel;

/// The list of a container's contents, as the original's list view in report mode: one row per
/// object, whole rows selected, the focus frame around the whole current row, no grid, every row
/// the same height, Tab to the next control, Home and End to the first and last row, Left and Right
/// to scroll sideways, and typing a name goes to it.
///
/// A table, not a tree view without roots: QTreeView lays out an item for every row of its model
/// whenever the model resets, so a container of 1,000,000 recipients took 130 ms and 40 MB to show
/// its first screen; a table with uniform rows asks the model only for the rows on screen (3 ms).
class ContentsView : public QTableView
{
    Q_OBJECT

public:
    explicit ContentsView(QWidget* parent = nullptr);

    /// The model must be a ContentsModel: typing a name then finds it by the list's own order, in
    /// one query, instead of reading the list row by row.
    void setModel(QAbstractItemModel* model) override;
    void keyboardSearch(const QString& search) override;

    /// While on, the columns are widened to what their header and the rows on screen need (to at most
    /// 48 characters each) whenever rows arrive or the view is resized: all of it when the view has the
    /// room, otherwise the free room shared in proportion to what each column lacks. The widths the
    /// columns have when it is turned on are their least. Turned off by the user's own sizing or moving
    /// of a column (a drag or a double-click in the header), which columnsCustomized() reports, so that
    /// what the user chose is never undone.
    void setAutoFit(bool on);
    bool autoFit() const { return m_autoFit; }

Q_SIGNALS:
    void columnsCustomized();

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitRowHeight();
    void scheduleFit();
    void fitColumns();
    /// What the rows on screen need in `column`.
    int contentWidth(int column) const;

    ContentsModel* m_contents = nullptr;
    QString m_typed;
    QElapsedTimer m_sinceTyped;
    QList<int> m_leastWidths; // by logical column, while fitting
    bool m_autoFit = false;
    bool m_fitting = false;
    bool m_fitScheduled = false;
    bool m_headerPressed = false;
};

} // namespace sa::ui
