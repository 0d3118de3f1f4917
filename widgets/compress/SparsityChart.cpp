#include "SparsityChart.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace nw {

namespace {

// Accuracy in percent for classifiers, the loss otherwise.
double measureOf(const Evaluation& e, bool classification)
{
    return classification ? 100.0 * static_cast<double>(e.accuracy) : static_cast<double>(e.loss);
}

QScatterSeries* dotSeries(const QString& name, const QColor& colour, double size, QScatterSeries::MarkerShape shape)
{
    auto* s = new QScatterSeries;
    s->setName(name);
    s->setColor(colour);
    s->setBorderColor(colour.darker(140));
    s->setMarkerSize(size);
    s->setMarkerShape(shape);
    return s;
}

} // namespace

SparsityChart::SparsityChart(QWidget* parent)
    : QChartView(new QChart, parent)
    , m_sweep(new QLineSeries)
    , m_sweepDots(dotSeries(QString(), QColor(0x1f, 0x77, 0xb4), 6, QScatterSeries::MarkerShapeCircle))
    , m_pruned(dotSeries(tr("Pruned"), QColor(0xff, 0x7f, 0x0e), 12, QScatterSeries::MarkerShapeRectangle))
    , m_fineTuned(dotSeries(tr("Fine-tuned"), QColor(0x2c, 0xa0, 0x2c), 12, QScatterSeries::MarkerShapeCircle))
    , m_int8(dotSeries(tr("int8"), QColor(0x94, 0x67, 0xbd), 10, QScatterSeries::MarkerShapeRotatedRectangle))
    , m_x(new QValueAxis)
    , m_y(new QValueAxis)
{
    setRenderHint(QPainter::Antialiasing);
    QChart* c = chart();
    c->setMargins(QMargins(4, 4, 4, 4));
    c->legend()->setAlignment(Qt::AlignBottom);
    m_sweep->setName(tr("Magnitude pruning, no fine-tuning"));
    m_sweep->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 2));
    m_x->setTitleText(tr("Sparsity (%)"));
    m_x->setRange(0, 100);
    m_x->setTickCount(6);
    m_x->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    for (QXYSeries* s : std::initializer_list<QXYSeries*>{m_sweep, m_sweepDots, m_pruned, m_fineTuned, m_int8}) {
        c->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    c->legend()->markers(m_sweepDots).constFirst()->setVisible(false);
    setReport({});
}

void SparsityChart::setReport(const CompressionReport& report)
{
    const bool cls = report.classification;
    m_y->setTitleText(cls ? tr("Accuracy (%)") : tr("Loss"));
    m_y->setLabelFormat(cls ? QStringLiteral("%.0f") : QStringLiteral("%.3g"));
    QList<QPointF> sweep;
    for (const SweepPoint& p : report.sweep)
        sweep.append(QPointF(100.0 * p.sparsity, measureOf(p.evaluation, cls)));
    m_sweep->replace(sweep);
    m_sweepDots->replace(sweep);
    QList<QPointF> pruned, tuned, int8;
    double referenceSparsity = 0.0;
    if (report.prune) {
        referenceSparsity = 100.0 * report.prune->sparsity;
        pruned.append(QPointF(referenceSparsity, measureOf(report.prune->pruned, cls)));
        if (report.prune->fineTuned)
            tuned.append(QPointF(referenceSparsity, measureOf(*report.prune->fineTuned, cls)));
    }
    if (report.quantize)
        int8.append(QPointF(referenceSparsity, measureOf(report.quantize->int8, cls)));
    m_pruned->replace(pruned);
    m_fineTuned->replace(tuned);
    m_int8->replace(int8);

    // The y range from what is drawn, with a margin; accuracy never above 100%.
    double low = 1e300, high = -1e300;
    for (const QList<QPointF>* points : {&sweep, &pruned, &tuned, &int8})
        for (const QPointF& p : *points) {
            low = std::min(low, p.y());
            high = std::max(high, p.y());
        }
    if (low > high) {
        low = 0.0;
        high = cls ? 100.0 : 1.0;
    }
    const double margin = std::max(0.05 * (high - low), cls ? 1.0 : 1e-3);
    m_y->setRange(std::max(0.0, low - margin), cls ? std::min(100.0, high + margin) : high + margin);
    m_y->applyNiceNumbers();
}

} // namespace nw
