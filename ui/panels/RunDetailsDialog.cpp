#include "RunDetailsDialog.h"

#include "ui/common/FileDialogs.h"
#include "ui/common/Prompts.h"
#include "ui/common/Text.h"
#include "ui/models/RunHistoryModel.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sa::ui {

namespace {

QTreeWidget* list(const QString& name, const QStringList& headers)
{
    auto* view = new QTreeWidget;
    view->setObjectName(name);
    view->setHeaderLabels(headers);
    view->setRootIsDecorated(false);
    view->setAllColumnsShowFocus(true);
    view->header()->setStretchLastSection(true);
    return view;
}

} // namespace

RunDetailsDialog::RunDetailsDialog(const core::DirsyncRunDetails& d, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("runDetailsDialog"));
    const core::DirsyncRun& r = d.run;
    setWindowTitle(tr("Run Details - %1 %2").arg(r.requestor, RunHistoryModel::stepText(r.step)));
    auto* form = new QFormLayout;
    const auto add = [form](const QString& label, const QString& value, const QString& name) {
        auto* v = new QLabel(value);
        v->setObjectName(name);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->setWordWrap(true);
        form->addRow(label, v);
    };
    add(tr("Requestor:"), r.requestor, QStringLiteral("runRequestorLabel"));
    add(tr("Step:"), RunHistoryModel::stepText(r.step), QStringLiteral("runStepLabel"));
    add(tr("Ran:"),
        tr("%1, %2 s").arg(when(r.started)).arg(double(r.started.msecsTo(r.finished)) / 1000.0, 0, 'f', 2),
        QStringLiteral("runTimeLabel"));
    add(tr("Status:"), RunHistoryModel::statusText(r.status), QStringLiteral("runStatusLabel"));
    add(tr("Counts:"),
        tr("%1 adds, %2 modifies, %3 deletes, %4 errors; %5 message(s) in, %6 out")
            .arg(r.adds)
            .arg(r.modifies)
            .arg(r.deletes)
            .arg(r.errors)
            .arg(r.messagesIn)
            .arg(r.messagesOut),
        QStringLiteral("runCountsLabel"));
    if (!r.detail.isEmpty())
        add(tr("Message:"), r.detail, QStringLiteral("runDetailLabel"));

    auto* objects =
        list(QStringLiteral("runObjectsList"), {tr("Change"), tr("Name"), tr("Type"), tr("Directory name")});
    for (const core::DirsyncRunObject& o : d.objects) {
        auto* item = new QTreeWidgetItem(objects, {o.change, o.name, o.className, o.dn});
        item->setToolTip(3, o.dn);
    }
    auto* events =
        list(QStringLiteral("runEventsList"), {tr("Type"), tr("Event"), tr("Category"), tr("Text")});
    for (const core::EventRecord& e : d.events)
        new QTreeWidgetItem(events, {e.level, QString::number(e.eventId), e.category, e.text});
    for (QTreeWidget* w : {objects, events}) {
        for (int c = 0; c + 1 < w->columnCount(); ++c)
            w->resizeColumnToContents(c);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* exportButton = buttons->addButton(tr("&Export..."), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("runExportButton"));
    connect(exportButton, &QPushButton::clicked, this, [this, d] {
        const QString path = FileDialogs::saveFileName(
            this, tr("Export Run"), QStringLiteral("dirsync-run.csv"), tr("Comma-separated values (*.csv)"));
        if (path.isEmpty())
            return;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(core::DirsyncLog::detailsCsv(d)) < 0 || !file.flush())
            Prompts::error(this, windowTitle(),
                           tr("%1 could not be written: %2").arg(path, file.errorString()));
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(d.objects.isEmpty()
                                     ? tr("It changed nothing in the directory.")
                                     : tr("What it changed in the directory (%1):").arg(d.objects.size())));
    layout->addWidget(objects, 2);
    layout->addWidget(new QLabel(d.events.isEmpty() ? tr("It logged no event.")
                                                    : tr("What it logged (%1):").arg(d.events.size())));
    layout->addWidget(events, 1);
    events->setVisible(!d.events.isEmpty()); // no empty pane: the line above says there is none
    objects->setVisible(!d.objects.isEmpty());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(960, 560);
}

} // namespace sa::ui
