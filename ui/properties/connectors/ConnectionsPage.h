#pragma once

#include "ValueListPage.h"

namespace sa::ui {

/// MS Mail Connector > Connections: the postoffices the connector serves, each direct (the
/// connector's connector MTA carries its mail) or indirect via a direct one. Create (New...) offers
/// the organization's emulated postoffices; a direct postoffice others go through cannot be removed.
/// Queue... shows what the site's MTA holds for the selected postoffice. (The original's
/// LAN/Async/X.25 parameters have no meaning for the emulated postoffices and are left out.)
class ConnectionsPage : public ValueListPage
{
    Q_OBJECT

public:
    explicit ConnectionsPage(QWidget* parent = nullptr);

    QString title() const override { return tr("Connections"); }
    QString validate() const override;
    /// The direct postoffices (NET/PO), in list order.
    QStringList directPostoffices() const;
    /// Every postoffice served (NET/PO), in list order.
    QStringList postoffices() const;
    void load(const core::DirectoryObject& object) override;
    /// Queue...: the queue window of the selected postoffice.
    void showQueue();

protected:
    void updateQueueButton();
    QStringList columns(const QString& value) const override;
    void edit(int row) override;

private:
    QPushButton* m_queue;
};

} // namespace sa::ui
