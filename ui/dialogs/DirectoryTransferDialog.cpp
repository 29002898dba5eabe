#include "DirectoryTransferDialog.h"

#include "core/directory/DirectoryExporter.h"
#include "core/directory/DirectoryImporter.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteServers.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Icons.h"
#include "ui/common/Prompts.h"
#include "ui/common/RecipientContainers.h"
#include "ui/common/Text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sa::ui {

DirectoryTransferDialog::DirectoryTransferDialog(Direction direction, core::DirectoryStore& store,
                                                 qint64 currentContainer, QWidget* parent)
    : QDialog(parent), m_direction(direction), m_sitePath(store.path()), m_file(new QLineEdit),
      m_container(new QComboBox), m_progress(new QProgressBar), m_status(new QLabel),
      m_run(new QPushButton(direction == Direction::Import ? tr("&Import") : tr("&Export"))),
      m_cancel(new QPushButton(tr("&Cancel"))), m_problemList(new QTreeWidget),
      m_saveProblems(new QPushButton(tr("&Save List...")))
{
    const bool import = direction == Direction::Import;
    setObjectName(import ? QStringLiteral("directoryImportDialog") : QStringLiteral("directoryExportDialog"));
    setWindowTitle(import ? tr("Directory Import") : tr("Directory Export"));
    m_file->setObjectName(QStringLiteral("transferFileEdit"));
    m_container->setObjectName(QStringLiteral("transferContainerCombo"));
    m_progress->setObjectName(QStringLiteral("transferProgress"));
    m_status->setObjectName(QStringLiteral("transferStatus"));
    m_status->setWordWrap(true);
    m_run->setObjectName(QStringLiteral("transferRunButton"));
    m_cancel->setObjectName(QStringLiteral("transferCancelButton"));
    m_problemList->setObjectName(QStringLiteral("importProblemList"));
    m_saveProblems->setObjectName(QStringLiteral("saveProblemsButton"));

    // An import writes into this site's containers only; an export reads the others' replicas too.
    RecipientContainers::fill(m_container, store,
                              import ? RecipientContainers::Sites::OwnOnly : RecipientContainers::Sites::All,
                              RecipientContainers::Data::Dn, currentContainer);

    auto* browse = new QPushButton(tr("&Browse..."));
    browse->setObjectName(QStringLiteral("transferBrowseButton"));
    auto* grid = new QGridLayout;
    grid->addWidget(buddyLabel(import ? tr("Import &file:") : tr("Export &file:"), m_file), 0, 0);
    grid->addWidget(m_file, 0, 1);
    grid->addWidget(browse, 0, 2);
    grid->addWidget(buddyLabel(import ? tr("Default c&ontainer:") : tr("Export c&ontainer:"), m_container), 1,
                    0);
    grid->addWidget(m_container, 1, 1, 1, 2);
    // The original's Import and Export dialogs offered ANSI and Unicode; UTF-8 (export's default),
    // and reading the file's byte-order mark on import, are ours.
    m_charset = new QComboBox;
    m_charset->setObjectName(import ? QStringLiteral("importCharsetCombo")
                                    : QStringLiteral("exportCharsetCombo"));
    if (import)
        m_charset->addItem(tr("Detect (byte-order mark, else UTF-8)"), int(core::Charset::Detect));
    else
        m_charset->addItem(tr("UTF-8"), int(core::Charset::Utf8));
    m_charset->addItem(tr("ANSI (Windows-1252)"), int(core::Charset::Ansi));
    m_charset->addItem(tr("Unicode (UTF-16)"), int(core::Charset::Unicode));
    if (import)
        m_charset->addItem(tr("UTF-8"), int(core::Charset::Utf8));
    grid->addWidget(buddyLabel(tr("C&haracter set:"), m_charset), 2, 0);
    grid->addWidget(m_charset, 2, 1, 1, 2);
    if (import) {
        // The original's "MS Exchange server": where the new mailboxes of rows that name no
        // Home-Server live (issue 22).
        m_server = new QComboBox;
        m_server->setObjectName(QStringLiteral("importServerCombo"));
        if (auto servers = core::SiteServers::of(store)) {
            for (const core::DirectoryObject& server : servers.value())
                m_server->addItem(server.rdn(), server.dn.toString());
        }
        grid->addWidget(buddyLabel(tr("MS Exchange se&rver:"), m_server), 3, 0);
        grid->addWidget(m_server, 3, 1, 1, 2);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    if (!import) {
        m_subcontainers = new QCheckBox(tr("Include s&ubcontainers"));
        m_subcontainers->setObjectName(QStringLiteral("subcontainersCheck"));
        layout->addWidget(m_subcontainers);
        auto* classes = new QGroupBox(tr("Export objects"));
        auto* classesLayout = new QHBoxLayout(classes);
        for (const auto& [label, name] :
             {std::pair{tr("&Mailboxes"), QStringLiteral("mailbox")},
              std::pair{tr("&Distribution lists"), QStringLiteral("distribution-list")},
              std::pair{tr("Custom &recipients"), QStringLiteral("custom-recipient")}}) {
            auto* check = new QCheckBox(label);
            check->setObjectName(QStringLiteral("export_") + name);
            check->setProperty("className", name);
            check->setChecked(true);
            classesLayout->addWidget(check);
            m_classes << check;
        }
        layout->addWidget(classes);
    } else {
        auto* note =
            new QLabel(tr("The first line of the file names the attributes (Obj-Class, Mode, Common-Name, "
                          "Display-Name, ...). A row whose Mode is empty or Update creates the recipient or "
                          "changes it; Create, Modify and Delete do only that. The whole file is checked "
                          "first: if a row is wrong, nothing is imported and the problems are listed."));
        note->setWordWrap(true);
        layout->addWidget(note);
        // The original's option; Overwrite is our default (an exported file edited and imported
        // again then removes what was removed from it).
        auto* multivalued = new QGroupBox(tr("Multivalued properties"));
        multivalued->setObjectName(QStringLiteral("multivaluedGroup"));
        auto* multivaluedLayout = new QHBoxLayout(multivalued);
        m_append = new QRadioButton(tr("&Append values"));
        m_append->setObjectName(QStringLiteral("multivaluedAppendRadio"));
        m_append->setToolTip(tr("Values in the file are added to those a recipient already has."));
        auto* overwrite = new QRadioButton(tr("Over&write values"));
        overwrite->setObjectName(QStringLiteral("multivaluedOverwriteRadio"));
        overwrite->setToolTip(tr("Values in the file replace those a recipient has."));
        overwrite->setChecked(true);
        multivaluedLayout->addWidget(m_append);
        multivaluedLayout->addWidget(overwrite);
        multivaluedLayout->addStretch(1);
        layout->addWidget(multivalued);
    }
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    m_problemList->setHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_problemList->setRootIsDecorated(false);
    m_problemList->header()->resizeSection(0, 50);
    m_problemList->header()->resizeSection(1, 60);
    layout->addWidget(m_problemList, 1);
    layout->addWidget(m_saveProblems, 0, Qt::AlignLeft);
    m_problemList->setVisible(false);
    m_saveProblems->setVisible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);

    m_progress->setValue(0);
    m_cancel->setEnabled(false);
    connect(browse, &QPushButton::clicked, this, &DirectoryTransferDialog::browse);
    connect(m_run, &QPushButton::clicked, this, &DirectoryTransferDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_task)
            m_task->cancel();
        m_status->setText(tr("Cancelling..."));
    });
    connect(m_saveProblems, &QPushButton::clicked, this, &DirectoryTransferDialog::saveProblems);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, import ? 420 : 300);
}

