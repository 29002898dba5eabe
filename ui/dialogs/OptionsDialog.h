#pragma once

#include "core/directory/AutoNaming.h"

#include <QDialog>

class QButtonGroup;
class QLineEdit;

namespace sa::ui {

/// Tools > Options: the Auto Naming tab ("Use Auto Naming Options to control the way display and
/// alias names for mailboxes and custom recipients are automatically generated").
class OptionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OptionsDialog(QWidget* parent = nullptr);

    core::AutoNaming naming() const;
    void accept() override;

private:
    QButtonGroup* m_display;
    QButtonGroup* m_alias;
    QLineEdit* m_customDisplay;
    QLineEdit* m_customAlias;
};

} // namespace sa::ui
