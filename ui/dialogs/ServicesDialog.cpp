#include "ServicesDialog.h"

#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/host/DirsyncPause.h"
#include "ui/common/Prompts.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sa::ui {

ServicesDialog::ServicesDialog(QList<ServicesModel::Server> servers,
                               std::function<void(const QString& server)> kickDirsync, QWidget* parent)
    : QDialog(parent), m_model(new ServicesModel(std::move(servers), this)),
      m_kickDirsync(std::move(kickDirsync)), m_view(new QTableView), m_host(new QLabel), m_result(new QLabel),
      m_start(new QPushButton(tr("&Start"))), m_stop(new QPushButton(tr("S&top"))),
      m_pause(new QPushButton(tr("&Pause"))), m_continue(new QPushButton(tr("&Continue"))),
      m_restart(new QPushButton(tr("&Restart"))), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("servicesDialog"));
    setWindowTitle(tr("Services"));
    m_view->setObjectName(QStringLiteral("servicesView"));
    m_view->setAccessibleName(tr("Services"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->resizeColumnsToContents();
    m_host->setObjectName(QStringLiteral("servicesHostLabel"));
    m_host->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("servicesResultLabel"));
    m_result->setWordWrap(true);
    const std::pair<QPushButton*, const char*> named[] = {{m_start, "startServiceButton"},
                                                          {m_stop, "stopServiceButton"},
                                                          {m_pause, "pauseServiceButton"},
                                                          {m_continue, "continueServiceButton"},
                                                          {m_restart, "restartServiceButton"}};
    auto* buttons = new QVBoxLayout;
    for (const auto& [button, name] : named) {
        button->setObjectName(QLatin1String(name));
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_view, 1);
    row->addLayout(buttons);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_result);
    layout->addWidget(m_host);
    layout->addWidget(close);
    resize(760, 420);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, [this] { run(Command::Start); });
    connect(m_stop, &QPushButton::clicked, this, [this] { run(Command::Stop); });
    connect(m_pause, &QPushButton::clicked, this, [this] { run(Command::Pause); });
    connect(m_continue, &QPushButton::clicked, this, [this] { run(Command::Continue); });
    connect(m_restart, &QPushButton::clicked, this, [this] { run(Command::Restart); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ServicesDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ServicesDialog::updateButtons);
    // What other programs (siteadminctl services, another window) change shows within a second.
    connect(m_timer, &QTimer::timeout, m_model, &ServicesModel::refresh);
    m_timer->start(1000);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateButtons();
}

void ServicesDialog::setHostText(const QString& text)
{
    m_host->setText(text);
}

void ServicesDialog::select(const QString& server, const QString& service)
{
    const int row = m_model->rowOf(server, service);
    if (row >= 0)
        m_view->selectRow(row);
}

void ServicesDialog::updateButtons()
{
    const int row = m_view->currentIndex().row();
    const bool any = row >= 0;
    const core::ServiceState state = m_model->statusAt(row).state;
    m_start->setEnabled(any && state == core::ServiceState::Stopped);
    m_stop->setEnabled(any && state != core::ServiceState::Stopped);
    m_pause->setEnabled(any && state == core::ServiceState::Running);
    m_continue->setEnabled(any && state == core::ServiceState::Paused);
    m_restart->setEnabled(any && state != core::ServiceState::Stopped);
}

void ServicesDialog::run(Command command)
{
    const int row = m_view->currentIndex().row();
    core::DirectoryStore* store = m_model->storeAt(row);
    if (row < 0 || !store)
        return;
    const core::ServiceStatus s = m_model->statusAt(row);
    const bool dirsync = s.name == core::Services::DirectorySynchronization;
    if (command == Command::Stop || command == Command::Restart) {
        auto needing = core::Services::dependents(*store, s.server, s.name);
        if (!needing) {
            Prompts::error(this, tr("Services"), needing.error().translated());
            return;
        }
        if (!needing->isEmpty() &&
            Prompts::question(this, tr("Services"),
                              tr("%1 on %2 is needed by %3. %4 them too?")
                                  .arg(s.name, s.server, needing->join(QStringLiteral(", ")),
                                       command == Command::Stop ? tr("Stop") : tr("Restart"))) !=
                QMessageBox::Yes)
            return;
    }
    core::Result<QStringList> changed = QStringList();
    switch (command) {
    case Command::Start:
        changed = core::Services::start(*store, s.server, s.name);
        break;
    case Command::Stop:
        changed = core::Services::stopWithDependents(*store, s.server, s.name);
        break;
    case Command::Pause: {
        // DirsyncPause: on the server that runs the dirsync role, Directory Synchronization keeps
        // running and a cycle starts instead (the rule siteadminctl follows too).
        auto org = core::Organization::open(core::Organization::dirOfSite(store->path()));
        auto outcome = org ? core::DirsyncPause::pause(org.value(), *store, s.server, s.name)
                           : core::Result<core::DirsyncPause::Outcome>(org.error());
        if (outcome && outcome->startsCycle) {
            m_model->refresh();
            select(s.server, s.name);
            sayCycleStarted(s.server);
            return;
        }
        changed =
            outcome ? core::Result<QStringList>(outcome->paused) : core::Result<QStringList>(outcome.error());
        break;
    }
    case Command::Continue:
        changed = core::Services::resume(*store, s.server, s.name);
        break;
    case Command::Restart:
        changed = core::Services::restart(*store, s.server, s.name);
        break;
    }
    if (!changed) {
        Prompts::error(this, tr("Services"), changed.error().translated());
        return;
    }
    m_model->refresh();
    select(s.server, s.name);
    static const QHash<int, QString> done{{int(Command::Start), tr("started")},
                                          {int(Command::Stop), tr("stopped")},
                                          {int(Command::Pause), tr("paused")},
                                          {int(Command::Continue), tr("continued")},
                                          {int(Command::Restart), tr("restarted")}};
    // A restart stops and starts each service: named once.
    QStringList names = changed.value();
    names.removeDuplicates();
    m_result->setText(
        names.isEmpty()
            ? tr("%1 on %2: nothing to do.").arg(s.name, s.server)
            : tr("On %1: %2 %3.").arg(s.server, names.join(QStringLiteral(", ")), done.value(int(command))));
    if (command == Command::Pause && dirsync) {
        m_result->setText(tr("On %1: Directory Synchronization paused. %1 runs neither the organization's "
                             "dirsync server nor its requestor, so no synchronization starts; Continue "
                             "resumes it.")
                              .arg(s.server));
        if (m_kickDirsync)
            m_kickDirsync(s.server); // the worker says the same in its activity
    }
}

void ServicesDialog::sayCycleStarted(const QString& server)
{
    if (m_kickDirsync)
        m_kickDirsync(server);
    m_result->setText(tr("On %1: Directory Synchronization keeps running; pausing it started a "
                         "synchronization cycle.")
                          .arg(server));
    Prompts::information(
        this, tr("Services"),
        tr("Directory Synchronization on %1 was not paused. %1 runs the organization's directory "
           "synchronization, so, as in the original, pausing it starts a synchronization cycle now "
           "instead, and the service keeps running (the original said that the pause failed with error "
           "2140; that was the expected result).")
                .arg(server) +
            QLatin1Char(' ') +
            tr("The cycle shows in Synchronization Status, its history and the event log."));
}

} // namespace sa::ui