DirectoryTransferDialog::~DirectoryTransferDialog() = default;

void DirectoryTransferDialog::setServer(const QString& name)
{
    if (!m_server)
        return;
    const int at = m_server->findText(name, Qt::MatchFixedString);
    if (at >= 0)
        m_server->setCurrentIndex(at);
}

bool DirectoryTransferDialog::isRunning() const
{
    return m_task && m_task->isRunning();
}

QString DirectoryTransferDialog::result() const
{
    return m_result;
}

void DirectoryTransferDialog::browse()
{
    const QString filter = tr("Comma-separated values (*.csv);;All files (*)");
    const QString name =
        m_direction == Direction::Import
            ? FileDialogs::openFileName(this, tr("Import File"), filter)
            : FileDialogs::saveFileName(this, tr("Export File"), QStringLiteral("export.csv"), filter);
    if (!name.isEmpty())
        m_file->setText(name);
}

void DirectoryTransferDialog::start()
{
    const QString file = m_file->text().trimmed();
    if (file.isEmpty()) {
        Prompts::refuse(this, windowTitle(), tr("Choose a file first."));
        return;
    }
    const core::Dn container = core::Dn::parse(m_container->currentData().toString()).value();
    m_problems.clear();
    m_result.clear();
    m_error.clear();
    m_problemList->clear();
    m_problemList->setVisible(false);
    m_saveProblems->setVisible(false);
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    m_status->setText(m_direction == Direction::Import ? tr("Importing...") : tr("Exporting..."));

    const QString sitePath = m_sitePath;
    core::DirectoryExporter::Options options;
    options.container = container;
    options.subcontainers = m_subcontainers && m_subcontainers->isChecked();
    options.charset = core::Charset(m_charset->currentData().toInt());
    for (QCheckBox* c : std::as_const(m_classes)) {
        if (c->isChecked())
            options.classes << c->property("className").toString();
    }
    const Direction direction = m_direction;
    core::DirectoryImporter::Options importOptions;
    importOptions.container = container;
    if (m_append && m_append->isChecked())
        importOptions.multivalued = core::DirectoryImporter::Multivalued::Append;
    importOptions.charset = core::Charset(m_charset->currentData().toInt());
    if (m_server)
        importOptions.server = m_server->currentData().toString();
    // The job's own connection, in its own thread; it hands its outcome back through members the
    // GUI reads only after finished().
    m_task = std::make_unique<BackgroundTask>([this, sitePath, file, container, options, importOptions,
                                               direction](const BackgroundTask::Progress& progress,
                                                          const std::atomic_bool& cancel) {
        auto store = core::DirectoryStore::open(sitePath);
        if (!store) {
            m_error = store.error().translated();
            return;
        }
        if (direction == Direction::Import) {
            const auto report =
                core::DirectoryImporter::importFile(*store.value(), file, importOptions, progress, &cancel);
            m_problems = report.problems;
            if (report.cancelled)
                m_error = tr("The import was cancelled; nothing was imported.");
            else if (report.ok())
                m_result = tr("Imported: %1 created, %2 modified, %3 unchanged, %4 deleted.")
                               .arg(report.created)
                               .arg(report.modified)
                               .arg(report.unchanged)
                               .arg(report.deleted);
        } else {
            auto n = core::DirectoryExporter::exportFile(*store.value(), options, file, progress, &cancel);
            if (n)
                m_result = tr("Exported %L1 objects to %2.").arg(n.value()).arg(file);
            else
                m_error = n.error().translated();
        }
    });
    connect(m_task.get(), &BackgroundTask::progress, this, [this](int done, int total) {
        m_progress->setMaximum(std::max(1, total));
        m_progress->setValue(done);
    });
    connect(m_task.get(), &BackgroundTask::finished, this, &DirectoryTransferDialog::finish);
    m_task->start();
}

