#pragma once

#include "core/services/Services.h"

#include <QAbstractTableModel>
#include <QList>
#include <functional>

namespace sa::core {
class DirectoryStore;
}

namespace sa::ui {

/// Tools > Services: every service of every server of the organization, one row each (server,
/// service, state, what it needs). refresh() reads the states again and changes only the rows that
/// differ (a state is dataChanged; a service that came or went is a row inserted or removed), so
/// the view keeps its selection while the states move.
class ServicesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// A service's state as the window says it (the core and the command line say it in English).
    static QString stateText(core::ServiceState state);

    enum Column
    {
        ServerColumn,
        ServiceColumn,
        StateColumn,
        DependsColumn,
        ColumnCount
    };
    /// A server of the organization and the store of its site.
    struct Server
    {
        QString name;
        core::DirectoryStore* store = nullptr;
    };

    explicit ServicesModel(QList<Server> servers, QObject* parent = nullptr);

    void refresh();
    core::ServiceStatus statusAt(int row) const { return m_rows.value(row); }
    core::DirectoryStore* storeAt(int row) const;
    /// The row of `service` on `server`, or -1.
    int rowOf(const QString& server, const QString& service) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::ServiceStatus> read() const;

    QList<Server> m_servers;
    QList<core::ServiceStatus> m_rows;
};

} // namespace sa::ui
