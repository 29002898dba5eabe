#pragma once

#include "SiteStore.h"
#include "core/directory/EventLog.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace sa::core {
class DirectoryStore;
}

namespace sa::ui {

/// View > Event Log: the events of every site of the organization, newest first: time, site,
/// type, source, category, event ID, text. refresh() reads only what each site logged since the
/// last read and inserts it at the top, row by row.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        SiteColumn,
        TypeColumn,
        SourceColumn,
        CategoryColumn,
        EventColumn,
        TextColumn,
        ColumnCount
    };
    using Site = SiteStore;
    struct Row
    {
        QString site;
        core::EventRecord event;
    };
    static constexpr int MaxRows = 5000; ///< the newest kept in the list

    explicit EventLogModel(QList<Site> sites, QObject* parent = nullptr);

    void refresh();
    const Row& rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Site> m_sites;
    QHash<QString, qint64> m_lastId; ///< by site: the newest event read
    QList<Row> m_rows;
};

} // namespace sa::ui
