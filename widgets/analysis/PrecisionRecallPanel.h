#pragma once
// Precision-recall curves of a classifier (Qt Charts): one curve per class
// one-vs-rest (a two-class model: the second class only) and the micro average,
// average precision in the legend, the macro AP in the title. Hovering a curve
// shows the threshold, precision and recall there. Reads only an EvaluationResult.
#include "EvaluationResult.h"

#include <QWidget>

#include <memory>

class QChart;
class QChartView;
class QLabel;
class QLineSeries;

namespace nw {

class PrecisionRecallPanel : public QWidget {
    Q_OBJECT
public:
    explicit PrecisionRecallPanel(QWidget* parent = nullptr);

    void setResult(std::shared_ptr<const EvaluationResult> result);
    QList<QLineSeries*> curves() const { return m_curves; }
    QString title() const;
    // series, recall, precision, threshold (empty where the curve has none).
    QString csv() const;

private:
    struct Curve {
        QString name;
        std::vector<double> recall, precision, thresholds;
    };
    void rebuild();
    void showHover(int curve, QPointF point, bool state);

    std::shared_ptr<const EvaluationResult> m_result;
    std::vector<Curve> m_data;
    QList<QLineSeries*> m_curves;
    QChart* m_chart;
    QChartView* m_view;
    QLabel* m_placeholder;
};

} // namespace nw
