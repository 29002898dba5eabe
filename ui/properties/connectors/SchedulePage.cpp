#include "SchedulePage.h"

#include "core/directory/Schema.h"
#include "core/services/Schedule.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sa::ui {

namespace attr = core::attr;
using core::Schedule;

SchedulePage::SchedulePage(QWidget* parent)
    : PropertyPage(parent), m_never(new QRadioButton(tr("N&ever"))),
      m_always(new QRadioButton(tr("&Always"))), m_selected(new QRadioButton(tr("&Selected times"))),
      m_grid(new QTableWidget(7, 24))
{
    setObjectName(QStringLiteral("schedulePage"));
    m_never->setObjectName(QStringLiteral("neverRadio"));
    m_always->setObjectName(QStringLiteral("alwaysRadio"));
    m_selected->setObjectName(QStringLiteral("selectedTimesRadio"));
    m_grid->setObjectName(QStringLiteral("scheduleGrid"));
    m_grid->setAccessibleName(tr("Hours of the week"));
    marks(m_always, core::attr::ActivationStyle, tr("Runs"));
    marks(m_grid, core::attr::ActivationSchedule, tr("Hours"));
    QStringList days;
    for (int d = 0; d < 7; ++d) // Sunday first
        days << QLocale().dayName(d == 0 ? 7 : d, QLocale::ShortFormat);
    m_grid->setVerticalHeaderLabels(days);
    QStringList hourLabels;
    for (int h = 0; h < 24; ++h)
        hourLabels << QString::number(h);
    m_grid->setHorizontalHeaderLabels(hourLabels);
    // All 24 hours in view at once, as on the original's grid.
    m_grid->horizontalHeader()->setMinimumSectionSize(16);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_grid->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::MultiSelection);
    m_grid->setToolTip(tr("Click or drag over the hours to run in (local time)."));
    for (int r = 0; r < 7; ++r) {
        for (int c = 0; c < 24; ++c)
            m_grid->setItem(r, c, new QTableWidgetItem);
    }
    auto* styles = new QHBoxLayout;
    for (QRadioButton* b : {m_never, m_always, m_selected}) {
        styles->addWidget(b);
        connect(b, &QRadioButton::toggled, this, [this](bool on) {
            if (on) {
                updateGrid();
                Q_EMIT edited();
            }
        });
    }
    styles->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(styles);
    layout->addWidget(m_grid, 1);
    connect(m_grid, &QTableWidget::itemSelectionChanged, this, &PropertyPage::edited);
}

void SchedulePage::load(const core::DirectoryObject& object)
{
    m_object = object;
    const QSignalBlocker b1(m_never);
    const QSignalBlocker b2(m_always);
    const QSignalBlocker b3(m_selected);
    const QSignalBlocker b4(m_grid);
    const QString s = object.value(attr::ActivationStyle);
    m_never->setChecked(s == QLatin1String("0"));
    m_selected->setChecked(s == QLatin1String("1"));
    m_always->setChecked(!m_never->isChecked() && !m_selected->isChecked());
    const QString h = object.value(attr::ActivationSchedule);
    m_grid->clearSelection();
    for (int i = 0; i < Schedule::Hours; ++i)
        m_grid->item(i / 24, i % 24)->setSelected(i < h.size() && h.at(i) == QLatin1Char('1'));
    updateGrid();
}

QString SchedulePage::style() const
{
    return QString::number(m_never->isChecked()      ? Schedule::Never
                           : m_selected->isChecked() ? Schedule::SelectedTimes
                                                     : Schedule::Always);
}

QString SchedulePage::hours() const
{
    QString h(Schedule::Hours, QLatin1Char('0'));
    for (int i = 0; i < Schedule::Hours; ++i) {
        if (m_grid->item(i / 24, i % 24)->isSelected())
            h[i] = QLatin1Char('1');
    }
    return h;
}

void SchedulePage::updateGrid()
{
    m_grid->setEnabled(m_selected->isChecked());
    // Always runs in every hour: every hour is shown filled, greyed (issue 20: an empty grid said
    // it never ran). The hours chosen for Selected times stay selected underneath, for when the
    // administrator comes back to them.
    const QBrush every =
        m_always->isChecked() ? palette().brush(QPalette::Disabled, QPalette::Highlight) : QBrush();
    for (int r = 0; r < m_grid->rowCount(); ++r) {
        for (int c = 0; c < m_grid->columnCount(); ++c)
            m_grid->item(r, c)->setBackground(every);
    }
}

QList<core::AttributeChange> SchedulePage::changes() const
{
    QList<core::AttributeChange> out;
    if (style() != m_object.value(attr::ActivationStyle))
        out.append({attr::ActivationStyle, core::AttributeChange::Op::Replace, {style()}});
    const QString h = m_selected->isChecked() ? hours() : m_object.value(attr::ActivationSchedule);
    if (h != m_object.value(attr::ActivationSchedule))
        out.append({attr::ActivationSchedule, core::AttributeChange::Op::Replace, {h}});
    return out;
}

QString SchedulePage::validate() const
{
    if (m_selected->isChecked() && !hours().contains(QLatin1Char('1')))
        return problemIn(m_grid, tr("Select at least one hour, or choose Never."));
    return {};
}

} // namespace sa::ui
