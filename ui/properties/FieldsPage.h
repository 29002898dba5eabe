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

    /// A page with edits of its own takes the pending values of its text fields; one without is
    /// loaded again by the sheet, which shows every field.
    QStringList showPending(const core::AttributeValues& values) override
    {
        if (changes().isEmpty())
            return {};
        QStringList shown;
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            if (m_fields.binds(it.key())) {
                m_fields.setValue(it.key(), it.value().value(0));
                shown << it.key();
            }
        }
        return shown;
    }

protected:
    FieldBinding m_fields;
    core::DirectoryObject m_object;
};

} // namespace sa::ui
