#include "ExportContainersPage.h"

#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "ui/common/Text.h"
#include "ui/common/Tones.h"
#include "ui/properties/FlagField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sa::ui {

namespace attr = core::attr;

ExportContainersPage::ExportContainersPage(QWidget* parent)
    : PropertyPage(parent), m_site(new QComboBox), m_available(new QListWidget), m_exported(new QListWidget),
      m_trust(new QSpinBox), m_custom(new QCheckBox(tr("Export &custom recipients"))), m_warning(new QLabel)
{
    setObjectName(QStringLiteral("exportContainersPage"));
    m_site->setObjectName(QStringLiteral("exportSiteCombo"));
    m_available->setObjectName(QStringLiteral("availableContainersList"));
    m_exported->setObjectName(QStringLiteral("exportedContainersList"));
    m_trust->setObjectName(QStringLiteral("exportTrustSpin"));
    m_trust->setRange(0, 100);
    marks(m_exported, attr::ExportContainers);
    marks(m_trust, attr::ExportTrustLevel);
    m_custom->setObjectName(QStringLiteral("exportCustomCheck"));
    m_warning->setObjectName(QStringLiteral("exportWarning"));
    m_warning->setWordWrap(true);
    Tones::mark(m_warning, Tones::Kind::Warning);
    auto* add = new QPushButton(tr("&Add ->"));
    add->setObjectName(QStringLiteral("addExportButton"));
    auto* remove = new QPushButton(tr("<- &Remove"));
    remove->setObjectName(QStringLiteral("removeExportButton"));
    auto* grid = new QGridLayout;
    grid->addWidget(buddyLabel(tr("&Site:"), m_site), 0, 0);
    grid->addWidget(m_site, 1, 0);
    grid->addWidget(buddyLabel(tr("Recipient c&ontainers:"), m_available), 2, 0);
    grid->addWidget(m_available, 3, 0);
    auto* buttons = new QVBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    grid->addLayout(buttons, 3, 1);
    grid->addWidget(buddyLabel(tr("E&xport these recipients:"), m_exported), 2, 2);
    grid->addWidget(m_exported, 3, 2);
    auto* form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Trust level:"), m_trust), m_trust);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid, 1);
    layout->addLayout(form);
    layout->addWidget(m_custom);
    layout->addWidget(m_warning);
    connect(m_site, &QComboBox::currentIndexChanged, this, &ExportContainersPage::showSite);
    connect(add, &QPushButton::clicked, this, [this] {
        for (QListWidgetItem* item : m_available->selectedItems()) {
            const QString dn = item->data(Qt::UserRole).toString();
            if (!exported().contains(dn, Qt::CaseInsensitive)) {
                auto* copy = new QListWidgetItem(nameWithSite(item->text(), m_site->currentText()));
                copy->setData(Qt::UserRole, dn);
                m_exported->addItem(copy);
            }
        }
        updateWarning();
        Q_EMIT edited();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_exported->selectedItems());
        updateWarning();
        Q_EMIT edited();
    });
    connect(m_trust, &QSpinBox::valueChanged, this, &PropertyPage::edited);
    connect(m_custom, &QCheckBox::toggled, this, &PropertyPage::edited);
}

void ExportContainersPage::load(const core::DirectoryObject& object)
{
    m_object = object;
    const QSignalBlocker b1(m_site);
    const QSignalBlocker b2(m_trust);
    const QSignalBlocker b3(m_custom);
    m_containers.clear();
    m_site->clear();
    m_exported->clear();
    QMap<QString, QString> names; // DN key -> "name (site)"
    if (store()) {
        auto containers =
            store()->objectsOf(core::ListFilter{{QStringLiteral("recipients-container")}, true});
        for (const core::DirectoryObject& c :
             containers ? containers.value() : QList<core::DirectoryObject>()) {
            const QString site = c.isReplica() ? c.masterSite : store()->siteName();
            m_containers[site].append({c.displayName(), c.dn.toString()});
            names.insert(c.dn.key(), nameWithSite(c.displayName(), site));
        }
        m_site->addItem(store()->siteName()); // this site first, then the others
        for (const QString& site : m_containers.keys()) {
            if (site.compare(store()->siteName(), Qt::CaseInsensitive) != 0)
                m_site->addItem(site);
        }
    }
    for (const QString& dn : object.valuesOf(attr::ExportContainers)) {
        auto parsed = core::Dn::parse(dn);
        auto* item = new QListWidgetItem(parsed ? names.value(parsed->key(), dn) : dn);
        item->setData(Qt::UserRole, dn);
        m_exported->addItem(item);
    }
    m_trust->setValue(
        object.value(attr::ExportTrustLevel).isEmpty() ? 20 : object.value(attr::ExportTrustLevel).toInt());
    FlagField::load(m_custom, object, attr::ExportCustomRecipients);
    showSite();
    updateWarning();
}

void ExportContainersPage::showSite()
{
    m_available->clear();
    for (const auto& [name, dn] : m_containers.value(m_site->currentText())) {
        auto* item = new QListWidgetItem(name);
        item->setData(Qt::UserRole, dn);
        m_available->addItem(item);
    }
}

QStringList ExportContainersPage::exported() const
{
    QStringList out;
    for (int i = 0; i < m_exported->count(); ++i)
        out << m_exported->item(i)->data(Qt::UserRole).toString();
    return out;
}

void ExportContainersPage::updateWarning()
{
    m_warning->setText(
        m_exported->count() == 0
            ? tr("Nothing will be exported to this postoffice: add the recipient containers its "
                 "users should see.")
            : QString());
    m_warning->setVisible(m_exported->count() == 0);
}

QList<core::AttributeChange> ExportContainersPage::changes() const
{
    QList<core::AttributeChange> out;
    if (exported() != m_object.valuesOf(attr::ExportContainers))
        out.append({attr::ExportContainers, core::AttributeChange::Op::Replace, exported()});
    const QString trust = QString::number(m_trust->value());
    if (trust != m_object.value(attr::ExportTrustLevel))
        out.append({attr::ExportTrustLevel, core::AttributeChange::Op::Replace, {trust}});
    FlagField::collect(m_custom, m_object, attr::ExportCustomRecipients, out);
    return out;
}

} // namespace sa::ui
