#include "CyclePreviewDialog.h"

#include "core/common/Csv.h"
#include "core/directory/DirectoryStore.h"
#include "core/dirsync/DirsyncLog.h"
#include "core/host/DirsyncCycle.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Prompts.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sa::ui {

namespace {

QString codeName(core::DirsyncTransaction::Code code)
{
    switch (code) {
    case core::DirsyncTransaction::Code::Add:
        return QObject::tr("Add");
    case core::DirsyncTransaction::Code::Delete:
        return QObject::tr("Delete");
    case core::DirsyncTransaction::Code::Modify:
        return QObject::tr("Modify");
    case core::DirsyncTransaction::Code::Replace:
        return QObject::tr("Replace list");
    case core::DirsyncTransaction::Code::Template:
        return QObject::tr("Template");
    }
    return {};
}

} // namespace

CyclePreviewDialog::CyclePreviewDialog(Mode mode, QString sitePath, QWidget* parent)
    : QDialog(parent), m_mode(mode), m_sitePath(std::move(sitePath)), m_list(new QTreeWidget),
      m_status(new QLabel),
      m_action(new QPushButton(mode == Mode::Preview ? tr("&Export...") : tr("&Approve")))
{
    setObjectName(mode == Mode::Preview ? QStringLiteral("cyclePreviewDialog")
                                        : QStringLiteral("approveDeletesDialog"));
    setWindowTitle(mode == Mode::Preview ? tr("Preview Next Cycle") : tr("Approve Pending Deletes"));
    m_list->setObjectName(QStringLiteral("previewList"));
    m_list->setHeaderLabels({tr("Requestor / change"), tr("Name"), tr("Address")});
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Working out what the next cycle would do (on a copy of the directory)..."));
    m_action->setObjectName(mode == Mode::Preview ? QStringLiteral("previewExportButton")
                                                  : QStringLiteral("approveDeletesButton"));
    m_action->setEnabled(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_action, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(860, 520);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_action, &QPushButton::clicked, this, [this] {
        if (m_mode == Mode::ApproveDeletes) {
            approve();
            return;
        }
        const QString path =
            FileDialogs::saveFileName(this, tr("Export Preview"), QStringLiteral("dirsync-preview.csv"),
                                      tr("Comma-separated values (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });

    // The preview runs T2 on a copy: never on the GUI thread.
    auto result = std::make_shared<core::Result<QList<core::DirsyncPreview>>>(QList<core::DirsyncPreview>());
    const bool approveAll = mode == Mode::ApproveDeletes;
    const QString path = m_sitePath;
    m_task =
        std::make_unique<BackgroundTask>([result, approveAll, path](const auto&, const std::atomic_bool&) {
            auto store = core::DirectoryStore::open(path);
            if (!store) {
                *result = store.error();
                return;
            }
            *result = core::DirsyncServerAdmin(*store.value()).preview(approveAll);
        });
    connect(m_task.get(), &BackgroundTask::finished, this, [this, result] { showPreview(*result); });
    // Which requestors are held, read now (a small read).
    if (mode == Mode::ApproveDeletes) {
        if (auto store = core::DirectoryStore::open(m_sitePath)) {
            if (auto status = core::DirsyncCycle::partnerStatus(*store.value())) {
                for (const core::DirsyncPartnerStatus& s : status.value()) {
                    if (s.lastStatus == core::DirsyncRun::StoppedByThreshold)
                        m_held << s.name;
                }
            }
        }
    }
    m_task->start();
}

CyclePreviewDialog::~CyclePreviewDialog() = default;

void CyclePreviewDialog::showPreview(const core::Result<QList<core::DirsyncPreview>>& result)
{
    m_ready = true;
    if (!result) {
        m_status->setText(tr("The preview could not be worked out: %1").arg(result.error().translated()));
        Q_EMIT ready();
        return;
    }
    m_preview = result.value();
    int shown = 0;
    for (const core::DirsyncPreview& p : m_preview) {
        if (m_mode == Mode::ApproveDeletes && !m_held.contains(p.requestor))
            continue;
        int adds = 0, modifies = 0, deletes = 0;
        for (const core::DirsyncTransaction& t : p.outgoing) {
            adds += t.code == core::DirsyncTransaction::Code::Add ? 1 : 0;
            modifies += t.code == core::DirsyncTransaction::Code::Modify ? 1 : 0;
            deletes += t.code == core::DirsyncTransaction::Code::Delete ? 1 : 0;
        }
        const QString summary =
            m_mode == Mode::Preview
                ? tr("%1: from it %2 add(s), %3 modify(ies), %4 delete(s); to it (%5) %6 add(s), %7 "
                     "modify(ies), "
                     "%8 delete(s)")
                      .arg(p.requestor)
                      .arg(p.incomingAdds)
                      .arg(p.incomingModifies)
                      .arg(p.incomingDeletes)
                      .arg(p.status)
                      .arg(adds)
                      .arg(modifies)
                      .arg(deletes)
                : tr("%1: %2 deletion(s) wait for approval").arg(p.requestor).arg(deletes);
        auto* top = new QTreeWidgetItem(m_list, {summary});
        top->setFirstColumnSpanned(true);
        for (const core::DirsyncTransaction& t : p.outgoing) {
            if (m_mode == Mode::ApproveDeletes && t.code != core::DirsyncTransaction::Code::Delete)
                continue;
            new QTreeWidgetItem(top, {codeName(t.code), t.fullName, t.address});
            ++shown;
        }
        top->setExpanded(true);
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    if (m_mode == Mode::Preview) {
        m_status->setText(m_preview.isEmpty()
                              ? tr("There is no requestor.")
                              : tr("What the next cycle's T2 would do; nothing has been changed."));
        m_action->setEnabled(!m_preview.isEmpty());
    } else {
        m_status->setText(
            m_held.isEmpty()
                ? tr("No reply is held back by the deletion threshold.")
                : tr("These deletions wait for your approval. Approve lets them go with the next cycle."));
        m_action->setEnabled(!m_held.isEmpty() && shown > 0);
    }
    Q_EMIT ready();
}

bool CyclePreviewDialog::exportCsv(const QString& path)
{
    QByteArray out = core::Csv::line({tr("Requestor"), tr("Change"), tr("Name"), tr("Address")});
    for (const core::DirsyncPreview& p : m_preview) {
        for (const core::DirsyncTransaction& t : p.outgoing)
            out += core::Csv::line({p.requestor, codeName(t.code), t.fullName, t.address});
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(out) < 0 || !file.flush()) {
        Prompts::error(this, windowTitle(), tr("%1 could not be written: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void CyclePreviewDialog::approve()
{
    auto store = core::DirectoryStore::open(m_sitePath);
    if (!store) {
        Prompts::error(this, windowTitle(), store.error().translated());
        return;
    }
    core::DirsyncServerAdmin server(*store.value());
    for (const QString& name : m_held) {
        if (auto done = server.approveDeletes(name); !done) {
            Prompts::error(this, windowTitle(), done.error().translated());
            return;
        }
    }
    accept();
}

} // namespace sa::ui
