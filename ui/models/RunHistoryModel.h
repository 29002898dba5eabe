#pragma once

#include "core/dirsync/DirsyncLog.h"

#include <QAbstractTableModel>
#include <QList>

namespace sa::ui {

/// The run history of directory synchronization, newest first: start, requestor, step, duration,
/// status, adds, modifies, deletes, errors, messages in and out. setRuns() inserts the runs that are
/// new at the top (and drops the oldest past the limit), row by row.
class RunHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// A run's step and status as the window says them (kept in English in the history).
    static QString stepText(const QString& step);
    static QString statusText(const QString& status);

    enum Column
    {
        StartedColumn,
        RequestorColumn,
        StepColumn,
        DurationColumn,
        StatusColumn,
        AddsColumn,
        ModifiesColumn,
        DeletesColumn,
        ErrorsColumn,
        InColumn,
        OutColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    /// The newest runs, newest first (as DirsyncLog::history gives them).
    void setRuns(const QList<core::DirsyncRun>& runs);
    const QList<core::DirsyncRun>& runs() const { return m_runs; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::DirsyncRun> m_runs;
};

} // namespace sa::ui
