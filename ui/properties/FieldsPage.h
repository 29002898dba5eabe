#pragma once

#include "FieldBinding.h"
#include "PropertyPage.h"

namespace sa::ui {

/// A page whose text fields are bound to attributes: load() fills them, changes() reports the edited
/// ones. Pages with more than text fields extend both.
class FieldsPage : public PropertyPage
{
    Q_OBJECT

public:
    using PropertyPage::PropertyPage;

    void load(const core::DirectoryObject& object) override
    {
        m_object = object;
        m_fields.load(object);
    }
    QList<core::AttributeChange> changes() const override
    {
        QList<core::AttributeChange> out;
        m_fields.collect(m_object, out);
        return out;
    }

protected:
    FieldBinding m_fields;
    core::DirectoryObject m_object;
};

} // namespace sa::ui
