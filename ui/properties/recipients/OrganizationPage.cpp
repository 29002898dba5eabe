#include "OrganizationPage.h"

#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "ui/properties/ReferenceField.h"
#include "ui/properties/ReferenceListWidget.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace sa::ui {

namespace attr = core::attr;

OrganizationPage::OrganizationPage(QWidget* parent)
    : PropertyPage(parent), m_manager(new ReferenceField(QStringLiteral("manager"), tr("Manager"), true)),
      m_reports(new ReferenceListWidget(QStringLiteral("directReports"), tr("Direct Reports"),
                                        tr("Direct reports:")))
{
    setObjectName(QStringLiteral("organizationPage"));
    auto* managerBox = new QGroupBox(tr("Manager"));
    auto* managerLayout = new QHBoxLayout(managerBox);
    managerLayout->addWidget(m_manager);
    auto* reportsBox = new QGroupBox(tr("Direct reports"));
    auto* reportsLayout = new QVBoxLayout(reportsBox);
    reportsLayout->addWidget(m_reports);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(managerBox);
    layout->addWidget(reportsBox, 1);

    connect(m_manager, &ReferenceField::changed, this, &PropertyPage::edited);
    connect(m_reports, &ReferenceListWidget::changed, this, &PropertyPage::edited);
}

void OrganizationPage::load(const core::DirectoryObject& object)
{
    m_object = object;
    m_reports->setStore(store());
    m_manager->setStore(store());
    m_manager->setDn(object.value(attr::Manager));
    QList<core::DirectoryObject> reports;
    if (!isNew(object)) {
        if (auto found = store()->referencing(object.dn, attr::Manager))
            reports = found.value();
    }
    m_reports->setObjects(reports);
    m_loadedReports = m_reports->dns();
}

QList<core::AttributeChange> OrganizationPage::changes() const
{
    if (m_manager->dn() == m_object.value(attr::Manager))
        return {};
    return {{attr::Manager, core::AttributeChange::Op::Replace, {m_manager->dn()}}};
}

void OrganizationPage::collectOtherChanges(const core::Dn& self, core::ChangeSet& changes) const
{
    const QStringList now = m_reports->dns();
    for (const QString& dn : now) {
        if (!m_loadedReports.contains(dn))
            changes.replace(core::Dn::parse(dn).value(), attr::Manager, {self.toString()});
    }
    for (const QString& dn : m_loadedReports) {
        if (!now.contains(dn))
            changes.replace(core::Dn::parse(dn).value(), attr::Manager, {});
    }
}

} // namespace sa::ui
