#include "SyncStatusPanel.h"

#include "CyclePreviewDialog.h"
#include "RunDetailsDialog.h"
#include "SyncChart.h"
#include "core/directory/DirectoryStore.h"
#include "core/dirsync/DirsyncLog.h"
#include "core/host/DirsyncCycle.h"
#include "core/host/ServiceHost.h"
#include "core/services/Schedule.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/LogTables.h"
#include "ui/common/Prompts.h"
#include "ui/common/Text.h"
#include "ui/common/Tones.h"
#include "ui/models/RunHistoryModel.h"
#include "ui/models/SyncStatusModel.h"

#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sa::ui {

namespace {

constexpr int HistoryLimit = 500;
constexpr int RefreshMs = 3000; ///< what other processes did shows this soon

QTableView* table(const QString& name, QAbstractItemModel* model)
{
    auto* view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    LogTables::setUp(view);
    return view;
}

} // namespace

SyncStatusPanel::SyncStatusPanel(std::function<core::DirectoryStore*()> roleStore, core::ServiceHost* host,
                                 QWidget* parent)
    : QWidget(parent), m_roleStore(std::move(roleStore)), m_host(host), m_status(new SyncStatusModel(this)),
      m_history(new RunHistoryModel(this)), m_role(new QLabel),
      m_unreadable(errorLabel(QStringLiteral("syncUnreadableLabel"))),
      m_overdue(errorLabel(QStringLiteral("syncOverdueSitesLabel"))), m_chart(new SyncChart),
      m_tabs(new QTabWidget), m_syncNow(new QPushButton(tr("Synchronize &Now"))),
      m_exportNext(new QPushButton(tr("E&xport on Next Cycle"))),
      m_preview(new QPushButton(tr("&Preview Next Cycle..."))),
      m_approve(new QPushButton(tr("&Approve Pending Deletes..."))),
      m_exportHistory(new QPushButton(tr("Export &History..."))), m_progressRow(new QWidget),
      m_step(new QLabel), m_progress(new QProgressBar), m_cancel(new QPushButton(tr("&Cancel"))),
      m_last(new QLabel), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("syncStatusPanel"));
    m_role->setObjectName(QStringLiteral("syncRoleLabel"));
    m_role->setWordWrap(true);
    m_unreadable->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_overdue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_last->setObjectName(QStringLiteral("syncLastCycleLabel"));
    m_last->setWordWrap(true);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_exportNext->setObjectName(QStringLiteral("exportNextCycleButton"));
    m_preview->setObjectName(QStringLiteral("previewCycleButton"));
    m_approve->setObjectName(QStringLiteral("approveDeletesPanelButton"));
    m_preview->setToolTip(
        tr("What the next T2 would receive and send, worked out on a copy; nothing changes"));
    m_approve->setToolTip(tr("See the deletions the deletion threshold holds back, and let them go"));
    m_exportHistory->setObjectName(QStringLiteral("exportHistoryButton"));
    m_cancel->setObjectName(QStringLiteral("cancelCycleButton"));
    m_progress->setObjectName(QStringLiteral("cycleProgressBar"));
    m_step->setObjectName(QStringLiteral("cycleStepLabel"));
    m_progressRow->setObjectName(QStringLiteral("cycleProgressRow"));
    m_requestors = table(QStringLiteral("requestorStatusView"), m_status);
    m_runs = table(QStringLiteral("runHistoryView"), m_history);
    // Its last column is a count: stretched, "Out" took the rest of the width (issue 20).
    m_runs->horizontalHeader()->setStretchLastSection(false);
    m_syncNow->setToolTip(tr("Run a whole cycle now: T1 at each requestor, T2, T3"));
    m_exportNext->setToolTip(tr("The selected requestor gets everything again with the next cycle"));

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_syncNow, m_preview, m_approve, m_exportNext})
        buttons->addWidget(b);
    buttons->addStretch(1);

    auto* historyPage = new QWidget;
    auto* historyLayout = new QVBoxLayout(historyPage);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_runs, 1);
    auto* historyButtons = new QHBoxLayout;
    historyButtons->addWidget(new QLabel(tr("Double-click a run to see what it changed and logged.")), 1);
    historyButtons->addWidget(m_exportHistory);
    historyLayout->addLayout(historyButtons);
    m_tabs->setObjectName(QStringLiteral("syncTabs"));
    m_tabs->addTab(historyPage, tr("Run History"));
    m_tabs->addTab(m_chart, tr("Changes per Cycle"));

    auto* progress = new QHBoxLayout(m_progressRow);
    progress->setContentsMargins(0, 0, 0, 0);
    progress->addWidget(m_step, 1);
    progress->addWidget(m_progress, 2);
    progress->addWidget(m_cancel);
    m_progressRow->hide();

    // Small minimums so that the window can be made short (issue 20: it could not go below 559 px);
    // the requestor table is sized to its rows by fitRequestorRows.
    m_requestors->setMinimumHeight(m_requestors->verticalHeader()->defaultSectionSize() * 3);
    m_runs->setMinimumHeight(m_runs->verticalHeader()->defaultSectionSize() * 3);
    m_split = new QSplitter(Qt::Vertical);
    m_split->setObjectName(QStringLiteral("syncSplitter"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_requestors);
    m_split->addWidget(m_tabs);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    connect(m_split, &QSplitter::splitterMoved, this, [this] { m_splitDragged = true; });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_role);
    layout->addWidget(m_unreadable);
    layout->addWidget(m_overdue);
    layout->addLayout(buttons);
    layout->addWidget(m_split, 1);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_last);

    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        if (m_host)
            m_host->synchronizeNow();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_host)
            m_host->cancel();
        m_step->setText(tr("Cancelling after the step in progress..."));
        m_cancel->setEnabled(false);
    });
    connect(m_exportNext, &QPushButton::clicked, this, &SyncStatusPanel::exportOnNextCycle);
    connect(m_preview, &QPushButton::clicked, this, [this] { openPreview(false); });
    connect(m_approve, &QPushButton::clicked, this, [this] { openPreview(true); });
    connect(m_exportHistory, &QPushButton::clicked, this, [this] {
        const QString path =
            FileDialogs::saveFileName(this, tr("Export History"), QStringLiteral("dirsync-history.csv"),
                                      tr("Comma-separated values (*.csv)"));
        if (!path.isEmpty())
            exportHistory(path);
    });
    connect(m_runs, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        openRunDetails(index.data(RunHistoryModel::IdRole).toLongLong());
    });
    connect(m_requestors->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SyncStatusPanel::updateButtons);
    if (m_host) {
        core::ServiceWorker* worker = m_host->worker();
        connect(worker, &core::ServiceWorker::cycleStarted, this, &SyncStatusPanel::cycleStarted);
        connect(worker, &core::ServiceWorker::progress, this, &SyncStatusPanel::cycleProgress);
        connect(worker, &core::ServiceWorker::cycleFinished, this,
                [this](bool ok, const core::Phrase& summary, const core::Phrase&) {
                    cycleFinished(ok, summary.translated());
                });
        // A burst of the worker's reports makes one read of the status, not one each.
        auto* soon = new QTimer(this);
        soon->setSingleShot(true);
        soon->setInterval(300);
        connect(soon, &QTimer::timeout, this, &SyncStatusPanel::refresh);
        connect(worker, &core::ServiceWorker::activity, soon, qOverload<>(&QTimer::start));
    }
    connect(m_timer, &QTimer::timeout, this, &SyncStatusPanel::refresh);
    m_timer->start(RefreshMs);
    refresh();
}

