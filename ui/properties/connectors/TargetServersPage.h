#pragma once

#include "ui/properties/PropertyPage.h"

#include <functional>

class QListWidget;
class QSpinBox;
class QTreeWidget;

namespace sa::ui {

/// Site Connector > Target Servers: the servers of the target site (left), the ones this
/// connector hands mail to (right) with each one's cost, 0 (use first) to 100 (last resort),
/// Add / Remove and Set Value. Stored as "SERVER;cost". When the list is empty any server of the
/// target site takes the mail.
class TargetServersPage : public PropertyPage
{
    Q_OBJECT

public:
    explicit TargetServersPage(QWidget* parent = nullptr);

    QString title() const override { return tr("Target Servers"); }
    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override;
    /// Where the target site comes from (the General page, which may still change it).
    void setTargetSiteSource(std::function<QString()> source) { m_targetSite = std::move(source); }
    /// Lists the target site's servers again (after the target changed).
    void refreshSiteServers();
    QStringList values() const;

private:
    void addSelected();
    void removeSelected();
    void setCost();

    QListWidget* m_siteServers;
    QTreeWidget* m_targets;
    QSpinBox* m_cost;
    std::function<QString()> m_targetSite;
    core::DirectoryObject m_object;
};

} // namespace sa::ui
