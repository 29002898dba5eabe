#include "ReplicationSitesPage.h"

#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/replication/Replicator.h"
#include "ui/common/Text.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

namespace sa::ui {

namespace attr = core::attr;

ReplicationSitesPage::ReplicationSitesPage(QWidget* parent)
    : PropertyPage(parent), m_inbound(new QListWidget), m_outbound(new QListWidget),
      m_requestNow(new QPushButton(tr("&Request Now"))), m_result(new QLabel)
{
    setObjectName(QStringLiteral("replicationSitesPage"));
    m_inbound->setObjectName(QStringLiteral("inboundSitesList"));
    m_outbound->setObjectName(QStringLiteral("outboundSitesList"));
    m_requestNow->setObjectName(QStringLiteral("requestNowButton"));
    m_requestNow->setToolTip(tr("Ask the remote site for the directory changes it has not sent yet"));
    m_result->setObjectName(QStringLiteral("requestNowResult"));
    m_result->setWordWrap(true);
    auto* grid = new QGridLayout(this);
    grid->addWidget(buddyLabel(tr("&Inbound sites (their directory comes here):"), m_inbound), 0, 0);
    grid->addWidget(m_inbound, 1, 0);
    grid->addWidget(m_requestNow, 1, 1, Qt::AlignTop);
    grid->addWidget(buddyLabel(tr("&Outbound sites (this site's directory goes there):"), m_outbound), 2, 0);
    grid->addWidget(m_outbound, 3, 0);
    grid->addWidget(m_result, 4, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    connect(m_requestNow, &QPushButton::clicked, this, &ReplicationSitesPage::requestNow);
}

void ReplicationSitesPage::load(const core::DirectoryObject& object)
{
    m_object = object;
    m_result->clear();
    fillLists();
    // A connector that does not exist yet, or another site's, has nothing to request here.
    m_requestNow->setEnabled(!isNew(object) && !object.isReplica() && store());
}

void ReplicationSitesPage::fillLists()
{
    m_inbound->clear();
    m_outbound->clear();
    const QString remote = m_object.value(attr::RemoteSite);
    if (remote.isEmpty() || !store())
        return;
    const qint64 mark = core::Replicator::watermark(*store(), remote);
    m_inbound->addItem(mark > 0 ? tr("%1 (received up to USN %2)").arg(remote).arg(mark)
                                : tr("%1 (nothing received yet)").arg(remote));
    m_outbound->addItem(remote);
}

void ReplicationSitesPage::requestNow()
{
    const QString remote = m_object.value(attr::RemoteSite);
    m_requestNow->setEnabled(false);
    m_result->setText(tr("Asking %1 for its changes...").arg(remote));
    Q_EMIT requested(store()->siteName(), remote);
}

void ReplicationSitesPage::showRequestResult(bool ok, const QString& text)
{
    m_result->setText(sentence(text));
    m_result->setProperty("failed", !ok);
    m_requestNow->setEnabled(true);
    fillLists();
}

} // namespace sa::ui
