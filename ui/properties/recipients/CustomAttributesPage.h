#pragma once

#include "ui/properties/FieldBinding.h"
#include "ui/properties/PropertyPage.h"

namespace sa::ui {

/// Custom Attributes page: Custom Attribute 1 to 10 (Extension-Attribute-1 .. -10).
class CustomAttributesPage : public PropertyPage
{
    Q_OBJECT

public:
    explicit CustomAttributesPage(QWidget* parent = nullptr);

    QString title() const override { return tr("Custom Attributes"); }
    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override;

private:
    FieldBinding m_fields;
    core::DirectoryObject m_object;
};

} // namespace sa::ui
