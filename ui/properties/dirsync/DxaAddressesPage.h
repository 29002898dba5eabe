#pragma once

#include "ui/properties/PropertyPage.h"

class QTreeWidget;

namespace sa::ui {

/// Directory Synchronization > E-mail Addresses (reference §3.4, Q150828): the addresses the site's
/// directory synchronization service answers to, MS:ORG/SITE/$SYSTEM as the dirsync server and
/// MS:ORG/SITE/SYSTEM1 as a requestor ("always SYSTEMx when the DXA is a requestor"). They follow
/// from the organization's and site's names, so the page shows them and does not edit them.
class DxaAddressesPage : public PropertyPage
{
    Q_OBJECT

public:
    explicit DxaAddressesPage(QWidget* parent = nullptr);
    QString title() const override { return tr("E-mail Addresses"); }
    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override { return {}; }

private:
    QTreeWidget* m_list;
};

} // namespace sa::ui
