#pragma once

#include "ui/properties/GeneralPage.h"

class QCheckBox;
class QComboBox;

namespace sa::ui {

class ReferenceField;

/// Directory Synchronization Server > General (reference exchange-admin-ui.md §3.1): the common
/// General fields, the server whose directory synchronization service runs the role
/// (Responsible-Local-DXA; this site's servers, the connected one first), the dirsync
/// administrator (Dirsync Admin..., any recipient, or none) and the two check boxes
/// "Copy administrator on outgoing messages" and "Forward incoming dirsync messages to
/// administrator", which can be set with no administrator chosen (Q174741).
class DirsyncServerGeneralPage : public GeneralPage
{
    Q_OBJECT

public:
    explicit DirsyncServerGeneralPage(QWidget* parent = nullptr);

    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override;
    QString validate() const override;
    /// The server chosen, for the wizard's summary.
    QString serverName() const;
    /// Fills `combo` with this site's servers (DN as data) and selects `current` (a DN).
    static void fillServers(QComboBox* combo, core::DirectoryStore* store, const QString& current);

private:
    QString serverDn() const;

    QComboBox* m_server;
    ReferenceField* m_administrator;
    QCheckBox* m_copy;
    QCheckBox* m_forward;
    core::DirectoryObject m_object;
};

} // namespace sa::ui
