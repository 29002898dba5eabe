#pragma once

#include "ui/properties/PropertyPage.h"

class QCheckBox;
class QComboBox;

namespace sa::ui {

class ReferenceField;

/// MS Mail Connector > Interchange: the administrator's mailbox (who receives the connector's
/// notices), the primary language for clients, Maximize MS Mail 3.x compatibility and Enable
/// message tracking. (The AppleTalk MTA section is not emulated.)
class InterchangePage : public PropertyPage
{
    Q_OBJECT

public:
    explicit InterchangePage(QWidget* parent = nullptr);

    QString title() const override { return tr("Interchange"); }
    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override;

private:
    ReferenceField* m_administrator;
    QComboBox* m_language;
    QCheckBox* m_compatibility;
    QCheckBox* m_tracking;
    core::DirectoryObject m_object;
};

} // namespace sa::ui
