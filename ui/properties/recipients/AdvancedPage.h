#pragma once

#include "ui/properties/FieldsPage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace sa::ui {

/// Advanced page: trust level, a mailbox's home server, "Hide from address book", the administrative
/// note, and (for imported custom recipients) where the recipient came from. Choosing another home
/// server of the site moves the mailbox there when the sheet is applied (issue 22: an edit of
/// Home-Server; its mail is the site's and goes with it).
class AdvancedPage : public FieldsPage
{
    Q_OBJECT

public:
    explicit AdvancedPage(QWidget* parent = nullptr);

    QString title() const override { return tr("Advanced"); }
    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override;

private:
    /// Fills the home server box with the site's servers, `current` (a DN) chosen.
    void listServers(const QString& current);

    QSpinBox* m_trust;
    QLabel* m_homeLabel;
    QComboBox* m_home;
    QCheckBox* m_hide;
    QLabel* m_imported;
};

} // namespace sa::ui