void SyncStatusPanel::setUnreadableSource(std::function<QStringList()> source)
{
    m_unreadableSource = std::move(source);
    refresh();
}

void SyncStatusPanel::setOverdueSource(std::function<QStringList()> source)
{
    m_overdueSource = std::move(source);
    refresh();
}

void SyncStatusPanel::refresh()
{
    const auto show = [](QLabel* label, const QStringList& lines) {
        QString text;
        for (const QString& line : lines)
            text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + sentence(line);
        label->setText(text);
        label->setVisible(!lines.isEmpty());
    };
    const QStringList unreadable = m_unreadableSource ? m_unreadableSource() : QStringList();
    show(m_unreadable, unreadable);
    show(m_overdue, m_overdueSource ? m_overdueSource() : QStringList());
    core::DirectoryStore* store = m_roleStore ? m_roleStore() : nullptr;
    auto role =
        store ? core::DirsyncCycle::roleOf(*store) : core::Result<core::DirsyncRoleInfo>(core::Error());
    if (!store || !role) {
        m_role->setText(
            unreadable.isEmpty()
                ? tr("The organization has no Directory Synchronization Server or Dir-Sync Requestor yet: "
                     "create one with File > New Other.")
                : tr("No site that can be opened has a Directory Synchronization Server or Dir-Sync "
                     "Requestor; the one that cannot may hold it:"));
        m_status->setStatus({}, {});
        m_history->setRuns({});
        m_chart->setRuns({});
        updateButtons();
        return;
    }
    auto runs = core::DirsyncLog::history(*store, HistoryLimit);
    const QList<core::DirsyncRun> history = runs ? runs.value() : QList<core::DirsyncRun>();
    // The next cycle the schedule brings (Always: the worker's interval after the last one).
    QDateTime next;
    if (role->running && role->style != QString::number(core::Schedule::Never)) {
        if (role->style == QString::number(core::Schedule::SelectedTimes))
            next = core::Schedule::nextStart(role->style, role->hours, QDateTime::currentDateTime());
        else if (m_host && !history.isEmpty())
            next = history.first().finished.addSecs(m_host->settings().cycleSeconds);
    }
    auto status = core::DirsyncCycle::partnerStatus(*store);
    m_status->setStatus(status ? status.value() : QList<core::DirsyncPartnerStatus>(), next);
    if (history.size() != m_history->runs().size() ||
        (!history.isEmpty() && history.first().id != m_history->runs().first().id)) {
        m_history->setRuns(history);
        m_chart->setRuns(history);
    }
    // The few requestors' columns follow their contents; the history's fit once it has some.
    m_requestors->resizeColumnsToContents();
    fitRequestorRows();
    if (m_history->rowCount() > 0 && !m_runs->property("fitted").toBool()) {
        m_runs->resizeColumnsToContents();
        m_runs->setProperty("fitted", true);
    }
    m_asServer = role->asServer;
    const QString what = role->asServer ? tr("Directory Synchronization Server \"%1\"").arg(role->name)
                                        : tr("Dir-Sync Requestor \"%1\"").arg(role->name);
    // Paused and stopped said as they are, with what they mean for the schedule (issue 20: a pause
    // read "not running").
    const QString state = role->state == core::ServiceState::Running ? tr("running")
                          : role->state == core::ServiceState::Paused
                              ? tr("paused (scheduled cycles wait until Continue in Tools > Services)")
                              : tr("stopped (start it in Tools > Services)");
    m_role->setText(tr("%1 on %2 (site %3): Directory Synchronization is %4; %5 requestor(s).")
                        .arg(what, role->server, store->siteName(), state)
                        .arg(m_status->rowCount()));
    updateButtons();
}