void DirectoryTransferDialog::finish()
{
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    if (!m_problems.isEmpty()) {
        const int n = int(m_problems.size());
        m_status->setText(n == 1
                              ? tr("Nothing was imported: the file has a problem, listed below.")
                              : tr("Nothing was imported: the file has %L1 problems, listed below.").arg(n));
        for (const core::CsvProblem& p : std::as_const(m_problems)) {
            auto* item = new QTreeWidgetItem(
                m_problemList, {QString::number(p.line), QString::number(p.column), p.reason.translated()});
            item->setToolTip(2, p.reason.translated());
        }
        m_problemList->setVisible(true);
        m_saveProblems->setVisible(true);
    } else if (!m_error.isEmpty()) {
        m_status->setText(m_error);
    } else {
        m_progress->setValue(m_progress->maximum());
        m_status->setText(m_result);
    }
    Q_EMIT done();
}

void DirectoryTransferDialog::saveProblems()
{
    const QString path = FileDialogs::saveFileName(
        this, tr("Save List"), QStringLiteral("import-problems.txt"), tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        Prompts::error(this, windowTitle(), tr("%1 cannot be written: %2").arg(path, out.errorString()));
        return;
    }
    core::DirectoryImporter::Report report;
    report.problems = m_problems;
    out.write(report.lines(m_file->text()).join(QLatin1Char('\n')).toUtf8() + '\n');
    if (!out.commit())
        Prompts::error(this, windowTitle(), tr("%1 cannot be written: %2").arg(path, out.errorString()));
}

} // namespace sa::ui
