#include "AuditLogModel.h"

#include "ui/common/Text.h"

#include <QLocale>
#include <algorithm>

namespace sa::ui {

AuditLogModel::AuditLogModel(QList<Site> sites, qint64 objectId, QObject* parent)
    : QAbstractTableModel(parent), m_sites(std::move(sites)), m_objectId(objectId)
{
    refresh();
}

void AuditLogModel::refresh()
{
    QList<Row> fresh;
    for (const Site& s : m_sites) {
        core::AuditFilter filter;
        filter.objectId = m_objectId;
        filter.afterId = m_lastId.value(s.name);
        filter.limit = MaxRows; // the newest; after a burst of more, those only
        QList<Row> read;
        const core::Status done = core::AuditTrail::read(*s.store, filter, [&](const core::AuditEntry& e) {
            read.append(Row{s.name, e});
        });
        if (!done)
            continue; // read again from the last one next time
        qint64& last = m_lastId[s.name];
        for (const Row& r : read)
            last = std::max(last, r.entry.id);
        fresh += read;
    }
    if (fresh.isEmpty())
        return;
    std::stable_sort(fresh.begin(), fresh.end(), [](const Row& a, const Row& b) {
        return a.entry.at != b.entry.at ? a.entry.at > b.entry.at : a.entry.id > b.entry.id;
    });
    if (fresh.size() > MaxRows)
        fresh.resize(MaxRows);
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_rows = fresh + m_rows;
    endInsertRows();
    if (m_rows.size() > MaxRows) {
        beginRemoveRows({}, MaxRows, int(m_rows.size()) - 1);
        m_rows.resize(MaxRows);
        endRemoveRows();
    }
}

QString AuditLogModel::actionText(const QString& action)
{
    if (action == QLatin1String("create"))
        return tr("Created");
    if (action == QLatin1String("delete"))
        return tr("Deleted");
    return tr("Changed");
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Row& r = m_rows.at(index.row());
    const core::AuditEntry& e = r.entry;
    switch (index.column()) {
    case TimeColumn:
        return when(e.at);
    case SiteColumn:
        return r.site;
    case UserColumn:
        return e.user;
    case ProgramColumn:
        return e.program;
    case ActionColumn:
        return actionText(e.action);
    case ObjectColumn:
        return e.dn;
    case AttributesColumn:
        return e.attributes.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const QStringList headers{tr("Date and time"), tr("Site"),   tr("User"),      tr("Program"),
                                     tr("Change"),        tr("Object"), tr("Attributes")};
    return headers.value(section);
}

} // namespace sa::ui
