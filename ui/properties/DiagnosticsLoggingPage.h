#pragma once

#include "core/directory/Diagnostics.h"
#include "ui/properties/PropertyPage.h"

class QComboBox;

namespace sa::ui {

/// Diagnostics Logging (reference §3.4, §4; Q180434), one page class for every service that has it
/// (Directory Synchronization's MSExchangeDX, the Internet Mail Service's MSExchangeIMC): the
/// service's categories, each at None, Minimum, Medium or Maximum, by the rules of
/// core::Diagnostics.
class DiagnosticsLoggingPage : public PropertyPage
{
    Q_OBJECT

public:
    explicit DiagnosticsLoggingPage(const core::Diagnostics& service, QWidget* parent = nullptr);
    QString title() const override { return tr("Diagnostics Logging"); }
    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override;

private:
    QStringList values() const;

    const core::Diagnostics& m_service;
    QList<QComboBox*> m_levels; ///< one per category, in the service's order
    core::DirectoryObject m_object;
};

} // namespace sa::ui
