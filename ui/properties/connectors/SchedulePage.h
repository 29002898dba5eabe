#pragma once

#include "ui/properties/PropertyPage.h"

class QRadioButton;
class QTableWidget;

namespace sa::ui {

/// Schedule of a connector: Never, Always, or Selected times, a week of hours to click (Sunday
/// first, as the original's grid; local time). The service's run replicates only at selected hours.
class SchedulePage : public PropertyPage
{
    Q_OBJECT

public:
    explicit SchedulePage(QWidget* parent = nullptr);

    QString title() const override { return tr("Schedule"); }
    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override;
    QString validate() const override;

private:
    QString style() const;
    QString hours() const;
    void updateGrid();

    QRadioButton* m_never;
    QRadioButton* m_always;
    QRadioButton* m_selected;
    QTableWidget* m_grid;
    core::DirectoryObject m_object;
};

} // namespace sa::ui
