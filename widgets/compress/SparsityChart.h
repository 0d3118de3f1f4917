#pragma once
// The Compress view's chart: accuracy (or loss, for networks without classes)
// against sparsity, the magnitude-pruning sweep as a line and the models the user
// made as points: pruned, fine-tuned, int8. Shows a CompressionReport; owns nothing else.
#include "training/CompressionReport.h"

#include <QChartView>

class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace nw {

class SparsityChart : public QChartView {
    Q_OBJECT
public:
    explicit SparsityChart(QWidget* parent = nullptr);
    void setReport(const CompressionReport& report);

    // The points drawn, for tests: the sweep, then the single models.
    const QLineSeries* sweepSeries() const { return m_sweep; }
    const QScatterSeries* prunedSeries() const { return m_pruned; }
    const QScatterSeries* fineTunedSeries() const { return m_fineTuned; }
    const QScatterSeries* int8Series() const { return m_int8; }

private:
    QLineSeries* m_sweep;
    QScatterSeries* m_sweepDots;
    QScatterSeries* m_pruned;
    QScatterSeries* m_fineTuned;
    QScatterSeries* m_int8;
    QValueAxis* m_x;
    QValueAxis* m_y;
};

} // namespace nw
