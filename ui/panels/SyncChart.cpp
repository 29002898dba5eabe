#include "SyncChart.h"

#include "ui/common/Tones.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace sa::ui {

SyncChart::SyncChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("syncChart"));
    // A picture says nothing to a screen reader: its name, and the newest cycle in words (setRuns).
    setAccessibleName(tr("Synchronization cycles"));
    setRenderHint(QPainter::Antialiasing);
    // The tab names what is drawn; without a title the chart reads at 120 px (issue 20: the panel
    // crowded the window).
    setMinimumHeight(120);
    setRuns({});
}

void SyncChart::setRuns(const QList<core::DirsyncRun>& runs)
{
    m_cycles = core::DirsyncLog::cycles(runs);
    if (m_cycles.size() > MaxCycles)
        m_cycles = m_cycles.mid(m_cycles.size() - MaxCycles);

    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* bars = new QStackedBarSeries;
    QList<QBarSet*> sets;
    for (const char* name :
         {QT_TR_NOOP("Adds"), QT_TR_NOOP("Modifies"), QT_TR_NOOP("Deletes"), QT_TR_NOOP("Errors")}) {
        auto* set = new QBarSet(tr(name));
        sets << set;
        bars->append(set);
    }
    m_sets = sets;
    auto* durations = new QLineSeries;
    m_durations = durations;
    durations->setName(tr("Seconds"));
    QStringList labels;
    double longest = 0;
    int most = 0;
    for (int i = 0; i < m_cycles.size(); ++i) {
        const core::DirsyncCycleTotals& c = m_cycles.at(i);
        *sets[0] << c.adds;
        *sets[1] << c.modifies;
        *sets[2] << c.deletes;
        *sets[3] << c.errors;
        const double seconds = double(c.started.msecsTo(c.finished)) / 1000.0;
        durations->append(i, seconds);
        longest = std::max(longest, seconds);
        most = std::max(most, c.adds + c.modifies + c.deletes + c.errors);
        labels << QLocale().toString(c.started.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
    }
    chart->addSeries(bars);
    chart->addSeries(durations);
    auto* x = new QBarCategoryAxis;
    x->append(labels.isEmpty() ? QStringList{QString()} : labels);
    m_times = x;
    auto* count = new QValueAxis;
    count->setRange(0, std::max(1, most));
    count->applyNiceNumbers();
    count->setLabelFormat(QStringLiteral("%d"));
    count->setTitleText(tr("Entries"));
    auto* time = new QValueAxis;
    time->setRange(0, std::max(1.0, longest * 1.1));
    time->setTitleText(tr("Seconds"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(count, Qt::AlignLeft);
    chart->addAxis(time, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(count);
    durations->attachAxis(x);
    durations->attachAxis(time);
    if (m_cycles.isEmpty()) {
        setAccessibleDescription(tr("No synchronization cycle yet."));
    } else {
        const core::DirsyncCycleTotals& last = m_cycles.constLast();
        setAccessibleDescription(
            tr("%n cycle(s) shown. The newest, at %1: %2 adds, %3 modifies, %4 deletes, %5 errors in %6 "
               "seconds.",
               nullptr, int(m_cycles.size()))
                .arg(QLocale().toString(last.started.toLocalTime().time(), QStringLiteral("HH:mm:ss")))
                .arg(last.adds)
                .arg(last.modifies)
                .arg(last.deletes)
                .arg(last.errors)
                .arg(QLocale().toString(double(last.started.msecsTo(last.finished)) / 1000.0, 'f', 1)));
    }
    QChart* old = this->chart();
    setChart(chart);
    delete old;
    applyPalette();
    fitTimes();
}

void SyncChart::applyPalette()
{
    QChart* c = chart();
    if (!c || m_sets.size() != 4 || !m_durations)
        return;
    const QPalette p = palette();
    const QColor background = p.color(QPalette::Base);
    const QColor text = p.color(QPalette::Text);
    c->setBackgroundBrush(background);
    c->setBackgroundPen(Qt::NoPen);
    c->setPlotAreaBackgroundVisible(false);
    c->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : c->axes()) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(p.color(QPalette::Mid));
        axis->setLinePenColor(p.color(QPalette::Mid));
    }
    // The hues of adds (green), modifies (blue), deletes (amber) and errors (red), each made to
    // stand out from this background.
    const QColor hues[] = {QColor::fromHsl(142, 200, 80), QColor::fromHsl(221, 200, 110),
                           QColor::fromHsl(32, 230, 90), QColor::fromHsl(0, 200, 100)};
    for (int i = 0; i < 4; ++i) {
        const QColor colour = Tones::graphic(hues[i], background);
        m_sets[i]->setColor(colour);
        m_sets[i]->setBorderColor(colour);
        m_sets[i]->setLabelColor(text);
    }
    QPen line(Tones::graphic(p.color(QPalette::Highlight), background));
    line.setWidth(2);
    m_durations->setPen(line);
}

void SyncChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

bool SyncChart::timesShown() const
{
    return m_times && m_times->labelsVisible();
}

void SyncChart::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    fitTimes();
}

void SyncChart::fitTimes()
{
    if (!m_times)
        return;
    // Thirty times of "HH:mm:ss" under thirty bars were elided to "..." (issue 20): written when
    // each has room, else the axis says the span.
    const int each = fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")) + fontMetrics().height();
    const int room = int(chart()->plotArea().width() > 0 ? chart()->plotArea().width() : width() * 0.8);
    const bool fit = m_cycles.size() * each <= room;
    m_times->setLabelsVisible(fit);
    m_times->setTitleText(
        fit || m_cycles.isEmpty()
            ? QString()
            : tr("%1 cycles from %2 to %3") // never one: one always fits
                  .arg(m_cycles.size())
                  .arg(m_times->categories().constFirst(), m_times->categories().constLast()));
}

} // namespace sa::ui
