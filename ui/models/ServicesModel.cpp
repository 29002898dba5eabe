#include "ServicesModel.h"

#include "core/common/Phrase.h"
#include "ui/common/Icons.h"

namespace sa::ui {

ServicesModel::ServicesModel(QList<Server> servers, QObject* parent)
    : QAbstractTableModel(parent), m_servers(std::move(servers))
{
    m_rows = read();
}

QList<core::ServiceStatus> ServicesModel::read() const
{
    QList<core::ServiceStatus> out;
    for (const Server& s : m_servers) {
        auto status = core::Services::status(*s.store, s.name);
        if (status)
            out += status.value();
    }
    return out;
}

void ServicesModel::refresh()
{
    const QList<core::ServiceStatus> now = read();
    const auto same = [](const core::ServiceStatus& a, const core::ServiceStatus& b) {
        return a.server.compare(b.server, Qt::CaseInsensitive) == 0 && a.name == b.name;
    };
    // Rows that went, from the bottom up.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (std::none_of(now.cbegin(), now.cend(),
                         [&](const core::ServiceStatus& n) { return same(n, m_rows.at(row)); })) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    // Rows that came, where they stand in the new list; states that changed.
    for (int i = 0; i < now.size(); ++i) {
        const int row = rowOf(now.at(i).server, now.at(i).name);
        if (row < 0) {
            const int at = std::min(i, int(m_rows.size()));
            beginInsertRows({}, at, at);
            m_rows.insert(at, now.at(i));
            endInsertRows();
        } else if (m_rows.at(row).state != now.at(i).state ||
                   m_rows.at(row).dependsOn != now.at(i).dependsOn) {
            m_rows[row] = now.at(i);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

core::DirectoryStore* ServicesModel::storeAt(int row) const
{
    const QString server = m_rows.value(row).server;
    for (const Server& s : m_servers) {
        if (s.name.compare(server, Qt::CaseInsensitive) == 0)
            return s.store;
    }
    return nullptr;
}

int ServicesModel::rowOf(const QString& server, const QString& service) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).server.compare(server, Qt::CaseInsensitive) == 0 &&
            m_rows.at(i).name.compare(service, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

int ServicesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServicesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ServicesModel::stateText(core::ServiceState state)
{
    switch (state) {
    case core::ServiceState::Stopped:
        return tr("Stopped");
    case core::ServiceState::Running:
        return tr("Running");
    case core::ServiceState::Paused:
        return tr("Paused");
    }
    return {};
}

QVariant ServicesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ServiceStatus& s = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ServerColumn:
            return s.server;
        case ServiceColumn:
            return core::Phrase::known(s.name).translated();
        case StateColumn:
            return stateText(s.state);
        case DependsColumn: {
            QStringList names;
            for (const QString& d : s.dependsOn)
                names << core::Phrase::known(d).translated();
            return names.join(QStringLiteral(", "));
        }
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == StateColumn)
        return Icons::named(s.state == core::ServiceState::Running  ? QStringLiteral("state-ok")
                            : s.state == core::ServiceState::Paused ? QStringLiteral("state-warning")
                                                                    : QStringLiteral("state-stopped"));
    return {};
}

QVariant ServicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServerColumn:
        return tr("Server");
    case ServiceColumn:
        return tr("Service");
    case StateColumn:
        return tr("Status");
    case DependsColumn:
        return tr("Depends on");
    default:
        return {};
    }
}

} // namespace sa::ui
