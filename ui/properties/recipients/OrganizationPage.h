#pragma once

#include "ui/properties/PropertyPage.h"

namespace sa::ui {

class ReferenceField;
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
    ReferenceField* m_manager;
    ReferenceListWidget* m_reports;
    QStringList m_loadedReports;
    core::DirectoryObject m_object;
};

} // namespace sa::ui
