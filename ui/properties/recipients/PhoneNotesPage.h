#pragma once

#include "ui/properties/FieldsPage.h"

namespace sa::ui {

/// Phone/Notes page: business, business 2, fax, assistant, home, home 2, mobile and pager numbers,
/// and notes.
class PhoneNotesPage : public FieldsPage
{
    Q_OBJECT

public:
    explicit PhoneNotesPage(QWidget* parent = nullptr);

    QString title() const override { return tr("Phone/Notes"); }
};

} // namespace sa::ui
