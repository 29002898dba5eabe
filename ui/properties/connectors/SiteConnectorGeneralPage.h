#pragma once

#include "ui/properties/GeneralPage.h"

class QComboBox;
class QRadioButton;
class QSpinBox;

namespace sa::ui {

/// Site Connector > General: the common General fields, then the target site (chosen when the
/// connector is created, fixed afterwards), the cost (1-100, default 1) and the messaging
/// bridgehead in the local site (any server, or a specific one).
class SiteConnectorGeneralPage : public GeneralPage
{
    Q_OBJECT

public:
    explicit SiteConnectorGeneralPage(QWidget* parent = nullptr);

    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override;
    QString validate() const override;
    QString targetSite() const;
    /// The postoffice MS Mail sees the target site as (ORGANIZATION/SITE); empty without a target.
    QString shadowPostofficeOfTarget() const;

Q_SIGNALS:
    void targetSiteChanged();

private:
    QString bridgeheadValue() const;

    QComboBox* m_targetSite;
    QSpinBox* m_cost;
    QRadioButton* m_anyServer;
    QRadioButton* m_specificServer;
    QComboBox* m_bridgehead;
    core::DirectoryObject m_object;
};

} // namespace sa::ui
