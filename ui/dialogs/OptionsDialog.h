#pragma once

#include "core/directory/AutoNaming.h"

#include <QDialog>

class QButtonGroup;
class QLineEdit;
class QLabel;
class QSpinBox;

namespace sa::ui {

/// Tools > Options: the Auto Naming tab ("Use Auto Naming Options to control the way display and
/// alias names for mailboxes and custom recipients are automatically generated") and the Services
/// tab (how often a dirsync cycle runs when its Schedule is Always).
class OptionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OptionsDialog(QWidget* parent = nullptr);

    core::AutoNaming naming() const;
    /// Services: how often an Always-scheduled dirsync cycle runs (QSettings services/cycleSeconds).
    int cycleSeconds() const;
    static int savedCycleSeconds();
    /// Services: the days events and dirsync runs are kept, 0 for ever (QSettings services/keepDays).
    int keepDays() const;
    static int savedKeepDays();
    void accept() override;
    /// The interval the services of this window run with, when it is not the setting (the demo
    /// cycles every 30 seconds): said under the setting, which then applies to other organizations.
    void setRunningCycleSeconds(int seconds);

private:
    QButtonGroup* m_display;
    QButtonGroup* m_alias;
    QLineEdit* m_customDisplay;
    QLineEdit* m_customAlias;
    QSpinBox* m_cycleMinutes;
    QSpinBox* m_keepDays;
    QLabel* m_runningNote;
};

} // namespace sa::ui
