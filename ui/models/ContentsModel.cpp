#include "ContentsModel.h"

#include "core/directory/ChangeWatcher.h"
#include "core/directory/Schema.h"
#include "core/storage/SortKey.h"
#include "ui/common/Icons.h"

#include <QFont>
#include <algorithm>

namespace sa::ui {

using core::ObjectChange;
using core::ObjectPlacement;

ContentsModel::ContentsModel(core::DirectoryStore& store, QObject* parent)
    : QAbstractTableModel(parent), m_store(store)
{
}

void ContentsModel::clearCache() const
{
    m_pages.clear();
    m_pageUse.clear();
}

void ContentsModel::reload()
{
    clearCache();
    m_count = 0;
    const core::Status s = m_store.read([this]() -> core::Status {
        m_usn = m_store.highestUsn();
        if (!m_container)
            return {};
        auto count = m_store.childCount(m_container, m_filter);
        if (!count)
            return count.error();
        m_count = count.value();
        return {};
    });
    if (!s)
        Q_EMIT loadFailed(s.error().translated());
}

void ContentsModel::setContainer(qint64 containerId, const core::ListFilter& filter)
{
    beginResetModel();
    m_container = containerId;
    m_filter = filter;
    reload();
    endResetModel();
    Q_EMIT countChanged(m_count);
}

void ContentsModel::setFilter(const core::ListFilter& filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    reload();
    endResetModel();
    Q_EMIT countChanged(m_count);
}

bool ContentsModel::listed(const ObjectPlacement& p, const QString& className) const
{
    return p.isLiveIn(m_container) && m_filter.accepts(className, p.hidden);
}

void ContentsModel::setColumns(const QList<ColumnDef>& columns)
{
    if (!m_columns.isEmpty()) {
        beginRemoveColumns({}, 0, int(m_columns.size()) - 1);
        m_columns.clear();
        endRemoveColumns();
    }
    if (!columns.isEmpty()) {
        beginInsertColumns({}, 0, int(columns.size()) - 1);
        m_columns = columns;
        endInsertColumns();
    }
}

const core::DirectoryObject* ContentsModel::objectAt(int row) const
{
    if (row < 0 || row >= m_count || m_applying)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        core::ChildQuery q;
        q.sort = m_sortField;
        q.order = m_sortOrder;
        q.offset = page * PageSize;
        q.limit = PageSize;
        q.filter = m_filter;
        auto objects = m_store.children(m_container, q);
        if (!objects)
            return nullptr;
        if (m_pages.size() >= MaxCachedPages && !m_pageUse.isEmpty())
            m_pages.remove(m_pageUse.takeFirst());
        it = m_pages.insert(page, objects.value());
    }
    m_pageUse.removeOne(page);
    m_pageUse.append(page);
    const int offset = row % PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

qint64 ContentsModel::idAt(int row) const
{
    const core::DirectoryObject* o = objectAt(row);
    return o ? o->id : 0;
}

int ContentsModel::rowOfId(qint64 id) const
{
    auto o = m_store.objectById(id);
    if (!o)
        return -1;
    const bool hidden = o->flag(core::attr::HideFromAddressBook);
    const ObjectPlacement p{true,          o->parentId, core::SortKey::of(o->displayName()),
                            o->usnChanged, o->deleted,  hidden};
    return listed(p, o->cls->name) ? countBefore(p, id) : -1;
}

int ContentsModel::rowForPrefix(const QString& prefix) const
{
    // A typed number may be the start of a longer one, which natural order puts elsewhere ("Zoe 59"
    // of "Zoe 590"): the first of its places where a name begins with what was typed.
    const QString typed = core::SortKey::plain(prefix);
    int first = -1;
    for (const QString& key : core::SortKey::prefixKeys(prefix)) {
        const ObjectPlacement p{true, m_container, key, 0, false, false};
        const int row = std::min(countBefore(p, 0), std::max(0, m_count - 1));
        if (first < 0)
            first = row;
        const core::DirectoryObject* o = objectAt(row);
        if (o && core::SortKey::plain(o->displayName()).startsWith(typed))
            return row;
    }
    return first;
}

int ContentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int ContentsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QModelIndex ContentsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= m_count || column < 0 || column >= m_columns.size())
        return {};
    // No data is read here: a view may ask for indexes of rows it does not show.
    return createIndex(row, column);
}

QVariant ContentsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const core::DirectoryObject* o = objectAt(index.row());
    if (!o)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return ColumnCatalog::text(m_columns.at(index.column()), *o);
    case Qt::DecorationRole:
        return index.column() == 0 ? QVariant(Icons::forClass(o->cls->name)) : QVariant();
    case IdRole:
        return o->id;
    case ClassRole:
        return o->cls->name;
    case DnRole:
        return o->dn.toString();
    case NameRole:
        return o->displayName();
    default:
        return {};
    }
}

QVariant ContentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_columns.at(section).title();
    if (role == Qt::ToolTipRole && !m_columns.at(section).sortField)
        return tr("Lists sort by Display Name or Last Modified only");
    return {};
}

void ContentsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size() || !m_columns.at(column).sortField)
        return;
    sortBy(*m_columns.at(column).sortField, order);
}

