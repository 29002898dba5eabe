#pragma once

#include "ui/properties/PropertyPage.h"

class QComboBox;
class QSpinBox;

namespace sa::ui {

/// Import Container (xog11013): the recipients container of this site the requestor's entries
/// become custom recipients in, fixed once chosen ("You cannot choose another directory import
/// container once one has been specified"), and the trust level stamped on them.
class ImportContainerPage : public PropertyPage
{
    Q_OBJECT

public:
    explicit ImportContainerPage(QWidget* parent = nullptr);
    QString title() const override { return tr("Import Container"); }
    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override;
    QString validate() const override;

private:
    QComboBox* m_container;
    QSpinBox* m_trust;
    core::DirectoryObject m_object;
};

} // namespace sa::ui
