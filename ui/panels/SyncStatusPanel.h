#pragma once

#include <QWidget>
#include <functional>

class QDialog;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QSplitter;
class QTabWidget;
class QTimer;

namespace sa::core {
class DirectoryStore;
class Phrase;
class ServiceHost;
} // namespace sa::core

namespace sa::ui {

class RunHistoryModel;
class SyncChart;
class SyncStatusModel;

/// View > Synchronization Status: where each requestor stands (numbers, last messages, pending
/// confirmation, next cycle, last result), the run history (double-click: what a run changed and
/// logged; Export... writes it as CSV), a chart of the changes and durations per cycle, a progress
/// bar with Cancel while a cycle runs, and Synchronize Now and Export on Next Cycle. It follows the
/// background worker's signals, and every few seconds what another process (siteadminctl serve)
/// did.
class SyncStatusPanel : public QWidget
{
    Q_OBJECT

public:
    /// `roleStore`: the store of the site that has the organization's dirsync role, or nullptr.
    /// `host`: the window's background worker, or nullptr when it runs none.
    SyncStatusPanel(std::function<core::DirectoryStore*()> roleStore, core::ServiceHost* host,
                    QWidget* parent = nullptr);

    SyncStatusModel* statusModel() const { return m_status; }
    RunHistoryModel* historyModel() const { return m_history; }
    SyncChart* chart() const { return m_chart; }
    /// Where the panel learns which site and postoffice databases cannot be opened (one line
    /// each); it shows them above the requestors, in red, until they can be opened again.
    void setUnreadableSource(std::function<QStringList()> source);
    /// Where the panel learns which connected sites on other machines have not answered directory
    /// replication for longer than it allows (one line each); shown in red above the requestors.
    void setOverdueSource(std::function<QStringList()> source);
    /// Reads the status and history again (what the timer and the worker's reports do).
    void refresh();
    /// Export... of the history, to `path` (the button asks for it).
    bool exportHistory(const QString& path);
    void openRunDetails(qint64 runId);
    /// Preview Next Cycle... and Approve Pending Deletes... (the buttons open them).
    QDialog* openPreview(bool approveDeletes);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void cycleStarted();
    void cycleProgress(const core::Phrase& step, int done, int total);
    void cycleFinished(bool ok, const QString& summary);
    void exportOnNextCycle();
    void updateButtons();
    /// The requestor table as tall as its rows (and its scroll bar when the columns overflow), the
    /// history and chart taking the rest — until the user drags the splitter.
    void fitRequestorRows();

    std::function<core::DirectoryStore*()> m_roleStore;
    core::ServiceHost* m_host;
    SyncStatusModel* m_status;
    RunHistoryModel* m_history;
    QLabel* m_role;
    std::function<QStringList()> m_unreadableSource;
    QLabel* m_unreadable; ///< the databases that cannot be opened, when any
    std::function<QStringList()> m_overdueSource;
    QLabel* m_overdue; ///< the connected sites that do not answer, when any
    QTableView* m_requestors;
    QTableView* m_runs;
    QSplitter* m_split;
    bool m_splitDragged = false;
    SyncChart* m_chart;
    QTabWidget* m_tabs;
    QPushButton* m_syncNow;
    QPushButton* m_exportNext;
    QPushButton* m_preview;
    QPushButton* m_approve;
    bool m_asServer = false;
    QPushButton* m_exportHistory;
    QWidget* m_progressRow;
    QLabel* m_step;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_last;
    QTimer* m_timer;
};

} // namespace sa::ui
