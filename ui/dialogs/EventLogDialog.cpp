#include "EventLogDialog.h"

#include "core/directory/Diagnostics.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/SiteBuilder.h"
#include "core/dirsync/DirsyncLog.h"
#include "core/host/DirsyncCycle.h"
#include "ui/common/LogTables.h"
#include "ui/common/Text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace sa::ui {

namespace {

/// The events the filters let through: a type, a category, and text found anywhere in the row.
class EventFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString type;
    QString category;
    QString text;

protected:
    bool filterAcceptsRow(int row, const QModelIndex&) const override
    {
        const auto* m = static_cast<const EventLogModel*>(sourceModel());
        const EventLogModel::Row& r = m->rowAt(row);
        if (!type.isEmpty() && r.event.level != type)
            return false;
        if (!category.isEmpty() &&
            (r.event.category.isEmpty() ? QObject::tr("None") : r.event.category) != category)
            return false;
        if (text.isEmpty())
            return true;
        for (const QString& field :
             {r.event.text, r.event.source, QString::number(r.event.eventId), r.site}) {
            if (field.contains(text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
};

} // namespace

EventLogDialog::EventLogDialog(QList<EventLogModel::Site> sites, QWidget* parent)
    : QDialog(parent), m_model(new EventLogModel(sites, this)), m_proxy(new EventFilter(this)),
      m_type(new QComboBox), m_category(new QComboBox), m_text(new QLineEdit), m_view(new QTableView),
      m_detail(new QTextBrowser), m_timer(new QTimer(this)), m_hint(new QLabel), m_sites(std::move(sites))
{
    setObjectName(QStringLiteral("eventLogDialog"));
    setWindowTitle(tr("Event Log"));
    m_proxy->setSourceModel(m_model);
    m_type->setObjectName(QStringLiteral("eventTypeCombo"));
    m_category->setObjectName(QStringLiteral("eventCategoryCombo"));
    m_text->setObjectName(QStringLiteral("eventTextEdit"));
    m_view->setObjectName(QStringLiteral("eventView"));
    m_view->setAccessibleName(tr("Events"));
    m_detail->setObjectName(QStringLiteral("eventDetail"));
    m_type->addItem(tr("All types"), QString());
    for (const QString& t :
         {QStringLiteral("Error"), QStringLiteral("Warning"), QStringLiteral("Information")})
        m_type->addItem(levelText(t), t);
    m_text->setPlaceholderText(tr("Text, source, event ID or site"));
    m_text->setClearButtonEnabled(true);
    fillCategories();

    m_view->setModel(m_proxy);
    LogTables::setUp(m_view);
    m_view->resizeColumnsToContents();

    auto* filters = new QHBoxLayout;
    using LogTables::label;
    filters->addWidget(label(tr("&Type:"), m_type));
    filters->addWidget(m_type);
    filters->addWidget(label(tr("&Category:"), m_category));
    filters->addWidget(m_category);
    filters->addWidget(label(tr("&Find:"), m_text));
    filters->addWidget(m_text, 1);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    refresh->setObjectName(QStringLiteral("eventRefreshButton"));
    m_hint->setObjectName(QStringLiteral("diagnosticsHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::RichText);
    m_hint->setFrameShape(QFrame::StyledPanel);
    m_hint->setMargin(6);
    connect(m_hint, &QLabel::linkActivated, this, [this](const QString& link) {
        // site:NAME|DN
        const QString rest = link.mid(5);
        auto dn = core::Dn::parse(rest.section(QLatin1Char('|'), 1));
        if (dn)
            Q_EMIT diagnosticsRequested(rest.section(QLatin1Char('|'), 0, 0), dn.value());
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(980, 620);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refresh, &QPushButton::clicked, m_model, &EventLogModel::refresh);
    connect(m_type, &QComboBox::currentIndexChanged, this, &EventLogDialog::applyFilters);
    connect(m_category, &QComboBox::currentIndexChanged, this, &EventLogDialog::applyFilters);
    connect(m_text, &QLineEdit::textChanged, this, &EventLogDialog::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventLogDialog::showDetail);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EventLogDialog::fillCategories);
    connect(m_timer, &QTimer::timeout, m_model, &EventLogModel::refresh);
    connect(m_timer, &QTimer::timeout, this, &EventLogDialog::updateHint);
    m_timer->start(2000);
    updateHint();
    if (m_proxy->rowCount() > 0)
        m_view->selectRow(0);
}

QString EventLogDialog::diagnosticsHint() const
{
    return m_hint->isHidden() ? QString() : m_hint->text();
}

void EventLogDialog::updateHint()
{
    QStringList parts;
    for (const EventLogModel::Site& site : std::as_const(m_sites)) {
        if (!site.store)
            continue;
        auto role = core::DirsyncCycle::roleOf(*site.store);
        const QString category = QStringLiteral("Event Handler");
        if (!role || core::DirsyncDiagnostics::keeps(*site.store, category, QStringLiteral("Information")))
            continue;
        const core::Dn dxa = core::SiteBuilder::directorySynchronizationDn(
            site.store->organizationName(), site.store->siteName(), role->server);
        auto object = site.store->object(dxa);
        const QString level = levelText(object ? core::Diagnostics::levelOf(object.value(), category)
                                               : QStringLiteral("Minimum"));
        parts << tr("Site %1 logs only directory synchronization problems: Diagnostics Logging of Directory "
                    "Synchronization on %2 is at %3 for %4, so successful cycles leave no event. "
                    "<a href=\"site:%1|%5\">Set Diagnostics Logging...</a> (Medium or more logs every cycle)")
                     .arg(site.name.toHtmlEscaped(), role->server.toHtmlEscaped(), level, category,
                          dxa.toString().toHtmlEscaped());
    }
    const QString text = parts.join(QStringLiteral("<br>"));
    if (text != m_hint->text())
        m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty());
}

void EventLogDialog::fillCategories()
{
    QStringList found;
    for (int row = 0; row < m_model->rowCount(); ++row)
        found << m_model->index(row, EventLogModel::CategoryColumn).data().toString();
    LogTables::fillChoices(m_category, tr("All categories"), found);
}

void EventLogDialog::applyFilters()
{
    auto* filter = static_cast<EventFilter*>(m_proxy);
    filter->type = m_type->currentData().toString();
    filter->category = m_category->currentData().toString();
    filter->text = m_text->text().trimmed();
    m_proxy->invalidate();
}

void EventLogDialog::showDetail()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const EventLogModel::Row& r = m_model->rowAt(current.row());
    const core::EventRecord& e = r.event;
    m_detail->setPlainText(tr("%1  %2  site %3\nSource: %4   Category: %5   Event ID: %6\n\n%7")
                               .arg(when(e.at), levelText(e.level), r.site, e.source,
                                    e.category.isEmpty() ? tr("None") : e.category)
                               .arg(e.eventId)
                               .arg(e.text));
}

} // namespace sa::ui
