#pragma once

#include "ValueListPage.h"

namespace sa::ui {

/// MS Mail Connector > Connections: the postoffices the connector serves, each direct (the
/// connector's connector MTA carries its mail) or indirect via a direct one. Create (New...) offers
/// the organization's emulated postoffices; a direct postoffice others go through cannot be removed.
/// (The original's LAN/Async/X.25 parameters have no meaning for the emulated postoffices and are
/// left out; its Queue... window is not built yet.)
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

protected:
    QStringList columns(const QString& value) const override;
    void edit(int row) override;
};

} // namespace sa::ui
