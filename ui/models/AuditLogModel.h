#pragma once

#include "SiteStore.h"
#include "core/directory/AuditTrail.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace sa::core {
class DirectoryStore;
}

namespace sa::ui {

/// The audit trail as a list (View > Audit Log, and an object's History page): who changed what,
/// newest first: time, site, user, program, change, object, attributes. refresh() reads only what
/// each site kept since the last read and inserts it at the top.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        SiteColumn,
        UserColumn,
        ProgramColumn,
        ActionColumn,
        ObjectColumn,
        AttributesColumn,
        ColumnCount
    };
    using Site = SiteStore;
    struct Row
    {
        QString site;
        core::AuditEntry entry;
    };
    static constexpr int MaxRows = 5000; ///< the newest kept in the list

    /// Every change at `sites`, or only those of the object of row `objectId` (of the one site).
    explicit AuditLogModel(QList<Site> sites, qint64 objectId = 0, QObject* parent = nullptr);

    void refresh();
    const Row& rowAt(int row) const { return m_rows.at(row); }
    /// The change in words: Created, Changed, Deleted.
    static QString actionText(const QString& action);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Site> m_sites;
    qint64 m_objectId = 0;
    QHash<QString, qint64> m_lastId; ///< by site: the newest entry read
    QList<Row> m_rows;
};

} // namespace sa::ui
