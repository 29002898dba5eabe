#pragma once

#include "ui/properties/FieldsPage.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace sa::ui {

class ReferenceField;
class ReferenceListWidget;

/// General page of a distribution list: display and alias names, the owner (Modify...), the
/// members (Modify... opens the address book), the expansion server and notes.
class DistributionListGeneralPage : public FieldsPage
{
    Q_OBJECT

public:
    explicit DistributionListGeneralPage(QWidget* parent = nullptr);

    QString title() const override { return tr("General"); }
    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override;
    QString validate() const override;

private:
    void updateCount();

    ReferenceField* m_owner;
    ReferenceListWidget* m_members;
    QLabel* m_count;
    QComboBox* m_server;
};

} // namespace sa::ui
