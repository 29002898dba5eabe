#pragma once

#include "core/dirsync/DirsyncLog.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;
class QLineSeries;

namespace sa::ui {

/// The Synchronization Status chart: per cycle (the history's runs grouped, DirsyncLog::cycles),
/// stacked bars of adds, modifies, deletes and errors, and a line of how long each cycle took.
class SyncChart : public QChartView
{
    Q_OBJECT

public:
    static constexpr int MaxCycles = 30; ///< the newest ones shown

    explicit SyncChart(QWidget* parent = nullptr);

    void setRuns(const QList<core::DirsyncRun>& runs);
    /// What is drawn, for tests: the cycles shown.
    const QList<core::DirsyncCycleTotals>& cycles() const { return m_cycles; }

    /// Whether each cycle's start time is written under its bar (they are when they fit; else the
    /// axis title gives the first and last).
    bool timesShown() const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void fitTimes();
    /// The chart's colours from the palette (a dark theme draws a dark chart); each series keeps its
    /// hue at 3:1 against the chart's background (Tones::graphic).
    void applyPalette();

    QList<core::DirsyncCycleTotals> m_cycles;
    QBarCategoryAxis* m_times = nullptr;
    QList<QBarSet*> m_sets;
    QLineSeries* m_durations = nullptr;
};

} // namespace sa::ui
