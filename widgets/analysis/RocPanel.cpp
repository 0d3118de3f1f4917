#include "RocPanel.h"

#include "AnalysisExport.h"
#include "CurveThinning.h"
#include "ConfusionHeatmap.h"
#include "UnitSquareChart.h"

#include "style/ClassPalette.h"
#include "style/DisplayPreferences.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSlider>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace nw {

namespace {

constexpr int kSliderSteps = 1000;

QString aucText(double auc)
{
    return std::isfinite(auc) ? QString::number(auc, 'f', 3) : QStringLiteral("n/a");
}

// y at x on a curve whose x never decreases; at a vertical step, the top.
double interpolate(const std::vector<double>& xs, const std::vector<double>& ys, double x)
{
    const auto upper = std::upper_bound(xs.begin(), xs.end(), x);
    if (upper == xs.begin())
        return ys.front();
    const std::size_t hi = static_cast<std::size_t>(upper - xs.begin());
    if (hi == xs.size() || xs[hi - 1] == x)
        return ys[hi - 1];
    const double t = (x - xs[hi - 1]) / (xs[hi] - xs[hi - 1]);
    return ys[hi - 1] + t * (ys[hi] - ys[hi - 1]);
}

} // namespace

RocPanel::RocPanel(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_placeholder(new QLabel(this))
    , m_binaryBox(new QWidget(this))
    , m_slider(new QSlider(Qt::Horizontal, m_binaryBox))
    , m_thresholdLabel(new QLabel(m_binaryBox))
    , m_matrix(new ConfusionHeatmap(m_binaryBox))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    // The curves take the classes' colours and the line widths in force.
    connect(&DisplayPreferences::instance(), &DisplayPreferences::changed, this, [this] {
        if (m_result)
            rebuild();
    });
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    m_slider->setRange(0, kSliderSteps);
    m_slider->setValue(kSliderSteps / 2);
    m_slider->setToolTip(
        tr("Samples whose probability of the positive class reaches the threshold are predicted positive."));
    m_matrix->setMinimumSize(220, 200);
    m_thresholdLabel->setWordWrap(true);
    auto* side = new QVBoxLayout(m_binaryBox);
    side->setContentsMargins(0, 0, 0, 0);
    side->addWidget(m_thresholdLabel);
    side->addWidget(m_slider);
    side->addWidget(m_matrix, 1);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    bar->addStretch(1);
    bar->addWidget(makeExportButton(this, m_view, QStringLiteral("roc"), [this] { return csv(); }));
    auto* body = new QHBoxLayout;
    body->addWidget(m_view, 3);
    body->addWidget(m_binaryBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_placeholder, 1);
    layout->addLayout(body, 1);

    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        m_threshold = static_cast<double>(value) / kSliderSteps;
        updateOperatingPoint();
    });
    setResult(nullptr);
}

bool RocPanel::isBinary() const
{
    return m_result && m_result->classCount == 2;
}

void RocPanel::setResult(std::shared_ptr<const EvaluationResult> result)
{
    m_result = std::move(result);
    rebuild();
}

void RocPanel::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes())
        m_chart->removeAxis(axis), delete axis;
    m_curves.clear();
    m_data.clear();
    m_point = nullptr;
    const bool usable = m_result && m_result->report.roc;
    m_view->setVisible(usable);
    m_binaryBox->setVisible(usable && isBinary());
    m_placeholder->setVisible(!usable);
    if (!usable) {
        m_placeholder->setText(m_result ? tr("ROC curves are for classifiers with at least two classes.")
                                        : tr("Evaluate the trained model to see its ROC curves."));
        return;
    }
    const MulticlassRoc& roc = *m_result->report.roc;
    const auto add = [this](const QString& name, const RocCurve& c) {
        m_data.push_back({ name, c.fpr, c.tpr, c.thresholds });
    };
    if (isBinary()) {
        add(tr("%1 vs %2 (AUC %3)").arg(m_result->className(1), m_result->className(0), aucText(roc.perClass[1].auc)),
            roc.perClass[1]);
    } else {
        for (int c = 0; c < static_cast<int>(roc.perClass.size()); ++c)
            add(tr("%1 (AUC %2)").arg(m_result->className(c), aucText(roc.perClass[static_cast<std::size_t>(c)].auc)),
                roc.perClass[static_cast<std::size_t>(c)]);
        add(tr("Micro average (AUC %1)").arg(aucText(roc.micro.auc)), roc.micro);
        // Macro average: the mean TPR of the defined class curves over all their FPRs.
        Curve macro { tr("Macro average (AUC %1)").arg(aucText(roc.macroAuc)), {}, {}, {} };
        for (const RocCurve& c : roc.perClass)
            if (c.defined())
                macro.fpr.insert(macro.fpr.end(), c.fpr.begin(), c.fpr.end());
        std::sort(macro.fpr.begin(), macro.fpr.end());
        // Drawn only (its AUC is the report's): FPRs closer than a pixel add nothing.
        macro.fpr.erase(std::unique(macro.fpr.begin(), macro.fpr.end(),
                            [](double a, double b) { return b - a < kCurveStep / 4; }),
            macro.fpr.end());
        int defined = 0;
        macro.tpr.assign(macro.fpr.size(), 0.0);
        for (const RocCurve& c : roc.perClass) {
            if (!c.defined())
                continue;
            ++defined;
            for (std::size_t i = 0; i < macro.fpr.size(); ++i)
                macro.tpr[i] += interpolate(c.fpr, c.tpr, macro.fpr[i]);
        }
        for (double& t : macro.tpr)
            t /= std::max(1, defined);
        if (defined > 0)
            m_data.push_back(std::move(macro));
    }

    auto* xAxis = unitAxis(tr("False positive rate"));
    auto* yAxis = unitAxis(tr("True positive rate"));
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(yAxis, Qt::AlignLeft);

    auto* chance = new QLineSeries;
    chance->setName(tr("Chance"));
    chance->append(0.0, 0.0);
    chance->append(1.0, 1.0);
    chance->setPen(QPen(QColor(0x99, 0x99, 0x99), 1.0, Qt::DotLine));
    m_chart->addSeries(chance);
    chance->attachAxis(xAxis);
    chance->attachAxis(yAxis);

    const int classCurves = isBinary() ? 1 : static_cast<int>(roc.perClass.size());
    for (int i = 0; i < static_cast<int>(m_data.size()); ++i) {
        const Curve& curve = m_data[static_cast<std::size_t>(i)];
        auto* series = new QLineSeries;
        series->setName(curve.name);
        series->replace(thinCurve(curve.fpr, curve.tpr));
        const bool average = i >= classCurves;
        const QColor colour = average ? (i == classCurves ? QColor(0x22, 0x22, 0x22) : QColor(0x55, 0x55, 0x55))
                                      : ClassPalette::colour(isBinary() ? 1 : i);
        const qreal width = (average ? 2.5 : 1.8) * DisplayPreferences::instance().lineScale();
        QPen pen(colour, width, average ? (i == classCurves ? Qt::DashLine : Qt::DashDotLine) : Qt::SolidLine);
        series->setPen(pen);
        m_chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        connect(series, &QLineSeries::hovered, this,
            [this, i](const QPointF& point, bool state) { showHover(i, point, state); });
        m_curves.append(series);
    }
    if (isBinary()) {
        m_point = new QScatterSeries;
        m_point->setName(tr("Operating point"));
        m_point->setMarkerSize(12.0);
        m_point->setColor(QColor(0xe0, 0x6c, 0x00));
        m_chart->addSeries(m_point);
        m_point->attachAxis(xAxis);
        m_point->attachAxis(yAxis);
        updateOperatingPoint();
    }
}

