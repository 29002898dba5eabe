#pragma once

#include "ui/properties/PropertyPage.h"

class QRadioButton;

namespace sa::ui {

class ReferenceListWidget;

/// Delivery Restrictions page: Accept messages from All / List, Reject messages from None / List,
/// each list chosen with Modify... (Authorized-Sender, Unauthorized-Sender).
class DeliveryRestrictionsPage : public PropertyPage
{
    Q_OBJECT

public:
    explicit DeliveryRestrictionsPage(QWidget* parent = nullptr);

    QString title() const override { return tr("Delivery Restrictions"); }
    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override;

private:
    QRadioButton* m_acceptAll;
    QRadioButton* m_acceptList;
    QRadioButton* m_rejectNone;
    QRadioButton* m_rejectList;
    ReferenceListWidget* m_accept;
    ReferenceListWidget* m_reject;
    core::DirectoryObject m_object;
};

} // namespace sa::ui
