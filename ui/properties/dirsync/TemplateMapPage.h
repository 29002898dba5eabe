#pragma once

#include "ui/properties/connectors/ValueListPage.h"

namespace sa::ui {

/// Directory Synchronization > Incoming Templates and Outgoing Templates (reference §3.4, Q158694,
/// Q150968): each row maps an MS Mail template prompt ("Department:", with its colon) to a
/// recipient attribute, with New... / Edit... / Remove. Incoming: what an imported entry's template
/// field fills; outgoing: what an exported recipient's attribute is sent as.
class TemplateMapPage : public ValueListPage
{
    Q_OBJECT

public:
    /// `incoming`: DXA-In-Template-Map, else DXA-Out-Template-Map.
    explicit TemplateMapPage(bool incoming, QWidget* parent = nullptr);
    QString title() const override;

protected:
    QStringList columns(const QString& value) const override;
    void edit(int row) override;
    /// Incoming, while none is set: the mappings the engine applies anyway, greyed.
    QStringList derived() const override;
    QString derivedToolTip() const override;

private:
    bool m_incoming;
};

} // namespace sa::ui
