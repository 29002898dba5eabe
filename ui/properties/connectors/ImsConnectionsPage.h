#pragma once

#include "ui/properties/PropertyPage.h"

class QButtonGroup;
class QLineEdit;
class QSpinBox;

namespace sa::ui {

/// Connections of an Internet Mail Service (Exchange 5.5's page, as far as it applies here): the
/// Transfer Mode (Inbound & Outbound, Inbound Only, Outbound Only, None - flush queues), where
/// outgoing mail is handed (the smart host: the MTA, Postfix, with its SMTP port), and this site's
/// mail domain, which that MTA delivers to `siteadminctl deliver`. DNS, retries and TLS are the MTA's.
class ImsConnectionsPage : public PropertyPage
{
    Q_OBJECT

public:
    explicit ImsConnectionsPage(QWidget* parent = nullptr);

    QString title() const override { return tr("Connections"); }
    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override;
    QString validate() const override;

private:
    QButtonGroup* m_mode;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_domain;
    QLineEdit* m_mtaConfiguration;
    core::DirectoryObject m_object;
};

} // namespace sa::ui
