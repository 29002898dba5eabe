#pragma once

#include "ui/properties/FieldsPage.h"

namespace sa::ui {

/// MS Mail Connector > Local Postoffice: the network and postoffice name under which MS Mail
/// postoffices see this site (the connector's "shadow" postoffice; by default ORGANIZATION/SITE).
/// MS Mail users address the site's recipients as NETWORK/POSTOFFICE/alias. (Sign-on ID, password
/// and Regenerate belong to real MS Mail postoffices and are not emulated.)
class LocalPostofficePage : public FieldsPage
{
    Q_OBJECT

public:
    explicit LocalPostofficePage(QWidget* parent = nullptr);

    QString title() const override { return tr("Local Postoffice"); }
    QString validate() const override;
};

} // namespace sa::ui
