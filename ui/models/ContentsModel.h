#pragma once

#include "ColumnCatalog.h"
#include "core/directory/ChangeBatch.h"
#include "core/directory/DirectoryObject.h"
#include "core/directory/DirectoryStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace sa::ui {

/// The right pane: the children of one container, one row per object, in the order of the sort
/// column (display name or last-modified). Rows are read from the store a page at a time as the view
/// asks for them, so a container of 100,000 recipients opens as fast as one of 1,000 and costs only
/// the pages on screen. Changes arrive as change batches and become row inserts, removals and
/// data changes; selection and scroll position survive them.
class ContentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ClassRole,
        DnRole,
        NameRole ///< the display name, whatever the columns
    };
    static constexpr int PageSize = 128;
    static constexpr int MaxCachedPages = 48;
    /// A batch touching more rows than this reloads the list instead of moving row by row
    /// (a bulk import, not an edit).
    static constexpr int MaxRowByRowChanges = 500;

    explicit ContentsModel(core::DirectoryStore& store, QObject* parent = nullptr);

    /// Shows another container (0 = none): a different list, so the view is reset.
    void setContainer(qint64 containerId, const core::ListFilter& filter = {});
    qint64 containerId() const { return m_container; }
    void setColumns(const QList<ColumnDef>& columns);
    /// View > Mailboxes / Distribution Lists / ... / Hidden Recipients: another list, so a reset.
    void setFilter(const core::ListFilter& filter);
    const core::ListFilter& filter() const { return m_filter; }
    const QList<ColumnDef>& columns() const { return m_columns; }
    core::SortField sortField() const { return m_sortField; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    /// Sorts by a field directly (View > Sort By).
    void sortBy(core::SortField field, Qt::SortOrder order);

    void applyChanges(const core::ChangeBatch& batch);

    qint64 idAt(int row) const;
    /// The row of an object of this container, or -1.
    int rowOfId(qint64 id) const;
    /// The first row whose display name begins with `prefix`, else the first at or after it (sorted by
    /// display name).
    int rowForPrefix(const QString& prefix) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void countChanged(int count);
    void loadFailed(const QString& message);

private:
    const core::DirectoryObject* objectAt(int row) const;
    void clearCache() const;
    void reload();
    /// (sort key, id) comparison in the current order: true when a sorts before b.
    bool before(const core::ObjectPlacement& a, qint64 aId, const core::ObjectPlacement& b, qint64 bId) const;
    int countBefore(const core::ObjectPlacement& p, qint64 id) const;
    bool listed(const core::ObjectPlacement& p, const QString& className) const;

    core::DirectoryStore& m_store;
    qint64 m_container = 0;
    int m_count = 0;
    QList<ColumnDef> m_columns;
    core::SortField m_sortField = core::SortField::DisplayName;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_applying = false;
    qint64 m_usn = 0; ///< the site USN the rows reflect
    core::ListFilter m_filter;

    mutable QHash<int, QList<core::DirectoryObject>> m_pages;
    mutable QList<int> m_pageUse; // least recently used first
};

} // namespace sa::ui
