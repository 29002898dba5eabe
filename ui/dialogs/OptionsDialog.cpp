#include "OptionsDialog.h"

#include "core/host/Retention.h"
#include "ui/common/AutoNamingSettings.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sa::ui {

using core::AutoNaming;

OptionsDialog::OptionsDialog(QWidget* parent)
    : QDialog(parent), m_display(new QButtonGroup(this)), m_alias(new QButtonGroup(this)),
      m_customDisplay(new QLineEdit), m_customAlias(new QLineEdit)
{
    setObjectName(QStringLiteral("optionsDialog"));
    setWindowTitle(tr("Options"));
    m_customDisplay->setObjectName(QStringLiteral("customDisplayEdit"));
    m_customAlias->setObjectName(QStringLiteral("customAliasEdit"));
    const AutoNaming current = AutoNamingSettings::load();

    auto group = [](const QString& title, QButtonGroup* buttons,
                    const QList<std::pair<QString, QString>>& choices, int checked, QLineEdit* custom) {
        auto* box = new QGroupBox(title);
        auto* grid = new QGridLayout(box);
        for (int i = 0; i < choices.size(); ++i) {
            auto* r = new QRadioButton(choices.at(i).first);
            r->setObjectName(choices.at(i).second);
            buttons->addButton(r, i);
            grid->addWidget(r, i, 0);
            r->setChecked(i == checked);
        }
        grid->addWidget(custom, 2, 1);
        grid->setColumnStretch(1, 1);
        grid->setColumnMinimumWidth(0, 230); // both groups' custom fields line up
        return box;
    };
    auto* page = new QWidget;
    auto* pageLayout = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("Use Auto Naming Options to control the way display and alias names for "
                                "mailboxes and custom recipients are automatically generated."));
    intro->setWordWrap(true);
    pageLayout->addWidget(intro);
    pageLayout->addWidget(group(tr("Display name generation"), m_display,
                                {{tr("&First Last (John Smith)"), QStringLiteral("displayFirstLastRadio")},
                                 {tr("&Last, First (Smith, John)"), QStringLiteral("displayLastFirstRadio")},
                                 {tr("&Custom:"), QStringLiteral("displayCustomRadio")},
                                 {tr("&None"), QStringLiteral("displayNoneRadio")}},
                                int(current.display), m_customDisplay));
    pageLayout->addWidget(
        group(tr("Alias name generation"), m_alias,
              {{tr("First name + last &initial (JohnS)"), QStringLiteral("aliasFirstInitialRadio")},
               {tr("First initial + last na&me (JSmith)"), QStringLiteral("aliasInitialLastRadio")},
               {tr("C&ustom:"), QStringLiteral("aliasCustomRadio")},
               {tr("N&one"), QStringLiteral("aliasNoneRadio")}},
              int(current.alias), m_customAlias));
    auto* syntax =
        new QLabel(tr("Custom formats: %First, %Last, %Initials; %1First is the first letter of the "
                      "first name."));
    syntax->setWordWrap(true);
    pageLayout->addWidget(syntax);
    pageLayout->addStretch(1);
    m_customDisplay->setText(current.customDisplay);
    m_customAlias->setText(current.customAlias);

    auto* services = new QWidget;
    services->setObjectName(QStringLiteral("servicesOptionsPage"));
    m_cycleMinutes = new QSpinBox;
    m_cycleMinutes->setObjectName(QStringLiteral("cycleMinutesSpin"));
    m_cycleMinutes->setRange(1, 24 * 60);
    m_cycleMinutes->setSuffix(tr(" minutes"));
    m_cycleMinutes->setValue(std::max(1, savedCycleSeconds() / 60));
    auto* servicesForm = new QFormLayout;
    auto* cycleLabel = new QLabel(tr("&Dirsync cycle every:"));
    cycleLabel->setBuddy(m_cycleMinutes);
    servicesForm->addRow(cycleLabel, m_cycleMinutes);
    auto* cycleNote =
        new QLabel(tr("When the Directory Synchronization Server's (or the Dir-Sync Requestor's) "
                      "Schedule is Always, a whole cycle runs this often while the services run "
                      "in this window. Selected times run at the top of each selected hour."));
    cycleNote->setWordWrap(true);
    m_keepDays = new QSpinBox;
    m_keepDays->setObjectName(QStringLiteral("keepDaysSpin"));
    m_keepDays->setRange(0, 3650);
    m_keepDays->setSuffix(tr(" days"));
    m_keepDays->setSpecialValueText(tr("for ever"));
    m_keepDays->setValue(savedKeepDays());
    auto* keepLabel = new QLabel(tr("&Keep events and run history:"));
    keepLabel->setBuddy(m_keepDays);
    auto* keepNote = new QLabel(tr("Older events (View > Event Log), dirsync runs (Synchronization "
                                   "Status) and entries of the audit trail (siteadminctl audit) are let go "
                                   "once a day by the services in this window."));
    keepNote->setWordWrap(true);
    m_runningNote = new QLabel;
    m_runningNote->setObjectName(QStringLiteral("runningCycleNote"));
    m_runningNote->setWordWrap(true);
    m_runningNote->hide();
    // One form, the notes under their rows across both columns, so the fields line up.
    servicesForm->addRow(cycleNote);
    servicesForm->addRow(m_runningNote);
    servicesForm->addRow(keepLabel, m_keepDays);
    servicesForm->addRow(keepNote);
    auto* servicesLayout = new QVBoxLayout(services);
    servicesLayout->addLayout(servicesForm);
    servicesLayout->addStretch(1);

    auto* tabs = new QTabWidget;
    tabs->addTab(page, tr("Auto Naming"));
    tabs->addTab(services, tr("Services"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("optionsButtons"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OptionsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OptionsDialog::reject);
    resize(440, 440);
}

AutoNaming OptionsDialog::naming() const
{
    AutoNaming n;
    n.display = AutoNaming::DisplayFormat(std::max(0, m_display->checkedId()));
    n.alias = AutoNaming::AliasFormat(std::max(0, m_alias->checkedId()));
    n.customDisplay = m_customDisplay->text();
    n.customAlias = m_customAlias->text();
    return n;
}

void OptionsDialog::setRunningCycleSeconds(int seconds)
{
    // Issue 20: the demo cycled every 30 seconds while this page said 15 minutes.
    const bool differs = seconds > 0 && seconds != savedCycleSeconds();
    m_runningNote->setText(differs ? tr("The services of this window cycle every %1 seconds: the demo "
                                        "organization's interval, so that its cycles show within a minute. "
                                        "This setting applies when another organization is open.")
                                         .arg(seconds)
                                   : QString());
    m_runningNote->setVisible(differs);
}

int OptionsDialog::cycleSeconds() const
{
    return m_cycleMinutes->value() * 60;
}

int OptionsDialog::savedCycleSeconds()
{
    return QSettings().value(QStringLiteral("services/cycleSeconds"), 15 * 60).toInt();
}

int OptionsDialog::keepDays() const
{
    return m_keepDays->value();
}

int OptionsDialog::savedKeepDays()
{
    return QSettings().value(QStringLiteral("services/keepDays"), core::Retention::DefaultKeepDays).toInt();
}

void OptionsDialog::accept()
{
    AutoNamingSettings::save(naming());
    QSettings().setValue(QStringLiteral("services/cycleSeconds"), cycleSeconds());
    QSettings().setValue(QStringLiteral("services/keepDays"), keepDays());
    QDialog::accept();
}

} // namespace sa::ui