void SyncStatusPanel::fitRequestorRows()
{
    if (m_splitDragged)
        return;
    QHeaderView* header = m_requestors->horizontalHeader();
    const int frame = 2 * m_requestors->frameWidth();
    int want = frame + header->sizeHint().height() +
               std::max(1, m_status->rowCount()) * m_requestors->verticalHeader()->defaultSectionSize();
    if (header->length() > m_requestors->width() - frame)
        want += m_requestors->horizontalScrollBar()->sizeHint().height();
    const int total = m_split->height() - m_split->handleWidth();
    // The history keeps at least its minimum; a long list of requestors scrolls.
    want =
        std::max(m_requestors->minimumHeight(), std::min(want, total - m_tabs->minimumSizeHint().height()));
    if (total > 0 && m_split->sizes().value(0) != want)
        m_split->setSizes({want, total - want});
}

void SyncStatusPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitRequestorRows();
}

void SyncStatusPanel::updateButtons()
{
    const bool role = m_status->rowCount() > 0;
    m_syncNow->setEnabled(m_host && role && !m_progressRow->isVisible());
    m_exportNext->setEnabled(role && m_requestors->currentIndex().isValid());
    m_preview->setEnabled(role && m_asServer);
    bool held = false;
    for (int row = 0; row < m_status->rowCount(); ++row)
        held = held || m_status->statusAt(row).lastStatus == core::DirsyncRun::StoppedByThreshold;
    m_approve->setEnabled(role && m_asServer && held);
    m_exportHistory->setEnabled(m_history->rowCount() > 0);
}

void SyncStatusPanel::cycleStarted()
{
    m_progressRow->show();
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 0);
    m_step->setText(tr("A cycle is starting..."));
    updateButtons();
}

void SyncStatusPanel::cycleProgress(const core::Phrase& step, int done, int total)
{
    m_progressRow->show();
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    if (m_cancel->isEnabled())
        m_step->setText(step.translated());
}

void SyncStatusPanel::cycleFinished(bool ok, const QString& summary)
{
    m_progressRow->hide();
    m_last->setText(summary);
    Tones::mark(m_last, ok ? Tones::Kind::Normal : Tones::Kind::Error);
    refresh();
}

void SyncStatusPanel::exportOnNextCycle()
{
    core::DirectoryStore* store = m_roleStore ? m_roleStore() : nullptr;
    const int row = m_requestors->currentIndex().row();
    if (!store || row < 0)
        return;
    const QString name = m_status->statusAt(row).name;
    if (core::Status s = core::DirsyncCycle::exportOnNextCycle(*store, name); !s) {
        Prompts::error(this, tr("Export on Next Cycle"), s.error().translated());
        return;
    }
    m_last->setText(tr("%1 gets everything again with the next cycle.").arg(name));
    Tones::mark(m_last, Tones::Kind::Normal);
}

bool SyncStatusPanel::exportHistory(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(core::DirsyncLog::csv(m_history->runs())) < 0 || !file.flush()) {
        Prompts::error(this, tr("Export History"),
                       tr("%1 could not be written: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

QDialog* SyncStatusPanel::openPreview(bool approveDeletes)
{
    core::DirectoryStore* store = m_roleStore ? m_roleStore() : nullptr;
    if (!store)
        return nullptr;
    auto* dialog = new CyclePreviewDialog(approveDeletes ? CyclePreviewDialog::Mode::ApproveDeletes
                                                         : CyclePreviewDialog::Mode::Preview,
                                          store->path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &SyncStatusPanel::refresh);
    dialog->show();
    return dialog;
}

void SyncStatusPanel::openRunDetails(qint64 runId)
{
    core::DirectoryStore* store = m_roleStore ? m_roleStore() : nullptr;
    if (!store)
        return;
    auto details = core::DirsyncLog::details(*store, runId);
    if (!details) {
        Prompts::error(this, tr("Run Details"), details.error().translated());
        return;
    }
    auto* dialog = new RunDetailsDialog(details.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace sa::ui
