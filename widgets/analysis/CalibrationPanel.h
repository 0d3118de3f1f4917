#pragma once
// How far the model's confidence can be trusted (Qt Charts): the reliability
// diagram (accuracy against mean top-class confidence per bin, beside the
// diagonal of perfect calibration) above a histogram of the confidences split
// into right and wrong predictions, with ECE and the Brier score in the title.
// Reads the report's Calibration (10 bins on the top-class confidence).
#include "EvaluationResult.h"

#include <QWidget>

#include <memory>

class QBoxLayout;
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QStackedBarSeries;

namespace nw {

class CalibrationPanel : public QWidget {
    Q_OBJECT
public:
    explicit CalibrationPanel(QWidget* parent = nullptr);

    void setResult(std::shared_ptr<const EvaluationResult> result);

    QLineSeries* reliability() const { return m_reliability; }
    QStackedBarSeries* histogram() const { return m_histogram; }
    QString title() const;
    // bin_lower, bin_upper, count, correct, mean_confidence, accuracy.
    QString csv() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();

    std::shared_ptr<const EvaluationResult> m_result;
    QLabel* m_placeholder;
    QWidget* m_charts;
    QBoxLayout* m_chartsLayout;
    QChart* m_reliabilityChart;
    QChart* m_histogramChart;
    QLineSeries* m_reliability = nullptr;
    QStackedBarSeries* m_histogram = nullptr;
};

} // namespace nw
