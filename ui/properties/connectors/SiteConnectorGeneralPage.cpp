#include "SiteConnectorGeneralPage.h"

#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/transport/SiteTransport.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QRadioButton>
#include <QSpinBox>

namespace sa::ui {

namespace attr = core::attr;

SiteConnectorGeneralPage::SiteConnectorGeneralPage(QWidget* parent)
    : GeneralPage(parent), m_targetSite(new QComboBox), m_cost(new QSpinBox),
      m_anyServer(new QRadioButton(tr("&Any server"))),
      m_specificServer(new QRadioButton(tr("&Specific server:"))), m_bridgehead(new QComboBox)
{
    setObjectName(QStringLiteral("siteConnectorGeneralPage"));
    m_targetSite->setObjectName(QStringLiteral("targetSiteCombo"));
    m_cost->setObjectName(QStringLiteral("costSpin"));
    m_cost->setRange(1, 100);
    m_anyServer->setObjectName(QStringLiteral("anyServerRadio"));
    m_specificServer->setObjectName(QStringLiteral("specificServerRadio"));
    m_bridgehead->setObjectName(QStringLiteral("bridgeheadCombo"));
    auto* bridgehead = new QWidget;
    auto* row = new QHBoxLayout(bridgehead);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_anyServer);
    row->addWidget(m_specificServer);
    row->addWidget(m_bridgehead, 1);
    auto* group = new QButtonGroup(this);
    group->addButton(m_anyServer);
    group->addButton(m_specificServer);
    addRow(tr("&Target site:"), m_targetSite);
    addRow(tr("C&ost:"), m_cost);
    addRow(tr("Messaging bridgehead\nin the local site:"), bridgehead);

    connect(m_targetSite, &QComboBox::currentIndexChanged, this, [this] {
        Q_EMIT edited();
        Q_EMIT targetSiteChanged();
    });
    connect(m_cost, &QSpinBox::valueChanged, this, &PropertyPage::edited);
    connect(m_specificServer, &QRadioButton::toggled, m_bridgehead, &QWidget::setEnabled);
    connect(m_specificServer, &QRadioButton::toggled, this, &PropertyPage::edited);
    connect(m_bridgehead, &QComboBox::currentIndexChanged, this, &PropertyPage::edited);
}

void SiteConnectorGeneralPage::load(const core::DirectoryObject& object)
{
    m_object = object;
    const QSignalBlocker b1(m_targetSite);
    const QSignalBlocker b2(m_cost);
    const QSignalBlocker b3(m_specificServer);
    const QSignalBlocker b4(m_bridgehead);
    GeneralPage::load(object);
    m_targetSite->clear();
    m_bridgehead->clear();
    if (store()) {
        auto org = core::Organization::open(core::Organization::dirOfSite(store()->path()));
        core::Phrases unreadable; // not offered; the Synchronization Status panel names them
        auto sites = org ? org->sites(&unreadable) : core::Result<QList<core::SiteInfo>>(org.error());
        for (const core::SiteInfo& s : sites ? sites.value() : QList<core::SiteInfo>()) {
            if (s.name.compare(store()->siteName(), Qt::CaseInsensitive) == 0)
                m_bridgehead->addItems(s.servers);
            else
                m_targetSite->addItem(s.name);
        }
    }
    const QString target = object.value(attr::TargetSite);
    if (!target.isEmpty() && m_targetSite->findText(target, Qt::MatchFixedString) < 0)
        m_targetSite->addItem(target);
    if (!target.isEmpty())
        m_targetSite->setCurrentIndex(m_targetSite->findText(target, Qt::MatchFixedString));
    m_targetSite->setEnabled(isNew(object)); // where a connector leads is fixed once it exists
    m_cost->setValue(object.value(attr::Cost).isEmpty() ? 1 : object.value(attr::Cost).toInt());
    const QString bridgehead = object.value(attr::BridgeheadServer);
    const QString server = bridgehead.isEmpty() ? QString() : core::Dn::parse(bridgehead)->rdn().value;
    m_specificServer->setChecked(!server.isEmpty());
    m_anyServer->setChecked(server.isEmpty());
    m_bridgehead->setEnabled(!server.isEmpty());
    if (!server.isEmpty())
        m_bridgehead->setCurrentIndex(qMax(0, m_bridgehead->findText(server, Qt::MatchFixedString)));
}

QString SiteConnectorGeneralPage::targetSite() const
{
    return m_targetSite->currentText();
}

QString SiteConnectorGeneralPage::shadowPostofficeOfTarget() const
{
    if (targetSite().isEmpty() || !store())
        return {};
    return core::SiteTransport::shadowPostoffice(store()->organizationName(), targetSite());
}

QString SiteConnectorGeneralPage::bridgeheadValue() const
{
    if (!m_specificServer->isChecked() || m_bridgehead->currentText().isEmpty() || !store())
        return {};
    return core::SiteBuilder::serverDn(store()->organizationName(), store()->siteName(),
                                       m_bridgehead->currentText())
        .toString();
}

QList<core::AttributeChange> SiteConnectorGeneralPage::changes() const
{
    QList<core::AttributeChange> out = GeneralPage::changes();
    const auto replace = [&](const QString& a, const QString& v) {
        if (v != m_object.value(a))
            out.append({a, core::AttributeChange::Op::Replace, v.isEmpty() ? QStringList() : QStringList{v}});
    };
    if (isNew(m_object))
        replace(attr::TargetSite, targetSite());
    replace(attr::Cost, QString::number(m_cost->value()));
    replace(attr::BridgeheadServer, bridgeheadValue());
    return out;
}

QString SiteConnectorGeneralPage::validate() const
{
    if (const QString e = GeneralPage::validate(); !e.isEmpty())
        return e;
    if (targetSite().isEmpty())
        return tr("Choose the site this connector leads to (the organization has no other site yet).");
    if (m_specificServer->isChecked() && m_bridgehead->currentText().isEmpty())
        return problemIn(m_bridgehead,
                         tr("Choose the server that is the messaging bridgehead, or Any server."));
    return {};
}

} // namespace sa::ui
