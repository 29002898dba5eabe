#include "CustomAttributesPage.h"

#include "core/directory/Schema.h"

#include <QFormLayout>

namespace sa::ui {

CustomAttributesPage::CustomAttributesPage(QWidget* parent) : FieldsPage(parent)
{
    setObjectName(QStringLiteral("customAttributesPage"));
    auto* form = new QFormLayout(this);
    for (int i = 1; i <= core::attr::ExtensionAttributeCount; ++i) {
        form->addRow(
            tr("Custom Attribute %1:").arg(i),
            m_fields.line(core::attr::extensionAttribute(i), QStringLiteral("customAttribute%1Edit").arg(i)));
    }
    m_fields.onEdited(this, &PropertyPage::edited);
}

} // namespace sa::ui
