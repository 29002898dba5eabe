#include "ContainerTreeModel.h"

#include "core/directory/ChangeWatcher.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/storage/SortKey.h"
#include "ui/common/Icons.h"

#include <algorithm>

namespace sa::ui {

using core::DirectoryObject;

namespace {

bool isContainerClass(const QString& className)
{
    const core::ClassDef* cls = core::Schema::instance().findClass(className);
    return cls && cls->container;
}

} // namespace

ContainerTreeModel::ContainerTreeModel(core::DirectoryStore& store, QObject* parent)
    : QAbstractItemModel(parent), m_store(store), m_root(std::make_unique<Node>())
{
}

ContainerTreeModel::~ContainerTreeModel() = default;

std::unique_ptr<ContainerTreeModel::Node> ContainerTreeModel::makeNode(const DirectoryObject& o, Node* parent)
{
    auto node = std::make_unique<Node>();
    node->id = o.id;
    node->className = o.cls->name;
    node->name = o.displayName();
    node->sortKey = core::SortKey::of(node->name);
    node->dn = o.dn;
    node->parent = parent;
    m_nodes.insert(o.id, node.get());
    return node;
}

void ContainerTreeModel::loadChildren(Node* node)
{
    core::ChildQuery q;
    q.filter = core::ListFilter::containers();
    auto kids = m_store.children(node->id, q);
    if (!kids)
        return;
    for (const DirectoryObject& k : kids.value()) {
        node->children.push_back(makeNode(k, node));
        loadChildren(node->children.back().get());
    }
}

void ContainerTreeModel::load(const core::Dn& rootDn)
{
    beginResetModel(); // first load only; later changes go row by row
    m_nodes.clear();
    m_root = std::make_unique<Node>();
    (void)m_store.read([&]() -> core::Status {
        m_usn = m_store.highestUsn();
        if (auto root = m_store.object(rootDn)) {
            m_root->children.push_back(makeNode(root.value(), m_root.get()));
            loadChildren(m_root->children.back().get());
        }
        return {};
    });
    endResetModel();
}

void ContainerTreeModel::forget(Node* node)
{
    m_nodes.remove(node->id);
    for (auto& c : node->children)
        forget(c.get());
}

int ContainerTreeModel::rowOf(const Node* node) const
{
    const auto& siblings = node->parent->children;
    for (int i = 0; i < int(siblings.size()); ++i) {
        if (siblings[std::size_t(i)].get() == node)
            return i;
    }
    return -1;
}

int ContainerTreeModel::insertionRow(const Node* parent, const QString& sortKey, qint64 id) const
{
    int row = 0;
    for (const auto& c : parent->children) {
        if (c->id == id)
            continue;
        if (std::tie(c->sortKey, c->id) < std::tie(sortKey, id))
            ++row;
    }
    return row;
}

QModelIndex ContainerTreeModel::indexOf(Node* node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(rowOf(node), 0, node);
}

ContainerTreeModel::Node* ContainerTreeModel::nodeAt(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex ContainerTreeModel::indexForId(qint64 id) const
{
    return indexOf(m_nodes.value(id));
}

QModelIndex ContainerTreeModel::indexForDn(const core::Dn& dn) const
{
    for (Node* n : m_nodes) {
        if (n->dn == dn)
            return indexOf(n);
    }
    return {};
}

qint64 ContainerTreeModel::idAt(const QModelIndex& index) const
{
    return index.isValid() ? nodeAt(index)->id : 0;
}

void ContainerTreeModel::removeNode(Node* node)
{
    Node* parent = node->parent;
    const int row = rowOf(node);
    beginRemoveRows(indexOf(parent), row, row);
    forget(node);
    parent->children.erase(parent->children.begin() + row);
    endRemoveRows();
}

void ContainerTreeModel::insertObject(const DirectoryObject& o)
{
    Node* parent = m_nodes.value(o.parentId);
    if (!parent || m_nodes.contains(o.id))
        return;
    const QString key = core::SortKey::of(o.displayName());
    const int row = insertionRow(parent, key, o.id);
    beginInsertRows(indexOf(parent), row, row);
    auto node = makeNode(o, parent);
    Node* raw = node.get();
    parent->children.insert(parent->children.begin() + row, std::move(node));
    loadChildren(raw); // containers that came with it
    endInsertRows();
}

void ContainerTreeModel::refreshNode(Node* node, const DirectoryObject& o)
{
    const QString name = o.displayName();
    const QString key = core::SortKey::of(name);
    node->dn = o.dn;
    if (key != node->sortKey) {
        Node* parent = node->parent;
        const int from = rowOf(node);
        const int to = insertionRow(parent, key, node->id);
        if (from != to) {
            // beginMoveRows counts the destination before the move.
            const QModelIndex p = indexOf(parent);
            beginMoveRows(p, from, from, p, to > from ? to + 1 : to);
            auto owned = std::move(parent->children[std::size_t(from)]);
            parent->children.erase(parent->children.begin() + from);
            parent->children.insert(parent->children.begin() + to, std::move(owned));
            node->name = name;
            node->sortKey = key;
            endMoveRows();
        }
    }
    node->name = name;
    node->sortKey = key;
    const QModelIndex i = indexOf(node);
    Q_EMIT dataChanged(i, i);
}

void ContainerTreeModel::applyChanges(const core::ChangeBatch& received)
{
    const auto own = core::ChangeWatcher::forConsumer(m_store, received, m_usn);
    if (!own)
        return;
    core::ChangeBatch batch = *own;
    if (!batch.complete) {
        // Too many changes to list: this tree's own are few, read by class.
        QStringList containers;
        for (const core::ClassDef& c : core::Schema::instance().classes()) {
            if (c.container)
                containers << c.name;
        }
        if (auto mine = m_store.changesSince(m_usn, containers))
            batch = mine.value();
    }
    m_usn = batch.toUsn;
    QList<DirectoryObject> toInsert;
    for (const core::ObjectChange& c : batch.changes) {
        if (!isContainerClass(c.className))
            continue;
        Node* node = m_nodes.value(c.id);
        const bool live = c.after.exists && !c.after.deleted;
        if (node && (!live || node->parent->id != c.after.parentId)) {
            removeNode(node);
            node = nullptr;
        }
        if (!live)
            continue;
        auto object = m_store.objectById(c.id);
        if (!object)
            continue;
        if (node)
            refreshNode(node, object.value());
        else
            toInsert << object.value();
    }
    // Parents before children, whatever order their USNs came in.
    std::sort(toInsert.begin(), toInsert.end(),
              [](const DirectoryObject& a, const DirectoryObject& b) { return a.dn.depth() < b.dn.depth(); });
    for (const DirectoryObject& o : toInsert)
        insertObject(o);
}

QModelIndex ContainerTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    Node* p = nodeAt(parent);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, 0, p->children[std::size_t(row)].get());
}

QModelIndex ContainerTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeAt(child)->parent);
}

int ContainerTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int ContainerTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant ContainerTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* n = nodeAt(index);
    switch (role) {
    case Qt::DisplayRole:
        return n->name;
    case Qt::DecorationRole:
        return Icons::forClass(n->className);
    case Qt::ToolTipRole:
        return n->dn.toString();
    case IdRole:
        return n->id;
    case ClassRole:
        return n->className;
    case DnRole:
        return n->dn.toString();
    default:
        return {};
    }
}

QVariant ContainerTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Container");
    return {};
}

} // namespace sa::ui
