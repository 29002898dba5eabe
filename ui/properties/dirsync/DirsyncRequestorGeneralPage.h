#pragma once

#include "ui/properties/GeneralPage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace sa::ui {

/// Dir-Sync Requestor > General (reference exchange-admin-ui.md §3.3, xog11003): the common General
/// fields (name up to 64 characters), "Append to imported users' display name", the address types
/// to request from the server's master list (PCM, and gateway types such as PROFS or SMTP), the
/// requestor language and the server whose Directory Synchronization service is the requestor.
class DirsyncRequestorGeneralPage : public GeneralPage
{
    Q_OBJECT

public:
    explicit DirsyncRequestorGeneralPage(QWidget* parent = nullptr);

    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override;
    QString validate() const override;

private:
    QStringList types() const;

    QCheckBox* m_append;
    QLineEdit* m_types;
    QComboBox* m_language;
    QComboBox* m_server;
    core::DirectoryObject m_object;
};

} // namespace sa::ui
