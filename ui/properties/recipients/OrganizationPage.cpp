#include "OrganizationPage.h"

#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "ui/dialogs/AddressBookDialog.h"
#include "ui/properties/ReferenceListWidget.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sa::ui {

namespace attr = core::attr;

OrganizationPage::OrganizationPage(QWidget* parent)
    : PropertyPage(parent), m_manager(new QLineEdit), m_modifyManager(new QPushButton(tr("&Modify..."))),
      m_clearManager(new QPushButton(tr("&Clear"))),
      m_reports(new ReferenceListWidget(QStringLiteral("directReports"), tr("Direct Reports"),
                                        tr("Direct reports:")))
{
    setObjectName(QStringLiteral("organizationPage"));
    m_manager->setObjectName(QStringLiteral("managerEdit"));
    m_manager->setReadOnly(true);
    m_modifyManager->setObjectName(QStringLiteral("modifyManagerButton"));
    m_clearManager->setObjectName(QStringLiteral("clearManagerButton"));

    auto* managerBox = new QGroupBox(tr("Manager"));
    auto* managerLayout = new QHBoxLayout(managerBox);
    managerLayout->addWidget(m_manager, 1);
    managerLayout->addWidget(m_modifyManager);
    managerLayout->addWidget(m_clearManager);
    auto* reportsBox = new QGroupBox(tr("Direct reports"));
    auto* reportsLayout = new QVBoxLayout(reportsBox);
    reportsLayout->addWidget(m_reports);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(managerBox);
    layout->addWidget(reportsBox, 1);

    connect(m_modifyManager, &QPushButton::clicked, this, [this] {
        auto* picker =
            new AddressBookDialog(*store(), AddressBookDialog::Mode::Single, tr("Manager"), {}, this);
        picker->setAttribute(Qt::WA_DeleteOnClose);
        connect(picker, &QDialog::accepted, this, [this, picker] {
            const core::DirectoryObject chosen = picker->chosen().value(0);
            m_managerDn = chosen.dn.toString();
            m_manager->setText(chosen.displayName());
            Q_EMIT edited();
        });
        picker->open();
    });
    connect(m_clearManager, &QPushButton::clicked, this, [this] {
        m_managerDn.clear();
        m_manager->clear();
        Q_EMIT edited();
    });
    connect(m_reports, &ReferenceListWidget::changed, this, &PropertyPage::edited);
}

void OrganizationPage::load(const core::DirectoryObject& object)
{
    m_object = object;
    m_reports->setStore(store());
    m_managerDn = object.value(attr::Manager);
    m_manager->clear();
    if (!m_managerDn.isEmpty()) {
        if (auto manager = store()->object(core::Dn::parse(m_managerDn).value()))
            m_manager->setText(manager->displayName());
    }
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
    if (m_managerDn == m_object.value(attr::Manager))
        return {};
    return {{attr::Manager, core::AttributeChange::Op::Replace, {m_managerDn}}};
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