void RocPanel::showHover(int curve, QPointF point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const Curve& c = m_data[static_cast<std::size_t>(curve)];
    const std::size_t best = nearestCurvePoint(c.fpr, c.tpr, point);
    QString threshold = tr("averaged, no single threshold");
    if (best < c.thresholds.size())
        threshold
            = std::isfinite(c.thresholds[best]) ? QString::number(c.thresholds[best], 'f', 3) : tr("above every score");
    QToolTip::showText(QCursor::pos(),
        tr("%1\nThreshold: %2\nTPR: %3\nFPR: %4")
            .arg(c.name, threshold)
            .arg(c.tpr[best], 0, 'f', 3)
            .arg(c.fpr[best], 0, 'f', 3),
        m_view);
}

void RocPanel::setThreshold(double threshold)
{
    m_slider->setValue(static_cast<int>(std::lround(std::clamp(threshold, 0.0, 1.0) * kSliderSteps)));
    m_threshold = std::clamp(threshold, 0.0, 1.0);
    updateOperatingPoint();
}

std::array<std::size_t, 4> RocPanel::thresholdCounts() const
{
    std::array<std::size_t, 4> counts {};
    if (!isBinary())
        return counts;
    const EvaluationResult& r = *m_result;
    for (std::size_t i = 0; i < r.sampleCount(); ++i) {
        const int predicted = static_cast<double>(r.probability(i, 1)) >= m_threshold ? 1 : 0;
        ++counts[static_cast<std::size_t>(r.trueClasses[i] * 2 + predicted)];
    }
    return counts;
}

void RocPanel::updateOperatingPoint()
{
    if (!isBinary() || !m_point)
        return;
    const auto counts = thresholdCounts();
    const double negatives = static_cast<double>(counts[0] + counts[1]);
    const double positives = static_cast<double>(counts[2] + counts[3]);
    const double fpr = negatives > 0 ? static_cast<double>(counts[1]) / negatives : 0.0;
    const double tpr = positives > 0 ? static_cast<double>(counts[3]) / positives : 0.0;
    m_point->replace(QList<QPointF> { QPointF(fpr, tpr) });
    m_thresholdLabel->setText(tr("Threshold on P(%1): %2 — TPR %3, FPR %4")
                                  .arg(m_result->className(1))
                                  .arg(m_threshold, 0, 'f', 3)
                                  .arg(tpr, 0, 'f', 3)
                                  .arg(fpr, 0, 'f', 3));
    m_matrix->setMatrix(
        std::vector<std::size_t>(counts.begin(), counts.end()), { m_result->className(0), m_result->className(1) });
}

QString RocPanel::csv() const
{
    QString text = QStringLiteral("series,fpr,tpr,threshold\n");
    for (const Curve& c : m_data) {
        QString name = c.name;
        name.replace(QLatin1Char('"'), QLatin1String("\"\""));
        for (std::size_t k = 0; k < c.fpr.size(); ++k) {
            const QString threshold = k < c.thresholds.size()
                ? (std::isfinite(c.thresholds[k]) ? QString::number(c.thresholds[k], 'g', 8) : QStringLiteral("inf"))
                : QString();
            text += QStringLiteral("\"%1\",%2,%3,%4\n")
                        .arg(name)
                        .arg(c.fpr[k], 0, 'g', 8)
                        .arg(c.tpr[k], 0, 'g', 8)
                        .arg(threshold);
        }
    }
    return text;
}

} // namespace nw
