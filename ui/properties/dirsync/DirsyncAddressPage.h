#pragma once

#include "ui/properties/PropertyPage.h"

class QLabel;

namespace sa::ui {

class ReferenceField;

/// Remote Dir-Sync Requestor > Dir-Sync Address (Q152167, Q191015): where its dirsync mail goes, an
/// MS Mail custom recipient NETWORK/POSTOFFICE/$SYSTEM. For a postoffice of this site's MS Mail
/// Connector the hidden one is made with the requestor; for a <non msmail requestor> the
/// administrator picks it with Dirsync Address... (one made with New Custom Recipient > Microsoft
/// Mail Address, mailbox $system).
class DirsyncAddressPage : public PropertyPage
{
    Q_OBJECT

public:
    explicit DirsyncAddressPage(QWidget* parent = nullptr);
    QString title() const override { return tr("Dir-Sync Address"); }
    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override;
    QString validate() const override;

private:
    QLabel* m_explanation;
    ReferenceField* m_address;
    core::DirectoryObject m_object;
};

} // namespace sa::ui
