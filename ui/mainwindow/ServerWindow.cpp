#include "ServerWindow.h"

#include "core/common/Csv.h"
#include "core/directory/SiteBuilder.h"
#include "ui/common/Icons.h"
#include "ui/common/Tones.h"
#include "ui/models/ColumnCatalog.h"
#include "ui/models/ContainerTreeModel.h"
#include "ui/models/ContentsModel.h"
#include "ui/session/SiteSession.h"
#include "ui/views/ContentsView.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace sa::ui {

namespace {

QString columnsKey(const QString& kind)
{
    return QStringLiteral("columns/%1/ids").arg(kind);
}

QString headerKey(const QString& kind)
{
    return QStringLiteral("columns/%1/header").arg(kind);
}

} // namespace

ServerWindow::ServerWindow(SiteSession& session, const QString& server,
                           const core::ListFilter& recipientFilter, QWidget* parent)
    : QWidget(parent), m_session(session), m_server(server), m_splitter(new QSplitter(Qt::Horizontal)),
      m_tree(new QTreeView), m_contents(new ContentsView), m_status(new QStatusBar), m_count(new QLabel),
      m_dirsync(new QLabel), m_treeModel(new ContainerTreeModel(session.store(), this)),
      m_contentsModel(new ContentsModel(session.store(), this)), m_recipientFilter(recipientFilter)
{
    setObjectName(QStringLiteral("serverWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowIcon(Icons::named(QStringLiteral("server")));
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_tree->setObjectName(QStringLiteral("containerTree"));
    m_contents->setObjectName(QStringLiteral("contentsView"));
    // Named for assistive technology; the contents are named by their container (updateTitle).
    m_tree->setAccessibleName(tr("Containers"));
    m_contents->setAccessibleName(tr("Contents"));
    m_status->setObjectName(QStringLiteral("serverStatusBar"));
    m_count->setObjectName(QStringLiteral("objectCountLabel"));

    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_contents->setModel(m_contentsModel);
    m_contents->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_contents->setSortingEnabled(true);
    m_contents->sortByColumn(0, Qt::AscendingOrder);

    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_contents);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({240, 640});
    m_dirsync->setObjectName(QStringLiteral("dirsyncStatusLabel"));
    m_status->addWidget(m_dirsync, 1);
    m_status->addPermanentWidget(m_count);
    // An empty container says so instead of showing a blank pane.
    m_empty = new QLabel(tr("There are no items to show in this view."), m_contents->viewport());
    m_empty->setObjectName(QStringLiteral("emptyListLabel"));
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setContentsMargins(0, 24, 0, 0);
    m_empty->setEnabled(false);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_empty->hide();
    m_contents->viewport()->installEventFilter(this);
    m_status->setSizeGripEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_status);

    connect(&session.watcher(), &core::ChangeWatcher::changed, this, [this](const core::ChangeBatch& batch) {
        m_treeModel->applyChanges(batch);
        m_contentsModel->applyChanges(batch);
        updateTitle();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ServerWindow::containerChanged);
    connect(m_contentsModel, &ContentsModel::countChanged, this, &ServerWindow::updateStatus);
    connect(m_contentsModel, &ContentsModel::loadFailed, m_status,
            [this](const QString& message) { m_status->showMessage(message); });
    connect(m_contentsModel, &QAbstractItemModel::modelReset, this, [this] {
        // The shown container is gone (deleted elsewhere): go to its parent.
        if (!m_contentsModel->containerId())
            containerChanged();
    });
    connect(m_contents, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (auto o = m_session.store().objectById(index.data(ContentsModel::IdRole).toLongLong()))
            Q_EMIT propertiesRequested(o.value());
    });
    connect(m_contents->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ServerWindow::selectionChanged);
    connect(m_contents->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                // Only Display Name and Last Modified sort (Q154954): put the indicator back elsewhere.
                const auto& columns = m_contentsModel->columns();
                if (column >= 0 && column < columns.size() && !columns.at(column).sortField) {
                    for (int i = 0; i < columns.size(); ++i) {
                        if (columns.at(i).sortField == m_contentsModel->sortField()) {
                            const QSignalBlocker block(m_contents->horizontalHeader());
                            m_contents->horizontalHeader()->setSortIndicator(i, m_contentsModel->sortOrder());
                            return;
                        }
                    }
                    m_contents->horizontalHeader()->setSortIndicatorShown(false);
                } else {
                    m_contents->horizontalHeader()->setSortIndicatorShown(true);
                    Q_UNUSED(order);
                }
            });

    m_treeModel->load(core::SiteBuilder::organizationDn(session.organization()));
    m_tree->expandToDepth(1);
    QSettings settings;
    m_splitter->restoreState(settings.value(QStringLiteral("serverWindow/splitter")).toByteArray());
    if (!selectContainer(core::SiteBuilder::recipientsDn(session.organization(), session.site())))
        m_tree->setCurrentIndex(m_treeModel->index(0, 0));
    resize(900, 560);
}

