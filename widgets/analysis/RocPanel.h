#pragma once
// ROC curves of a classifier (Qt Charts): one curve per class one-vs-rest with
// its AUC in the legend, the micro average and the macro average (the per-class
// curves' mean TPR over their FPRs; its AUC is the report's macro AUC), and the
// chance diagonal. Hovering a curve shows the threshold, TPR and FPR there. For
// a two-class model there is a single curve for the second class, a threshold
// slider moving the operating point along it, and the confusion matrix at that
// threshold beside the chart. Reads only an EvaluationResult.
#include "EvaluationResult.h"

#include <QWidget>

#include <array>
#include <memory>

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QSlider;

namespace nw {

class ConfusionHeatmap;

class RocPanel : public QWidget {
    Q_OBJECT
public:
    explicit RocPanel(QWidget* parent = nullptr);

    void setResult(std::shared_ptr<const EvaluationResult> result);

    // The curves drawn, in legend order (classes, then micro and macro averages).
    QList<QLineSeries*> curves() const { return m_curves; }
    // Two-class models: the operating point's threshold on the second class's probability.
    void setThreshold(double threshold);
    double threshold() const { return m_threshold; }
    // Counts [true][predicted] at the threshold: predicted second class when p >= threshold.
    std::array<std::size_t, 4> thresholdCounts() const;
    bool isBinary() const;

    // series, fpr, tpr, threshold (empty threshold for the macro average).
    QString csv() const;

    QChartView* chartView() const { return m_view; }
    ConfusionHeatmap* thresholdMatrix() const { return m_matrix; }
    QSlider* slider() const { return m_slider; }

private:
    struct Curve {
        QString name;
        std::vector<double> fpr, tpr, thresholds;
    };
    void rebuild();
    void updateOperatingPoint();
    void showHover(int curve, QPointF point, bool state);

    std::shared_ptr<const EvaluationResult> m_result;
    std::vector<Curve> m_data;
    QList<QLineSeries*> m_curves;
    double m_threshold = 0.5;
    QChart* m_chart;
    QChartView* m_view;
    QLabel* m_placeholder;
    QWidget* m_binaryBox;
    QSlider* m_slider;
    QLabel* m_thresholdLabel;
    ConfusionHeatmap* m_matrix;
    QScatterSeries* m_point = nullptr;
};

} // namespace nw
