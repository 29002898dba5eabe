#pragma once

#include "ui/properties/FieldsPage.h"

class QCheckBox;
class QLabel;
class QSpinBox;

namespace sa::ui {

/// Advanced page: trust level, "Hide from address book", the administrative note, and (for imported
/// custom recipients) where the recipient came from.
class AdvancedPage : public FieldsPage
{
    Q_OBJECT

public:
    explicit AdvancedPage(QWidget* parent = nullptr);

    QString title() const override { return tr("Advanced"); }
    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override;

private:
    QSpinBox* m_trust;
    QCheckBox* m_hide;
    QLabel* m_imported;
};

} // namespace sa::ui