void ContentsModel::sortBy(core::SortField field, Qt::SortOrder order)
{
    if (field == m_sortField && order == m_sortOrder)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // The objects behind the persistent indexes (selection, current row): few, so their pages are
    // cheap to read before the order changes.
    const QModelIndexList old = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex& i : old)
        ids << idAt(i.row());
    m_sortField = field;
    m_sortOrder = order;
    clearCache();
    QHash<qint64, int> rows;
    QModelIndexList updated;
    for (int k = 0; k < old.size(); ++k) {
        const qint64 id = ids.at(k);
        if (!rows.contains(id))
            rows.insert(id, id ? rowOfId(id) : -1);
        const int row = rows.value(id);
        updated << (row < 0 ? QModelIndex() : createIndex(row, old.at(k).column()));
    }
    changePersistentIndexList(old, updated);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

bool ContentsModel::before(const ObjectPlacement& a, qint64 aId, const ObjectPlacement& b, qint64 bId) const
{
    const auto ascending = [this](const ObjectPlacement& x, qint64 xId, const ObjectPlacement& y,
                                  qint64 yId) {
        if (m_sortField == core::SortField::LastModified)
            return x.usnChanged < y.usnChanged;
        return std::tie(x.sortKey, xId) < std::tie(y.sortKey, yId);
    };
    return m_sortOrder == Qt::AscendingOrder ? ascending(a, aId, b, bId) : ascending(b, bId, a, aId);
}

int ContentsModel::countBefore(const ObjectPlacement& p, qint64 id) const
{
    auto n = m_store.rowBefore(m_container, m_sortField, m_sortOrder,
                               core::SortPosition{p.sortKey, p.usnChanged, id}, m_filter);
    return n ? n.value() : 0;
}

void ContentsModel::applyChanges(const core::ChangeBatch& received)
{
    const auto own = core::ChangeWatcher::forConsumer(m_store, received, m_usn);
    if (!own)
        return;
    const core::ChangeBatch& batch = *own;
    m_usn = batch.toUsn;
    if (!m_container)
        return;
    if (!batch.complete) { // too many to list, or the log no longer reaches back: read the page again
        auto shown = m_store.objectById(m_container);
        setContainer(shown && !shown->deleted ? m_container : 0, m_filter);
        return;
    }
    for (const ObjectChange& c : batch.changes) {
        if (c.id == m_container && (c.after.deleted || !c.after.exists)) {
            setContainer(0, m_filter); // the container itself is gone
            return;
        }
    }
    // Which changes touch this list, and how.
    QList<const ObjectChange*> relevant;
    for (const ObjectChange& c : batch.changes) {
        if (listed(c.before, c.className) || listed(c.after, c.className))
            relevant << &c;
    }
    if (relevant.isEmpty())
        return;
    // A condition on values cannot be judged from the changes (they carry none): read the page again.
    if (!batch.complete || relevant.size() > MaxRowByRowChanges || m_filter.judgesValues()) {
        setContainer(m_container, m_filter);
        return;
    }
    auto sameKey = [this](const ObjectPlacement& a, const ObjectPlacement& b) {
        return m_sortField == core::SortField::LastModified ? a.usnChanged == b.usnChanged
                                                            : a.sortKey == b.sortKey;
    };
    QList<const ObjectChange*> removed;  // were here at the watermark and left or moved
    QList<const ObjectChange*> inserted; // are here now and were not, or moved
    QList<const ObjectChange*> modified; // here before and after, same place
    for (const ObjectChange* c : relevant) {
        const bool was = listed(c->before, c->className);
        const bool is = listed(c->after, c->className);
        if (was && is && sameKey(c->before, c->after)) {
            modified << c;
            continue;
        }
        if (was)
            removed << c;
        if (is)
            inserted << c;
    }

    m_applying = true;
    clearCache();
    // Old rows: the database now, corrected for every changed object back to where it was.
    QList<std::pair<int, const ObjectChange*>> removals;
    for (const ObjectChange* x : removed) {
        int row = countBefore(x->before, x->id);
        for (const ObjectChange* y : relevant) {
            if (y == x)
                continue;
            if (listed(y->after, y->className) && before(y->after, y->id, x->before, x->id))
                --row;
            if (listed(y->before, y->className) && before(y->before, y->id, x->before, x->id))
                ++row;
        }
        removals.append({row, x});
    }
    std::sort(removals.begin(), removals.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& [row, change] : removals) {
        beginRemoveRows({}, row, row);
        --m_count;
        endRemoveRows();
    }
    // New rows, in ascending order: each lands at its final place.
    QList<std::pair<int, const ObjectChange*>> insertions;
    for (const ObjectChange* x : inserted)
        insertions.append({countBefore(x->after, x->id), x});
    std::sort(insertions.begin(), insertions.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [row, change] : insertions) {
        beginInsertRows({}, row, row);
        ++m_count;
        endInsertRows();
    }
    m_applying = false;
    for (const ObjectChange* c : modified) {
        const int row = countBefore(c->after, c->id);
        Q_EMIT dataChanged(index(row, 0), index(row, int(m_columns.size()) - 1));
    }
    if (!removals.isEmpty() || !insertions.isEmpty())
        Q_EMIT countChanged(m_count);
}

} // namespace sa::ui
