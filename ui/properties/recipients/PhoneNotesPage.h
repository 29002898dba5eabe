#pragma once

#include "ui/properties/FieldBinding.h"
#include "ui/properties/PropertyPage.h"

namespace sa::ui {

/// Phone/Notes page: business, business 2, fax, assistant, home, home 2, mobile and pager numbers,
/// and notes.
class PhoneNotesPage : public PropertyPage
{
    Q_OBJECT

public:
    explicit PhoneNotesPage(QWidget* parent = nullptr);

    QString title() const override { return tr("Phone/Notes"); }
    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override;

private:
    FieldBinding m_fields;
    core::DirectoryObject m_object;
};

} // namespace sa::ui
