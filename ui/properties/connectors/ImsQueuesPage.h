#pragma once

#include "ui/properties/PropertyPage.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace sa::ui {

/// The Internet Mail Service's Queues page: the path of a message to a site on another machine. Its
/// own queue (messages the site MTA routed to a connected site, waiting for the MTA to take them,
/// with why), with Refresh, Delete and Return (to the sender with a non-delivery report) acting at
/// once as the original's queue windows did; below it Postfix's queue (`postqueue -j` of the
/// configured instance: handed over, not yet delivered, with Postfix's reason), read only. A new
/// service has no queues yet.
class ImsQueuesPage : public PropertyPage
{
    Q_OBJECT

public:
    explicit ImsQueuesPage(QWidget* parent = nullptr);
    QString title() const override { return tr("Queues"); }
    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override { return {}; }

    void refresh();

private:
    void removeSelected(bool nonDeliveryReport);
    void updateButtons();

    core::DirectoryObject m_object;
    QTreeWidget* m_ims;
    QLabel* m_imsStatus;
    QTreeWidget* m_postfix;
    QLabel* m_postfixStatus;
    QPushButton* m_refresh;
    QPushButton* m_delete;
    QPushButton* m_return;
};

} // namespace sa::ui
