#pragma once

#include "core/dirsync/DirsyncServer.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace sa::ui {

/// Synchronization Status, one row per requestor: its name, postoffice, a state icon, the four
/// sequence numbers, the last message received and sent, the transactions awaiting its
/// confirmation, the next scheduled cycle and the last result. setStatus() changes only the rows
/// and cells that differ, so the view keeps its selection while cycles run.
class SyncStatusModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        PostofficeColumn,
        StateColumn,
        ReqColumn,
        SvrColumn,
        ConfColumn,
        ImpColumn,
        ReceivedColumn,
        SentColumn,
        PendingColumn,
        NextColumn,
        ResultColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setStatus(const QList<core::DirsyncPartnerStatus>& rows, const QDateTime& next);
    core::DirsyncPartnerStatus statusAt(int row) const { return m_rows.value(row); }
    /// What the state column says of a requestor: OK, Waiting for confirmation, Held: ..., Failed.
    static QString stateOf(const core::DirsyncPartnerStatus& s);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::DirsyncPartnerStatus> m_rows;
    QDateTime m_next;
};

} // namespace sa::ui
