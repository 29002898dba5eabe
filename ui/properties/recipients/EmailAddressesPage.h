#pragma once

#include "ui/properties/PropertyPage.h"

class QPushButton;
class QTreeWidget;

namespace sa::ui {

/// E-mail Addresses page: every address of the recipient (type, address; the primary one of each
/// type in bold), New... / Edit... / Remove, and Set As Primary (one primary per type).
class EmailAddressesPage : public PropertyPage
{
    Q_OBJECT

public:
    explicit EmailAddressesPage(QWidget* parent = nullptr);

    QString title() const override { return tr("E-mail Addresses"); }
    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override;
    QStringList addresses() const { return m_addresses; }
    /// Adds or replaces (at `row`) an address, keeping one primary per type.
    void setAddress(int row, const QString& address);
    void setPrimary(int row);

private:
    void fill();
    void updateButtons();

    QTreeWidget* m_list;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_primary;
    QStringList m_addresses;
    core::DirectoryObject m_object;
};

} // namespace sa::ui
