#pragma once

#include "core/directory/ChangeBatch.h"
#include "core/directory/DirectoryObject.h"

#include <QAbstractItemModel>
#include <QHash>
#include <memory>
#include <vector>

namespace sa::core {
class DirectoryStore;
}

namespace sa::ui {

/// The left pane: the containers of one site database (organization, site, Configuration and its
/// containers, servers, recipients containers), as a tree under the organization. Fed row by row
/// from the site's change batches: inserts, removals, moves and renames, never a reset, so
/// expansion and selection survive every edit.
class ContainerTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ClassRole,
        DnRole
    };

    explicit ContainerTreeModel(core::DirectoryStore& store, QObject* parent = nullptr);
    ~ContainerTreeModel() override;

    /// Loads the tree below `rootDn` (normally the organization).
    void load(const core::Dn& rootDn);
    void applyChanges(const core::ChangeBatch& batch);

    QModelIndex indexForId(qint64 id) const;
    QModelIndex indexForDn(const core::Dn& dn) const;
    qint64 idAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Node
    {
        qint64 id = 0;
        QString className;
        QString name;
        QString sortKey;
        core::Dn dn;
        Node* parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
    };

    std::unique_ptr<Node> makeNode(const core::DirectoryObject& object, Node* parent);
    void loadChildren(Node* node);
    void forget(Node* node);
    int rowOf(const Node* node) const;
    int insertionRow(const Node* parent, const QString& sortKey, qint64 id) const;
    QModelIndex indexOf(Node* node) const;
    Node* nodeAt(const QModelIndex& index) const;
    void removeNode(Node* node);
    void insertObject(const core::DirectoryObject& object);
    void refreshNode(Node* node, const core::DirectoryObject& object);

    core::DirectoryStore& m_store;
    std::unique_ptr<Node> m_root; // invisible; its single child is the organization
    QHash<qint64, Node*> m_nodes;
    qint64 m_usn = 0; ///< the site USN the tree reflects
};

} // namespace sa::ui