ServerWindow::~ServerWindow()
{
    saveSettings();
}

bool ServerWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_contents->viewport() && event->type() == QEvent::Resize)
        m_empty->resize(m_contents->viewport()->size());
    return QWidget::eventFilter(watched, event);
}

bool ServerWindow::selectContainer(const core::Dn& dn)
{
    const QModelIndex index = m_treeModel->indexForDn(dn);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

std::optional<core::DirectoryObject> ServerWindow::selectedContainer() const
{
    const qint64 id = m_treeModel->idAt(m_tree->currentIndex());
    if (!id)
        return std::nullopt;
    auto o = m_session.store().objectById(id);
    if (!o)
        return std::nullopt;
    return o.value();
}

QList<core::DirectoryObject> ServerWindow::selectedObjects() const
{
    QList<core::DirectoryObject> out;
    const QModelIndexList rows = m_contents->selectionModel()->selectedRows();
    if (!rows.isEmpty() && !m_tree->hasFocus()) {
        for (const QModelIndex& r : rows) {
            if (auto o = m_session.store().objectById(r.data(ContentsModel::IdRole).toLongLong()))
                out << o.value();
        }
        return out;
    }
    if (auto c = selectedContainer())
        out << *c;
    return out;
}

void ServerWindow::containerChanged()
{
    QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() && m_treeModel->rowCount() > 0) {
        current = m_treeModel->index(0, 0);
        m_tree->setCurrentIndex(current);
        return;
    }
    saveSettings(); // the columns of the kind we leave
    const QString kind = ColumnCatalog::kindFor(current.data(ContainerTreeModel::ClassRole).toString());
    m_columnKind = kind;
    m_contentsModel->setContainer(m_treeModel->idAt(current), kind == QLatin1String("recipients")
                                                                  ? m_recipientFilter
                                                                  : core::ListFilter());
    restoreColumns();
    updateTitle();
    updateStatus();
}

void ServerWindow::restoreColumns()
{
    QSettings settings;
    QStringList ids = settings.value(columnsKey(m_columnKind)).toStringList();
    if (ids.isEmpty())
        ids = ColumnCatalog::defaults(m_columnKind);
    const auto columns = ColumnCatalog::resolve(m_columnKind, ids);
    if (columns.size() != m_contentsModel->columns().size() ||
        !std::equal(columns.begin(), columns.end(), m_contentsModel->columns().begin(),
                    [](const ColumnDef& a, const ColumnDef& b) { return a.id == b.id; }))
        m_contentsModel->setColumns(columns);
    const QByteArray header = settings.value(headerKey(m_columnKind)).toByteArray();
    // Widths the user chose are kept as they were; otherwise the columns fit what they show.
    if (header.isEmpty() || !m_contents->horizontalHeader()->restoreState(header))
        applyDefaultWidths();
    else
        m_contents->setAutoFit(false);
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).sortField == m_contentsModel->sortField())
            m_contents->horizontalHeader()->setSortIndicator(i, m_contentsModel->sortOrder());
    }
}

void ServerWindow::applyDefaultWidths()
{
    const int charWidth = m_contents->fontMetrics().averageCharWidth();
    const auto& columns = m_contentsModel->columns();
    for (int i = 0; i < columns.size(); ++i)
        m_contents->horizontalHeader()->resizeSection(i, columns.at(i).widthChars * charWidth + 24);
    m_contents->setAutoFit(true);
}

void ServerWindow::updateEmptyText()
{
    m_empty->setVisible(m_contentsModel->containerId() != 0 && m_contentsModel->rowCount() == 0);
    m_empty->resize(m_contents->viewport()->size());
}

