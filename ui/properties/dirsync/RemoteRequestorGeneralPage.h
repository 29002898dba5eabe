#pragma once

#include "ui/properties/GeneralPage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace sa::ui {

/// Remote Dir-Sync Requestor > General (reference exchange-admin-ui.md §3.2, Q180297): the common
/// General fields (the name, usually the postoffice's), the dirsync password twice (it must equal
/// the one registered on the MS Mail side), the requestor address type (MS; MSA for AppleTalk
/// postoffices), the requestor language, "Append to imported users' display name", and "Export on
/// next cycle" / "Import on next cycle".
class RemoteRequestorGeneralPage : public GeneralPage
{
    Q_OBJECT

public:
    explicit RemoteRequestorGeneralPage(QWidget* parent = nullptr);

    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override;
    QString validate() const override;

    /// The languages and the code pages they are kept as (DXA-Recipient-CP). Decided: MS Mail's
    /// DOS code pages, English 437 and the western European languages 850.
    static const QList<std::pair<QString, int>>& languages();

private:
    QLabel* m_postoffice; ///< the MS Mail postoffice it stands for (DXA-ReqName), fixed once made
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QComboBox* m_addressType;
    QComboBox* m_language;
    QCheckBox* m_append;
    QCheckBox* m_exportNow;
    QCheckBox* m_importNow;
    core::DirectoryObject m_object;
};

} // namespace sa::ui
