#include "AuditLogDialog.h"

#include "core/common/Csv.h"
#include "ui/common/LogTables.h"
#include "ui/common/Prompts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace sa::ui {

namespace {

/// The changes the filters let through: a program, a kind of change, and text found in the user,
/// the object or the attributes.
class AuditFilterModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString program;
    QString action;
    QString text;

protected:
    bool filterAcceptsRow(int row, const QModelIndex&) const override
    {
        const auto* m = static_cast<const AuditLogModel*>(sourceModel());
        const core::AuditEntry& e = m->rowAt(row).entry;
        if (!program.isEmpty() && e.program != program)
            return false;
        if (!action.isEmpty() && e.action != action)
            return false;
        if (text.isEmpty())
            return true;
        for (const QString& field : {e.user, e.dn, e.attributes.join(QLatin1Char(',')), m->rowAt(row).site}) {
            if (field.contains(text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
};

} // namespace

AuditLogDialog::AuditLogDialog(QList<AuditLogModel::Site> sites, QWidget* parent)
    : QDialog(parent), m_model(new AuditLogModel(std::move(sites), 0, this)),
      m_proxy(new AuditFilterModel(this)), m_program(new QComboBox), m_action(new QComboBox),
      m_text(new QLineEdit), m_view(new QTableView), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit Log"));
    m_proxy->setSourceModel(m_model);
    m_program->setObjectName(QStringLiteral("auditProgramCombo"));
    m_action->setObjectName(QStringLiteral("auditActionCombo"));
    m_text->setObjectName(QStringLiteral("auditTextEdit"));
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setAccessibleName(tr("Directory changes"));
    m_action->addItem(tr("All changes"), QString());
    for (const QString& a : {QStringLiteral("create"), QStringLiteral("modify"), QStringLiteral("delete")})
        m_action->addItem(AuditLogModel::actionText(a), a);
    m_text->setPlaceholderText(tr("User, object, attribute or site"));
    m_text->setClearButtonEnabled(true);
    fillPrograms();

    m_view->setModel(m_proxy);
    LogTables::setUp(m_view);
    m_view->resizeColumnsToContents();
    // A long DN would push the attributes out of sight: the object's column is capped, its whole DN
    // in the tooltip.
    m_view->setColumnWidth(AuditLogModel::ObjectColumn,
                           std::min(m_view->columnWidth(AuditLogModel::ObjectColumn), 420));

    auto* filters = new QHBoxLayout;
    using LogTables::label;
    filters->addWidget(label(tr("&Program:"), m_program));
    filters->addWidget(m_program);
    filters->addWidget(label(tr("&Change:"), m_action));
    filters->addWidget(m_action);
    filters->addWidget(label(tr("&Find:"), m_text));
    filters->addWidget(m_text, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* exportButton = buttons->addButton(tr("&Export..."), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("auditExportButton"));
    QPushButton* refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    refresh->setObjectName(QStringLiteral("auditRefreshButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(1000, 600);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refresh, &QPushButton::clicked, m_model, &AuditLogModel::refresh);
    connect(exportButton, &QPushButton::clicked, this, &AuditLogDialog::exportShown);
    connect(m_program, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilters);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilters);
    connect(m_text, &QLineEdit::textChanged, this, &AuditLogDialog::applyFilters);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditLogDialog::fillPrograms);
    connect(m_timer, &QTimer::timeout, m_model, &AuditLogModel::refresh);
    m_timer->start(2000);
}

void AuditLogDialog::fillPrograms()
{
    QStringList found;
    for (int row = 0; row < m_model->rowCount(); ++row)
        found << m_model->rowAt(row).entry.program;
    LogTables::fillChoices(m_program, tr("All programs"), found);
}

void AuditLogDialog::applyFilters()
{
    auto* filter = static_cast<AuditFilterModel*>(m_proxy);
    filter->program = m_program->currentData().toString();
    filter->action = m_action->currentData().toString();
    filter->text = m_text->text().trimmed();
    m_proxy->invalidate();
}

QByteArray AuditLogDialog::shownAsCsv() const
{
    // The trail's own words and times (ISO 8601, UTC), one attribute list per field: a file for a
    // spreadsheet or a script, not the window's local layout.
    QByteArray out =
        core::Csv::line({QStringLiteral("Time"), QStringLiteral("Site"), QStringLiteral("User"),
                         QStringLiteral("Program"), QStringLiteral("Change"), QStringLiteral("Object"),
                         QStringLiteral("Class"), QStringLiteral("Attributes")});
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const AuditLogModel::Row& r = m_model->rowAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        const core::AuditEntry& e = r.entry;
        out += core::Csv::line({e.at.toUTC().toString(Qt::ISODate), r.site, e.user, e.program, e.action, e.dn,
                                e.className, e.attributes.join(QLatin1Char(';'))});
    }
    return out;
}

QString AuditLogDialog::exportTo(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2").arg(path, file.errorString());
    file.write(shownAsCsv());
    if (!file.commit())
        return tr("%1 cannot be written: %2").arg(path, file.errorString());
    return {};
}

void AuditLogDialog::exportShown()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Audit Log"), QStringLiteral("audit.csv"), tr("Comma-separated values (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString problem = exportTo(path); !problem.isEmpty())
        Prompts::error(this, windowTitle(), problem);
}

} // namespace sa::ui