QStringList ServerWindow::shownColumns() const
{
    QStringList ids;
    for (const ColumnDef& c : m_contentsModel->columns())
        ids << c.id;
    return ids;
}

void ServerWindow::setShownColumns(const QStringList& ids)
{
    QSettings settings;
    settings.setValue(columnsKey(m_columnKind), ids);
    settings.remove(headerKey(m_columnKind)); // widths and order of the old set no longer apply
    m_contentsModel->setColumns(ColumnCatalog::resolve(m_columnKind, ids));
    applyDefaultWidths();
    for (int i = 0; i < m_contentsModel->columns().size(); ++i) {
        if (m_contentsModel->columns().at(i).sortField == m_contentsModel->sortField())
            m_contents->horizontalHeader()->setSortIndicator(i, m_contentsModel->sortOrder());
    }
}

void ServerWindow::setRecipientFilter(const core::ListFilter& filter)
{
    m_recipientFilter = filter;
    if (m_columnKind == QLatin1String("recipients"))
        m_contentsModel->setFilter(filter);
}

void ServerWindow::sortBy(core::SortField field)
{
    const auto& columns = m_contentsModel->columns();
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).sortField == field) {
            m_contents->sortByColumn(i, Qt::AscendingOrder);
            return;
        }
    }
    m_contentsModel->sortBy(field, Qt::AscendingOrder); // the column is not shown
    m_contents->horizontalHeader()->setSortIndicatorShown(false);
}

bool ServerWindow::selectObject(qint64 id)
{
    const int row = m_contentsModel->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_contentsModel->index(row, 0);
    m_contents->setCurrentIndex(index);
    m_contents->selectionModel()->select(index,
                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_contents->scrollTo(index);
    return true;
}

bool ServerWindow::showObject(const core::DirectoryObject& object)
{
    // The list learns of it from the change feed: read it before looking.
    m_session.watcher().poll();
    bool shown = selectObject(object.id);
    if (!shown && selectContainer(object.dn.parent())) {
        m_session.watcher().poll();
        shown = selectObject(object.id);
    }
    // The focus in the list, so that the menus act on what was just made.
    if (shown)
        m_contents->setFocus();
    return shown;
}

core::Status ServerWindow::saveContents(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::Error(core::ErrorCode::Storage,
                           tr("%1 cannot be written: %2").arg(path, file.errorString()));
    QStringList header;
    for (int c = 0; c < m_contentsModel->columnCount(); ++c)
        header << m_contentsModel->headerData(c, Qt::Horizontal).toString();
    file.write(core::Csv::line(header));
    for (int r = 0; r < m_contentsModel->rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < m_contentsModel->columnCount(); ++c)
            fields << m_contentsModel->index(r, c).data().toString();
        file.write(core::Csv::line(fields));
    }
    if (!file.commit())
        return core::Error(core::ErrorCode::Storage,
                           tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return {};
}

void ServerWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("serverWindow/splitter"), m_splitter->saveState());
    if (!m_columnKind.isEmpty()) {
        settings.setValue(columnsKey(m_columnKind), shownColumns());
        if (m_contents->autoFit())
            settings.remove(headerKey(m_columnKind)); // fitted, not chosen: fitted again next time
        else
            settings.setValue(headerKey(m_columnKind), m_contents->horizontalHeader()->saveState());
    }
}

void ServerWindow::refresh()
{
    m_session.watcher().poll();
}

void ServerWindow::updateTitle()
{
    const QString container = m_tree->currentIndex().data(Qt::DisplayRole).toString();
    setWindowTitle(tr("Server %1 in Site %2 - %3").arg(m_server, m_session.site(), container));
    m_contents->setAccessibleName(container.isEmpty() ? tr("Contents") : tr("Contents of %1").arg(container));
}

void ServerWindow::updateStatus()
{
    updateEmptyText();
    const int n = m_contentsModel->rowCount();
    m_count->setText(n == 1 ? tr("1 object") : tr("%L1 objects").arg(n));
}

void ServerWindow::setDirsyncStatus(const QString& text, const QString& details, bool failed)
{
    m_dirsync->setText(text);
    m_dirsync->setToolTip(details);
    Tones::mark(m_dirsync, failed ? Tones::Kind::Error : Tones::Kind::Normal);
    m_dirsync->setProperty("failed", failed);
}

QString ServerWindow::dirsyncStatus() const
{
    return m_dirsync->text();
}

} // namespace sa::ui
