#include "ImsQueuesPage.h"

#include "core/directory/ConnectorValues.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/transport/ImsQueue.h"
#include "core/transport/InternetMailService.h"
#include "core/transport/PostfixQueue.h"
#include "ui/common/Text.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sa::ui {

namespace attr = core::attr;

namespace {

QTreeWidget* queueList(const QString& name, const QStringList& headers)
{
    auto* list = new QTreeWidget;
    list->setObjectName(name);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setAllColumnsShowFocus(true);
    return list;
}

QString whenOrBlank(const QDateTime& t)
{
    return t.isValid() ? when(t) : QString();
}

} // namespace

ImsQueuesPage::ImsQueuesPage(QWidget* parent)
    : PropertyPage(parent),
      m_ims(queueList(QStringLiteral("imsQueueList"),
                      {tr("From"), tr("To"), tr("Destination"), tr("Subject"), tr("Size"), tr("Queued"),
                       tr("Attempts"), tr("Waiting because")})),
      m_imsStatus(new QLabel), m_postfix(queueList(QStringLiteral("postfixQueueList"),
                                                   {tr("Queue ID"), tr("Queue"), tr("Arrived"), tr("Size"),
                                                    tr("Recipients"), tr("Deferred because")})),
      m_postfixStatus(new QLabel), m_refresh(new QPushButton(tr("&Refresh"))),
      m_delete(new QPushButton(tr("&Delete"))), m_return(new QPushButton(tr("Re&turn")))
{
    setObjectName(QStringLiteral("imsQueuesPage"));
    m_ims->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_postfix->setSelectionMode(QAbstractItemView::NoSelection);
    m_imsStatus->setObjectName(QStringLiteral("imsQueueStatus"));
    m_postfixStatus->setObjectName(QStringLiteral("postfixQueueStatus"));
    m_imsStatus->setWordWrap(true);
    m_postfixStatus->setWordWrap(true);
    m_refresh->setObjectName(QStringLiteral("queueRefreshButton"));
    m_delete->setObjectName(QStringLiteral("queueDeleteButton"));
    m_return->setObjectName(QStringLiteral("queueReturnButton"));
    m_delete->setToolTip(tr("Delete the selected messages without a report to their senders"));
    m_return->setToolTip(tr("Return the selected messages to their senders with a non-delivery report"));
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_return);
    buttons->addStretch(1);
    auto* imsRow = new QHBoxLayout;
    imsRow->addWidget(m_ims, 1);
    imsRow->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        buddyLabel(tr("Waiting at this service for the mail server (Postfix) to take them:"), m_ims));
    layout->addLayout(imsRow, 3);
    layout->addWidget(m_imsStatus);
    layout->addWidget(buddyLabel(
        tr("Taken by the mail server, not delivered yet (its queue; postsuper manages it):"), m_postfix));
    layout->addWidget(m_postfix, 2);
    layout->addWidget(m_postfixStatus);
    connect(m_refresh, &QPushButton::clicked, this, &ImsQueuesPage::refresh);
    connect(m_delete, &QPushButton::clicked, this, [this] { removeSelected(false); });
    connect(m_return, &QPushButton::clicked, this, [this] { removeSelected(true); });
    connect(m_ims, &QTreeWidget::itemSelectionChanged, this, &ImsQueuesPage::updateButtons);
}

void ImsQueuesPage::load(const core::DirectoryObject& object)
{
    m_object = object;
    refresh();
}

void ImsQueuesPage::refresh()
{
    m_ims->clear();
    m_postfix->clear();
    m_refresh->setEnabled(!isNew(m_object) && store());
    if (isNew(m_object) || !store()) {
        m_imsStatus->setText(tr("A new Internet Mail Service has no queues yet."));
        m_postfixStatus->clear();
        updateButtons();
        return;
    }
    // This service's messages: those for the sites it is connected to, and those for the Internet
    // that one of its SMTP address spaces holds.
    QStringList sites;
    for (const QString& value : m_object.valuesOf(attr::ConnectedSites))
        sites << core::ConnectorValues::ConnectedSite::parse(value).site.toUpper();
    auto queued = core::ImsQueue(*store()).all();
    int shown = 0;
    for (const core::ImsQueued& q : queued ? queued.value() : QList<core::ImsQueued>()) {
        const bool internet = q.site.isEmpty();
        if (internet ? !core::InternetMailService::coversInternet(m_object, q.message.to)
                     : !sites.contains(q.site))
            continue;
        auto* item =
            new QTreeWidgetItem(m_ims, {q.message.from, q.message.to, internet ? tr("Internet") : q.site,
                                        q.message.subject, QLocale().formattedDataSize(q.message.size()),
                                        whenOrBlank(q.queuedAt), QString::number(q.attempts), q.reason});
        item->setData(0, Qt::UserRole, q.seq);
        item->setToolTip(7, q.reason);
        ++shown;
    }
    // Why the oldest waits, where it is read without scrolling to its column.
    const QString why = m_ims->topLevelItemCount() > 0 ? m_ims->topLevelItem(0)->text(7) : QString();
    if (!queued)
        m_imsStatus->setText(sentence(queued.error().translated()));
    else if (shown == 0)
        m_imsStatus->setText(tr("Nothing is waiting at this service."));
    else if (why.isEmpty())
        m_imsStatus->setText(tr("%n message(s) waiting; not tried yet.", nullptr, shown));
    else
        m_imsStatus->setText(
            tr("%n message(s) waiting. The oldest waits because %1", nullptr, shown).arg(sentence(why)));
    // Postfix's queue: what this service handed over (its envelope sender), not yet delivered.
    const QString configuration = core::InternetMailService::mtaConfiguration(m_object);
    auto all = core::PostfixQueue(configuration).read();
    if (!all) {
        m_postfixStatus->setText(sentence(all.error().translated()));
    } else {
        const auto mine =
            core::PostfixQueue::sentBy(all.value(), core::InternetMailService::envelopeSender(m_object));
        for (const core::PostfixQueued& q : mine) {
            auto* item = new QTreeWidgetItem(m_postfix, {q.queueId, q.queueName, whenOrBlank(q.arrival),
                                                         QLocale().formattedDataSize(q.size),
                                                         q.recipients.join(QStringLiteral(", ")), q.reason});
            item->setToolTip(5, q.reason);
        }
        const QString where = configuration.isEmpty() ? tr("the system's Postfix") : configuration;
        m_postfixStatus->setText(
            mine.isEmpty() ? tr("Nothing from this service waits in %1.").arg(where)
                           : tr("%1 message(s) from this service wait in %2.").arg(mine.size()).arg(where));
    }
    for (QTreeWidget* list : {m_ims, m_postfix}) {
        for (int c = 0; c < list->columnCount(); ++c)
            list->resizeColumnToContents(c);
    }
    updateButtons();
}

void ImsQueuesPage::removeSelected(bool nonDeliveryReport)
{
    if (!store())
        return;
    QStringList problems;
    for (QTreeWidgetItem* item : m_ims->selectedItems()) {
        if (core::Status s =
                core::ImsQueue(*store()).remove(item->data(0, Qt::UserRole).toLongLong(), nonDeliveryReport);
            !s)
            problems << sentence(s.error().translated());
    }
    refresh();
    if (!problems.isEmpty())
        m_imsStatus->setText(problems.join(QLatin1Char(' ')));
}

void ImsQueuesPage::updateButtons()
{
    const bool any = !m_ims->selectedItems().isEmpty();
    m_delete->setEnabled(any);
    m_return->setEnabled(any);
}

} // namespace sa::ui
