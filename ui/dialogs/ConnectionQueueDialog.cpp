#include "ConnectionQueueDialog.h"

#include "core/common/Clock.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/transport/ImsEvents.h"
#include "core/transport/ImsQueue.h"
#include "core/transport/SiteTransport.h"
#include "ui/common/Text.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sa::ui {

ConnectionQueueDialog* ConnectionQueueDialog::forServer(core::DirectoryStore& store, const QString& server,
                                                        QWidget* parent)
{
    auto* dialog = new ConnectionQueueDialog(store, QString(), parent);
    // The site's queue is the one MTA's of this model (one per site); the server names whose it is.
    dialog->setWindowTitle(tr("Message Transfer Agent Queue - %1").arg(server));
    return dialog;
}

ConnectionQueueDialog::ConnectionQueueDialog(core::DirectoryStore& store, QString postoffice, QWidget* parent)
    : QDialog(parent), m_store(store), m_postoffice(std::move(postoffice)), m_list(new QTreeWidget),
      m_delete(new QPushButton(tr("&Delete"))), m_return(new QPushButton(tr("Re&turn"))),
      m_reportOnDelete(new QCheckBox(tr("&Send non-delivery reports when messages are deleted"))),
      m_status(new QLabel), m_refused(new QLabel)
{
    setObjectName(m_postoffice.isEmpty() ? QStringLiteral("mtaQueueDialog")
                                         : QStringLiteral("connectionQueueDialog"));
    setWindowTitle(m_postoffice.isEmpty() ? tr("Message Transfer Agent Queue - %1").arg(store.siteName())
                                          : tr("Queue for %1").arg(m_postoffice));
    m_list->setObjectName(QStringLiteral("queueList"));
    m_list->setAccessibleName(tr("Queued messages"));
    m_list->setHeaderLabels(
        {tr("From"), tr("To"), tr("Subject"), tr("Size"), tr("Submitted"), tr("Attempts"), tr("State")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAllColumnsShowFocus(true);
    m_delete->setObjectName(QStringLiteral("queueDeleteButton"));
    m_return->setObjectName(QStringLiteral("queueReturnButton"));
    m_reportOnDelete->setObjectName(QStringLiteral("reportOnDeleteCheck"));
    m_status->setObjectName(QStringLiteral("queueStatus"));
    m_refused->setObjectName(QStringLiteral("refusedOnArrivalLabel"));
    m_refused->setWordWrap(true);
    m_refused->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refused->hide();
    auto* refreshButton = new QPushButton(tr("&Refresh"));
    refreshButton->setObjectName(QStringLiteral("queueRefreshButton"));
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(refreshButton);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_return);
    buttons->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_reportOnDelete);
    layout->addWidget(m_status);
    layout->addWidget(m_refused);
    layout->addWidget(close);
    resize(940, 380);

    connect(refreshButton, &QPushButton::clicked, this, &ConnectionQueueDialog::refresh);
    connect(m_delete, &QPushButton::clicked, this, [this] { removeSelected(m_reportOnDelete->isChecked()); });
    connect(m_return, &QPushButton::clicked, this, [this] { removeSelected(true); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ConnectionQueueDialog::updateButtons);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

void ConnectionQueueDialog::refresh()
{
    m_list->clear();
    // One connection's messages, or (no postoffice) everything the site's MTA holds.
    auto queued = m_postoffice.isEmpty() ? core::MtaQueue(m_store).all()
                                         : core::MtaQueue(m_store).waitingFor(m_postoffice);
    if (!queued) {
        m_status->setText(sentence(queued.error().translated()));
        return;
    }
    for (const core::QueuedMessage& q : queued.value()) {
        const qint64 size = q.message.size();
        auto* item = new QTreeWidgetItem(
            m_list,
            {q.message.from, q.message.to, q.message.subject, QLocale().formattedDataSize(size),
             q.message.submitted.isValid() ? when(q.message.submitted) : tr("(unreadable)"),
             QString::number(q.attempts), q.state == QLatin1String("held") ? tr("Held") : tr("Waiting")});
        item->setData(0, Qt::UserRole, q.seq);
        // Why it is held, or why its next hop is unavailable, where the pointer rests on it.
        for (int c = 0; c < m_list->columnCount() && !q.reason.isEmpty(); ++c)
            item->setToolTip(c, q.state == QLatin1String("held") ? tr("Held: %1").arg(q.reason)
                                                                 : tr("Waiting: %1").arg(q.reason));
    }
    int waiting = int(queued->size());
    if (m_postoffice.isEmpty()) {
        // The whole path out of the site: what its Internet Mail Services hold for sites on other
        // machines, and what they refused on arrival lately (never queued: from the event log).
        auto ims = core::ImsQueue(m_store).all();
        for (const core::ImsQueued& q : ims ? ims.value() : QList<core::ImsQueued>()) {
            auto* item =
                new QTreeWidgetItem(m_list, {q.message.from, q.message.to, q.message.subject,
                                             QLocale().formattedDataSize(q.message.size()),
                                             when(q.message.submitted), QString::number(q.attempts),
                                             q.site.isEmpty() ? tr("At the IMS for the Internet")
                                                              : tr("At the IMS for %1").arg(q.site)});
            item->setData(0, Qt::UserRole, q.seq);
            item->setData(0, ImsRole, true);
            for (int c = 0; c < m_list->columnCount() && !q.reason.isEmpty(); ++c)
                item->setToolTip(c, tr("Waiting: %1").arg(q.reason));
            ++waiting;
        }
        auto refused = core::ImsDiagnostics::refusedSince(m_store, core::Clock::nowUtc().addDays(-1));
        const int n = refused ? int(refused->size()) : 0;
        m_refused->setText(
            n == 0 ? QString()
                   : tr("%n message(s) refused on arrival in the last 24 hours; the newest: %1", nullptr, n)
                         .arg(refused->first().text));
        m_refused->setVisible(n > 0);
    }
    for (int c = 0; c < m_list->columnCount(); ++c)
        m_list->resizeColumnToContents(c);
    const QString where = m_postoffice.isEmpty() ? tr("the Message Transfer Agent") : m_postoffice;
    m_status->setText(waiting == 0   ? tr("Nothing is waiting for %1.").arg(where)
                      : waiting == 1 ? tr("1 message is waiting.")
                                     : tr("%1 messages are waiting.").arg(waiting));
    updateButtons();
}

void ConnectionQueueDialog::removeSelected(bool nonDeliveryReport)
{
    core::SiteTransport transport(m_store, core::Organization::dirOfSite(m_store.path()));
    QStringList problems;
    for (QTreeWidgetItem* item : m_list->selectedItems()) {
        const qint64 seq = item->data(0, Qt::UserRole).toLongLong();
        const core::Status s = item->data(0, ImsRole).toBool()
                                   ? core::ImsQueue(m_store).remove(seq, nonDeliveryReport)
                                   : transport.removeQueued(seq, nonDeliveryReport);
        if (!s)
            problems << sentence(s.error().translated());
    }
    refresh();
    if (!problems.isEmpty())
        m_status->setText(problems.join(QLatin1Char(' ')));
}

void ConnectionQueueDialog::updateButtons()
{
    const bool any = !m_list->selectedItems().isEmpty();
    m_delete->setEnabled(any);
    m_return->setEnabled(any);
}

} // namespace sa::ui
