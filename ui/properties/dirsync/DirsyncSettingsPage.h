#pragma once

#include "ui/properties/PropertyPage.h"

class QCheckBox;
class QLineEdit;

namespace sa::ui {

/// Dir-Sync Requestor > Settings (xog11006): the dirsync password (the one registered on the MS Mail
/// dirsync server), Participation (Send updates, Receive updates: DXA-Exchange-Options), Template
/// information (Send local template information, Receive template information), and Dirsync
/// information (Import on next cycle, Export on next cycle). On the first cycle everything is
/// exported and imported anyway.
class DirsyncSettingsPage : public PropertyPage
{
    Q_OBJECT

public:
    explicit DirsyncSettingsPage(QWidget* parent = nullptr);
    QString title() const override { return tr("Settings"); }
    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override;
    /// The directory's password rule (core::PasswordRule), said here before anything is written.
    QString validate() const override;

private:
    QLineEdit* m_password;
    QCheckBox* m_send;
    QCheckBox* m_receive;
    QCheckBox* m_sendTemplates;
    QCheckBox* m_receiveTemplates;
    QCheckBox* m_importNow;
    QCheckBox* m_exportNow;
    core::DirectoryObject m_object;
};

} // namespace sa::ui
