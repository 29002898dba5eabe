#include "RunHistoryModel.h"

#include "ui/common/Text.h"
#include "ui/common/Tones.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace sa::ui {

void RunHistoryModel::setRuns(const QList<core::DirsyncRun>& runs)
{
    if (runs.isEmpty()) {
        if (!m_runs.isEmpty()) {
            beginRemoveRows({}, 0, int(m_runs.size()) - 1);
            m_runs.clear();
            endRemoveRows();
        }
        return;
    }
    // The runs newer than our newest go on top.
    const qint64 newest = m_runs.isEmpty() ? 0 : m_runs.first().id;
    int fresh = 0;
    while (fresh < runs.size() && runs.at(fresh).id > newest)
        ++fresh;
    if (fresh > 0) {
        beginInsertRows({}, 0, fresh - 1);
        m_runs = runs.mid(0, fresh) + m_runs;
        endInsertRows();
    }
    // As many as given: the oldest beyond that go.
    if (m_runs.size() > runs.size()) {
        beginRemoveRows({}, int(runs.size()), int(m_runs.size()) - 1);
        m_runs.resize(runs.size());
        endRemoveRows();
    }
}

int RunHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunHistoryModel::stepText(const QString& step)
{
    // The history keeps MS Mail's English words (the command line prints them); the window says them.
    return keywordText("sa::ui::RunHistoryModel", step,
                       {QT_TRANSLATE_NOOP("sa::ui::RunHistoryModel", "sent"),
                        QT_TRANSLATE_NOOP("sa::ui::RunHistoryModel", "received")});
}

QString RunHistoryModel::statusText(const QString& status)
{
    return keywordText("sa::ui::RunHistoryModel", status,
                       {QT_TRANSLATE_NOOP("sa::ui::RunHistoryModel", "success"),
                        QT_TRANSLATE_NOOP("sa::ui::RunHistoryModel", "completed with errors"),
                        QT_TRANSLATE_NOOP("sa::ui::RunHistoryModel", "completed with warnings"),
                        QT_TRANSLATE_NOOP("sa::ui::RunHistoryModel", "stopped: error"),
                        QT_TRANSLATE_NOOP("sa::ui::RunHistoryModel", "stopped: deletion threshold"),
                        QT_TRANSLATE_NOOP("sa::ui::RunHistoryModel", "discarded")});
}

QVariant RunHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::DirsyncRun& r = m_runs.at(index.row());
    if (role == IdRole)
        return r.id;
    const bool bad = r.errors > 0 || r.status.startsWith(QLatin1String("stopped")) ||
                     r.status.contains(QLatin1String("error")) || r.status == QLatin1String("discarded");
    if (role == Qt::ForegroundRole && bad)
        return QBrush(Tones::text(Tones::Kind::Error, QGuiApplication::palette().color(QPalette::Base)));
    if (role == Qt::TextAlignmentRole && index.column() >= AddsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StartedColumn:
        return when(r.started);
    case RequestorColumn:
        return r.requestor;
    case StepColumn:
        return stepText(r.step);
    case DurationColumn:
        return tr("%1 s").arg(double(r.started.msecsTo(r.finished)) / 1000.0, 0, 'f', 2);
    case StatusColumn:
        return statusText(r.status);
    case AddsColumn:
        return r.adds;
    case ModifiesColumn:
        return r.modifies;
    case DeletesColumn:
        return r.deletes;
    case ErrorsColumn:
        return r.errors;
    case InColumn:
        return r.messagesIn;
    case OutColumn:
        return r.messagesOut;
    default:
        return {};
    }
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const QStringList headers{tr("Started"), tr("Requestor"), tr("Step"),     tr("Duration"),
                                     tr("Status"),  tr("Adds"),      tr("Modifies"), tr("Deletes"),
                                     tr("Errors"),  tr("In"),        tr("Out")};
    return headers.value(section);
}

} // namespace sa::ui
