#include "CalibrationPanel.h"

#include "AnalysisExport.h"
#include "UnitSquareChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

namespace nw {

namespace {
const QColor kModel(0x1f, 0x77, 0xb4);
const QColor kCorrect(0x2c, 0xa0, 0x2c);
const QColor kWrong(0xd6, 0x27, 0x28);
} // namespace

CalibrationPanel::CalibrationPanel(QWidget* parent)
    : QWidget(parent)
    , m_placeholder(new QLabel(this))
    , m_charts(new QWidget(this))
    , m_reliabilityChart(new QChart)
    , m_histogramChart(new QChart)
{
    auto* top = new QChartView(m_reliabilityChart, m_charts);
    auto* bottom = new QChartView(m_histogramChart, m_charts);
    top->setRenderHint(QPainter::Antialiasing);
    bottom->setRenderHint(QPainter::Antialiasing);
    for (QChart* chart : { m_reliabilityChart, m_histogramChart }) {
        chart->legend()->setAlignment(Qt::AlignRight);
        chart->setMargins(QMargins(4, 4, 4, 4));
    }
    m_chartsLayout = new QBoxLayout(QBoxLayout::TopToBottom, m_charts);
    m_chartsLayout->setContentsMargins(0, 0, 0, 0);
    m_chartsLayout->addWidget(top, 3);
    m_chartsLayout->addWidget(bottom, 2);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    bar->addStretch(1);
    bar->addWidget(makeExportButton(this, m_charts, QStringLiteral("calibration"), [this] { return csv(); }));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_charts, 1);
    setResult(nullptr);
}

void CalibrationPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // In a wide, short dock the two charts go side by side: stacked, each would be
    // too short for its axis labels.
    m_chartsLayout->setDirection(width() > 2 * height() ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void CalibrationPanel::setResult(std::shared_ptr<const EvaluationResult> result)
{
    m_result = std::move(result);
    rebuild();
}

QString CalibrationPanel::title() const
{
    if (!m_result || !m_result->report.calibration)
        return {};
    const Calibration& c = *m_result->report.calibration;
    return tr("Reliability: ECE %1, maximum gap %2, Brier score %3")
        .arg(c.expectedCalibrationError, 0, 'f', 4)
        .arg(c.maximumCalibrationError, 0, 'f', 4)
        .arg(c.brierScore, 0, 'f', 4);
}

void CalibrationPanel::rebuild()
{
    for (QChart* chart : { m_reliabilityChart, m_histogramChart }) {
        chart->removeAllSeries();
        for (QAbstractAxis* axis : chart->axes()) {
            chart->removeAxis(axis);
            delete axis;
        }
    }
    m_reliability = nullptr;
    m_histogram = nullptr;
    const bool usable = m_result && m_result->report.calibration;
    m_charts->setVisible(usable);
    m_placeholder->setVisible(!usable);
    if (!usable) {
        m_placeholder->setText(m_result
                ? tr("Calibration is for classifiers with at least two classes.")
                : tr("Evaluate the trained model to see how far its confidence can be trusted."));
        return;
    }
    const Calibration& calibration = *m_result->report.calibration;
    m_reliabilityChart->setTitle(title());

    auto* x = unitAxis(tr("Confidence (top-class probability)"));
    auto* y = unitAxis(tr("Accuracy"));
    m_reliabilityChart->addAxis(x, Qt::AlignBottom);
    m_reliabilityChart->addAxis(y, Qt::AlignLeft);
    auto* perfect = new QLineSeries;
    perfect->setName(tr("Perfectly calibrated"));
    perfect->append(0.0, 0.0);
    perfect->append(1.0, 1.0);
    perfect->setPen(QPen(QColor(0x99, 0x99, 0x99), 1.0, Qt::DashLine));
    m_reliability = new QLineSeries;
    m_reliability->setName(tr("Model"));
    m_reliability->setPen(QPen(kModel, 2.0));
    m_reliability->setPointsVisible(true);
    for (const CalibrationBin& bin : calibration.bins)
        if (bin.count > 0)
            m_reliability->append(bin.meanConfidence, bin.accuracy);
    for (QLineSeries* series : { perfect, m_reliability }) {
        m_reliabilityChart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }

    auto* correct = new QBarSet(tr("Right"));
    auto* wrong = new QBarSet(tr("Wrong"));
    correct->setColor(kCorrect);
    wrong->setColor(kWrong);
    QStringList categories;
    std::size_t highest = 1;
    for (const CalibrationBin& bin : calibration.bins) {
        correct->append(static_cast<double>(bin.correct));
        wrong->append(static_cast<double>(bin.count - bin.correct));
        categories.append(QStringLiteral("%1–%2").arg(bin.lower, 0, 'f', 1).arg(bin.upper, 0, 'f', 1));
        highest = std::max(highest, bin.count);
    }
    m_histogram = new QStackedBarSeries;
    m_histogram->append(correct);
    m_histogram->append(wrong);
    m_histogram->setBarWidth(0.9);
    m_histogramChart->addSeries(m_histogram);
    auto* bins = new QBarCategoryAxis;
    bins->append(categories);
    bins->setTitleText(tr("Confidence"));
    // Upright, "0.3–0.4" fits under a bar however narrow the chart is.
    bins->setLabelsAngle(-90);
    auto* counts = new QValueAxis;
    counts->setRange(0.0, static_cast<double>(highest));
    counts->applyNiceNumbers();
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setTitleText(tr("Samples"));
    m_histogramChart->addAxis(bins, Qt::AlignBottom);
    m_histogramChart->addAxis(counts, Qt::AlignLeft);
    m_histogram->attachAxis(bins);
    m_histogram->attachAxis(counts);
}

QString CalibrationPanel::csv() const
{
    QString text = QStringLiteral("bin_lower,bin_upper,count,correct,mean_confidence,accuracy\n");
    if (!m_result || !m_result->report.calibration)
        return text;
    for (const CalibrationBin& bin : m_result->report.calibration->bins)
        text += QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                    .arg(bin.lower, 0, 'g', 6)
                    .arg(bin.upper, 0, 'g', 6)
                    .arg(bin.count)
                    .arg(bin.correct)
                    .arg(bin.meanConfidence, 0, 'g', 8)
                    .arg(bin.accuracy, 0, 'g', 8);
    return text;
}

} // namespace nw
