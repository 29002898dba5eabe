#include "EventLogModel.h"

#include "ui/common/Icons.h"
#include "ui/common/Text.h"

#include <QLocale>

namespace sa::ui {

EventLogModel::EventLogModel(QList<Site> sites, QObject* parent)
    : QAbstractTableModel(parent), m_sites(std::move(sites))
{
    refresh();
}

void EventLogModel::refresh()
{
    QList<Row> fresh;
    for (const Site& s : m_sites) {
        // The list keeps the newest MaxRows: at first and after a burst of more than that since the
        // last look, those are read; otherwise what came after the last one read.
        const bool first = !m_lastId.contains(s.name);
        auto events = first ? core::EventLog::recent(*s.store, MaxRows)
                            : core::EventLog::since(*s.store, m_lastId.value(s.name), MaxRows);
        if (!first && events && events->size() >= MaxRows)
            events = core::EventLog::recent(*s.store, MaxRows);
        if (!events)
            continue;                    // read again from the start next time
        qint64& last = m_lastId[s.name]; // known from now on, 0 while the log is empty
        for (const core::EventRecord& e : events.value()) {
            fresh.append(Row{s.name, e});
            last = std::max(last, e.id);
        }
    }
    if (fresh.isEmpty())
        return;
    // Newest first; the new ones go on top.
    std::stable_sort(fresh.begin(), fresh.end(), [](const Row& a, const Row& b) {
        return a.event.at != b.event.at ? a.event.at > b.event.at : a.event.id > b.event.id;
    });
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_rows = fresh + m_rows;
    endInsertRows();
    if (m_rows.size() > MaxRows) {
        beginRemoveRows({}, MaxRows, int(m_rows.size()) - 1);
        m_rows.resize(MaxRows);
        endRemoveRows();
    }
}

int EventLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    const core::EventRecord& e = r.event;
    if (role == Qt::DecorationRole && index.column() == TypeColumn)
        return Icons::named(e.level == QLatin1String("Error")     ? QStringLiteral("state-error")
                            : e.level == QLatin1String("Warning") ? QStringLiteral("state-warning")
                                                                  : QStringLiteral("state-ok"));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return when(e.at);
    case SiteColumn:
        return r.site;
    case TypeColumn:
        return levelText(e.level);
    case SourceColumn:
        return e.source;
    case CategoryColumn:
        return e.category.isEmpty() ? tr("None") : e.category;
    case EventColumn:
        return e.eventId;
    case TextColumn:
        return role == Qt::ToolTipRole ? e.text : e.text.section(QLatin1Char('\n'), 0, 0);
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const QStringList headers{tr("Date and time"), tr("Site"),     tr("Type"), tr("Source"),
                                     tr("Category"),      tr("Event ID"), tr("Text")};
    return headers.value(section);
}

} // namespace sa::ui
