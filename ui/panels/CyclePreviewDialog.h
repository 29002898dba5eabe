#pragma once

#include "core/dirsync/DirsyncServerAdmin.h"

#include <QDialog>
#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace sa::ui {

class BackgroundTask;

/// What the next cycle's T2 would do, worked out off the GUI thread on a copy of the site's
/// database (DirsyncServer::preview): per requestor what its waiting messages would change in the
/// directory and what its reply would send (each transaction listed). Two uses:
///  - Preview Next Cycle: everything, exportable as CSV;
///  - Approve Pending Deletes: the deletions the threshold holds back, per held requestor, shown
///    before anything is let go; Approve lets them go with the next cycle.
class CyclePreviewDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Preview,
        ApproveDeletes
    };
    /// `sitePath`: the database of the site with the Directory Synchronization Server (the work
    /// opens its own connection to it).
    CyclePreviewDialog(Mode mode, QString sitePath, QWidget* parent = nullptr);
    ~CyclePreviewDialog() override;

    /// Whether the preview has been worked out (tests wait for it).
    bool isReady() const { return m_ready; }
    bool exportCsv(const QString& path);

Q_SIGNALS:
    void ready();

private:
    void showPreview(const core::Result<QList<core::DirsyncPreview>>& result);
    void approve();

    Mode m_mode;
    QString m_sitePath;
    QTreeWidget* m_list;
    QLabel* m_status;
    QPushButton* m_action;
    std::unique_ptr<BackgroundTask> m_task;
    QList<core::DirsyncPreview> m_preview;
    QStringList m_held; ///< requestors whose deletions wait for approval
    bool m_ready = false;
};

} // namespace sa::ui
