#include "SyncStatusModel.h"

#include "core/dirsync/DirsyncLog.h"
#include "ui/common/Icons.h"
#include "ui/common/Text.h"
#include "ui/models/RunHistoryModel.h"

#include <QLocale>

namespace sa::ui {

namespace {

bool same(const core::DirsyncPartnerStatus& a, const core::DirsyncPartnerStatus& b)
{
    return a.name == b.name && a.postoffice == b.postoffice && a.reqSeq == b.reqSeq && a.svrSeq == b.svrSeq &&
           a.confSeq == b.confSeq && a.impSeq == b.impSeq && a.pending == b.pending &&
           a.lastReceived == b.lastReceived && a.lastSent == b.lastSent && a.lastStatus == b.lastStatus &&
           a.missed == b.missed && a.lateReason == b.lateReason && a.setAside == b.setAside &&
           a.unreadable == b.unreadable;
}

} // namespace

QString SyncStatusModel::stateOf(const core::DirsyncPartnerStatus& s)
{
    if (!s.unreadable.isEmpty())
        return tr("Postoffice cannot be opened");
    if (s.lastStatus == core::DirsyncRun::StoppedByThreshold)
        return tr("Held: deletion threshold");
    if (s.lastStatus.contains(QLatin1String("error")) || s.lastStatus.startsWith(QLatin1String("stopped")))
        return tr("Failed");
    if (s.late())
        return tr("Late");
    if (!s.lastSent.isValid() && !s.lastReceived.isValid())
        return tr("Not synchronized yet");
    if (s.pending > 0)
        return tr("Waiting for confirmation");
    return tr("OK");
}

void SyncStatusModel::setStatus(const QList<core::DirsyncPartnerStatus>& rows, const QDateTime& next)
{
    const bool nextChanged = next != m_next;
    m_next = next;
    // Requestors gone, from the bottom up; then new ones appended and changed ones updated.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (std::none_of(rows.cbegin(), rows.cend(), [&](const core::DirsyncPartnerStatus& r) {
                return r.name == m_rows.at(row).name;
            })) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    for (const core::DirsyncPartnerStatus& r : rows) {
        const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                     [&](const core::DirsyncPartnerStatus& m) { return m.name == r.name; });
        if (it == m_rows.end()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            m_rows.append(r);
            endInsertRows();
        } else if (!same(*it, r)) {
            *it = r;
            const int row = int(it - m_rows.begin());
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (nextChanged && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, NextColumn), index(int(m_rows.size()) - 1, NextColumn));
}

int SyncStatusModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SyncStatusModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncStatusModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::DirsyncPartnerStatus& s = m_rows.at(index.row());
    if (role == Qt::DecorationRole && index.column() == StateColumn) {
        const QString state = stateOf(s);
        return Icons::named(state == tr("OK")                                  ? QStringLiteral("state-ok")
                            : state == tr("Failed") || !s.unreadable.isEmpty() ? QStringLiteral("state-error")
                            : state == tr("Not synchronized yet") ? QStringLiteral("state-stopped")
                                                                  : QStringLiteral("state-warning"));
    }
    if (role == Qt::ToolTipRole && index.column() == StateColumn && !s.unreadable.isEmpty())
        return QStringLiteral("<p>%1.</p>").arg(s.unreadable.translated().toHtmlEscaped());
    if (role == Qt::ToolTipRole && index.column() == StateColumn && s.late()) {
        // Rich text, so that the long reasons wrap instead of running off the screen.
        QString tip = QStringLiteral("<p>%1</p>")
                          .arg(tr("Nothing from %1 reached the last %2 runs of T2.")
                                   .arg(s.name)
                                   .arg(s.missed)
                                   .toHtmlEscaped());
        for (const core::Phrase& part : s.lateReason)
            tip += QStringLiteral("<p>%1.</p>").arg(part.translated().toHtmlEscaped());
        return tip;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= ReqColumn && index.column() <= ImpColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return s.name;
    case PostofficeColumn:
        return s.postoffice;
    case StateColumn:
        return stateOf(s);
    case ReqColumn:
        return s.reqSeq;
    case SvrColumn:
        return s.svrSeq;
    case ConfColumn:
        return s.confSeq;
    case ImpColumn:
        return s.impSeq;
    case ReceivedColumn:
        return when(s.lastReceived);
    case SentColumn:
        return when(s.lastSent);
    case PendingColumn:
        return s.pending;
    case NextColumn:
        return m_next.isValid() ? when(m_next) : tr("Not scheduled");
    case ResultColumn:
        return s.lastStatus.isEmpty() ? QStringLiteral("-") : RunHistoryModel::statusText(s.lastStatus);
    default:
        return {};
    }
}

QVariant SyncStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // The sync numbers by MS Mail's own names, as siteadminctl and msmail-po say them (issue 21).
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case 3:
            return tr("ReqSync: the requestor's updates received so far");
        case 4:
            return tr("SrvSync: the server's updates sent to the requestor so far");
        case 5:
            return tr("The SrvSync the requestor has confirmed receiving");
        case 6:
            return tr("ImpSync: the requestor's import requests so far");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    static const QStringList headers{
        tr("Requestor"),  tr("Postoffice"), tr("State"),         tr("ReqSync"),   tr("SrvSync"),
        tr("SrvConf"),    tr("ImpSync"),    tr("Last received"), tr("Last sent"), tr("Pending confirmation"),
        tr("Next cycle"), tr("Last result")};
    return headers.value(section);
}

} // namespace sa::ui
