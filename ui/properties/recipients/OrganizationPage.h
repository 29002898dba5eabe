#pragma once

#include "ui/properties/PropertyPage.h"

class QLineEdit;
class QPushButton;

namespace sa::ui {

class ReferenceListWidget;

/// Organization page: the recipient's Manager (Modify... / Clear) and Direct reports, the recipients
/// whose manager it is (Modify... changes their Manager in the same transaction).
class OrganizationPage : public PropertyPage
{
    Q_OBJECT

public:
    explicit OrganizationPage(QWidget* parent = nullptr);

    QString title() const override { return tr("Organization"); }
    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override;
    void collectOtherChanges(const core::Dn& self, core::ChangeSet& changes) const override;

private:
    QLineEdit* m_manager;
    QPushButton* m_modifyManager;
    QPushButton* m_clearManager;
    ReferenceListWidget* m_reports;
    QString m_managerDn;
    QStringList m_loadedReports;
    core::DirectoryObject m_object;
};

} // namespace sa::ui
