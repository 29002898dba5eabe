#pragma once

#include "ui/properties/FieldsPage.h"

namespace sa::ui {

/// Custom Attributes page: Custom Attribute 1 to 10 (Extension-Attribute-1 .. -10).
class CustomAttributesPage : public FieldsPage
{
    Q_OBJECT

public:
    explicit CustomAttributesPage(QWidget* parent = nullptr);

    QString title() const override { return tr("Custom Attributes"); }
};

} // namespace sa::ui
