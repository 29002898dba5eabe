#pragma once

#include "ui/properties/PropertyPage.h"

class QComboBox;

namespace sa::ui {

/// Directory Synchronization > Diagnostics Logging (reference §3.4, §4; Q180434): the service
/// MSExchangeDX with its categories, each at None, Minimum, Medium or Maximum. Errors are always
/// logged; warnings from Minimum; information from Medium (DirsyncDiagnostics).
class DiagnosticsLoggingPage : public PropertyPage
{
    Q_OBJECT

public:
    explicit DiagnosticsLoggingPage(QWidget* parent = nullptr);
    QString title() const override { return tr("Diagnostics Logging"); }
    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override;

private:
    QStringList values() const;

    QList<QComboBox*> m_levels; ///< one per category, in DirsyncDiagnostics::categories() order
    core::DirectoryObject m_object;
};

} // namespace sa::ui
