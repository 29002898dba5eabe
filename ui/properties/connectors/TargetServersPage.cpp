#include "TargetServersPage.h"

#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "ui/common/Text.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sa::ui {

namespace attr = core::attr;

TargetServersPage::TargetServersPage(QWidget* parent)
    : PropertyPage(parent), m_siteServers(new QListWidget), m_targets(new QTreeWidget), m_cost(new QSpinBox)
{
    setObjectName(QStringLiteral("targetServersPage"));
    m_siteServers->setObjectName(QStringLiteral("siteServersList"));
    m_siteServers->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_targets->setObjectName(QStringLiteral("targetServersList"));
    m_targets->setHeaderLabels({tr("Server"), tr("Cost")});
    m_targets->setRootIsDecorated(false);
    m_cost->setObjectName(QStringLiteral("targetCostSpin"));
    m_cost->setRange(0, 100);
    auto* add = new QPushButton(tr("&Add >>"));
    add->setObjectName(QStringLiteral("addTargetButton"));
    auto* remove = new QPushButton(tr("<< &Remove"));
    remove->setObjectName(QStringLiteral("removeTargetButton"));
    auto* setValue = new QPushButton(tr("&Set Value"));
    setValue->setObjectName(QStringLiteral("setCostButton"));
    auto* middle = new QVBoxLayout;
    middle->addStretch(1);
    middle->addWidget(add);
    middle->addWidget(remove);
    middle->addStretch(1);
    auto* costRow = new QHBoxLayout;
    costRow->addWidget(buddyLabel(tr("Target server &cost:"), m_cost));
    costRow->addWidget(m_cost);
    costRow->addWidget(setValue);
    costRow->addStretch(1);
    auto* grid = new QGridLayout(this);
    grid->addWidget(buddyLabel(tr("Site s&ervers:"), m_siteServers), 0, 0);
    grid->addWidget(buddyLabel(tr("&Target servers:"), m_targets), 0, 2);
    grid->addWidget(m_siteServers, 1, 0);
    grid->addLayout(middle, 1, 1);
    grid->addWidget(m_targets, 1, 2);
    grid->addLayout(costRow, 2, 2);
    auto* hint = new QLabel(tr("Cost 0: used first; 100: used only when no other can be reached. With no "
                               "target servers, any server of the target site takes the mail."));
    hint->setWordWrap(true);
    grid->addWidget(hint, 3, 0, 1, 3);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(1, 1);
    connect(add, &QPushButton::clicked, this, &TargetServersPage::addSelected);
    connect(remove, &QPushButton::clicked, this, &TargetServersPage::removeSelected);
    connect(setValue, &QPushButton::clicked, this, &TargetServersPage::setCost);
    connect(m_targets, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            m_cost->setValue(item->text(1).toInt());
    });
}

void TargetServersPage::load(const core::DirectoryObject& object)
{
    m_object = object;
    m_targets->clear();
    for (const QString& v : object.valuesOf(attr::TargetServers))
        new QTreeWidgetItem(m_targets,
                            {v.section(QLatin1Char(';'), 0, 0), v.section(QLatin1Char(';'), 1, 1)});
    refreshSiteServers();
}

void TargetServersPage::refreshSiteServers()
{
    m_siteServers->clear();
    const QString target = m_targetSite ? m_targetSite() : m_object.value(attr::TargetSite);
    if (target.isEmpty() || !store())
        return;
    auto org = core::Organization::open(core::Organization::dirOfSite(store()->path()));
    core::Phrases unreadable; // not offered; the Synchronization Status panel names them
    auto sites = org ? org->sites(&unreadable) : core::Result<QList<core::SiteInfo>>(org.error());
    for (const core::SiteInfo& s : sites ? sites.value() : QList<core::SiteInfo>()) {
        if (s.name.compare(target, Qt::CaseInsensitive) == 0)
            m_siteServers->addItems(s.servers);
    }
}

QStringList TargetServersPage::values() const
{
    QStringList out;
    for (int i = 0; i < m_targets->topLevelItemCount(); ++i)
        out << m_targets->topLevelItem(i)->text(0) + QLatin1Char(';') + m_targets->topLevelItem(i)->text(1);
    return out;
}

void TargetServersPage::addSelected()
{
    for (QListWidgetItem* item : m_siteServers->selectedItems()) {
        if (m_targets->findItems(item->text(), Qt::MatchFixedString).isEmpty())
            new QTreeWidgetItem(m_targets, {item->text(), QString::number(m_cost->value())});
    }
    Q_EMIT edited();
}

void TargetServersPage::removeSelected()
{
    delete m_targets->currentItem();
    Q_EMIT edited();
}

void TargetServersPage::setCost()
{
    if (QTreeWidgetItem* item = m_targets->currentItem()) {
        item->setText(1, QString::number(m_cost->value()));
        Q_EMIT edited();
    }
}

QList<core::AttributeChange> TargetServersPage::changes() const
{
    if (values() == m_object.valuesOf(attr::TargetServers))
        return {};
    return {{attr::TargetServers, core::AttributeChange::Op::Replace, values()}};
}

} // namespace sa::ui
