#pragma once

#include "ui/properties/PropertyPage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace sa::ui {

/// Export Containers (Q180297, Q264286): a Site drop-down and its Recipient containers, Add and
/// Remove to and from "Export these recipients", the trust level (recipients above it are not
/// exported) and "Export custom recipients". By default nothing is exported (xcp04039): the page
/// says so, as a warning, not a refusal.
class ExportContainersPage : public PropertyPage
{
    Q_OBJECT

public:
    explicit ExportContainersPage(QWidget* parent = nullptr);
    QString title() const override { return tr("Export Containers"); }
    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override;

private:
    void showSite();
    void updateWarning();
    QStringList exported() const;

    QComboBox* m_site;
    QListWidget* m_available;
    QListWidget* m_exported;
    QSpinBox* m_trust;
    QCheckBox* m_custom;
    QLabel* m_warning;
    /// Every recipients container this site knows, by site: (display name, DN).
    QMap<QString, QList<std::pair<QString, QString>>> m_containers;
    core::DirectoryObject m_object;
};

} // namespace sa::ui
