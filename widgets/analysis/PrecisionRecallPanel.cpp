#include "PrecisionRecallPanel.h"

#include "AnalysisExport.h"
#include "CurveThinning.h"
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
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace nw {

namespace {

QString apText(double ap)
{
    return std::isfinite(ap) ? QString::number(ap, 'f', 3) : QStringLiteral("n/a");
}

} // namespace

PrecisionRecallPanel::PrecisionRecallPanel(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_placeholder(new QLabel(this))
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
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    bar->addStretch(1);
    bar->addWidget(makeExportButton(this, m_view, QStringLiteral("precision-recall"), [this] { return csv(); }));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_view, 1);
    setResult(nullptr);
}

void PrecisionRecallPanel::setResult(std::shared_ptr<const EvaluationResult> result)
{
    m_result = std::move(result);
    rebuild();
}

QString PrecisionRecallPanel::title() const
{
    if (!m_result || !m_result->report.precisionRecall)
        return {};
    return tr("Macro average precision %1").arg(apText(m_result->report.precisionRecall->macroAveragePrecision));
}

void PrecisionRecallPanel::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_curves.clear();
    m_data.clear();
    const bool usable = m_result && m_result->report.precisionRecall;
    m_view->setVisible(usable);
    m_placeholder->setVisible(!usable);
    if (!usable) {
        m_placeholder->setText(m_result ? tr("Precision-recall curves are for classifiers with at least two classes.")
                                        : tr("Evaluate the trained model to see its precision-recall curves."));
        return;
    }
    const MulticlassPrecisionRecall& pr = *m_result->report.precisionRecall;
    const auto add = [this](const QString& name, const PrecisionRecallCurve& c) {
        m_data.push_back({ name, c.recall, c.precision, c.thresholds });
    };
    const bool binary = m_result->classCount == 2;
    if (binary) {
        add(tr("%1 (AP %2)").arg(m_result->className(1), apText(pr.perClass[1].averagePrecision)), pr.perClass[1]);
    } else {
        for (int c = 0; c < static_cast<int>(pr.perClass.size()); ++c)
            add(tr("%1 (AP %2)")
                    .arg(m_result->className(c), apText(pr.perClass[static_cast<std::size_t>(c)].averagePrecision)),
                pr.perClass[static_cast<std::size_t>(c)]);
        add(tr("Micro average (AP %1)").arg(apText(pr.micro.averagePrecision)), pr.micro);
    }
    m_chart->setTitle(binary ? QString() : title());
    auto* x = unitAxis(tr("Recall"));
    auto* y = unitAxis(tr("Precision"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    const int classCurves = binary ? 1 : static_cast<int>(pr.perClass.size());
    for (int i = 0; i < static_cast<int>(m_data.size()); ++i) {
        const Curve& curve = m_data[static_cast<std::size_t>(i)];
        auto* series = new QLineSeries;
        series->setName(curve.name);
        series->replace(thinCurve(curve.recall, curve.precision));
        const bool average = i >= classCurves;
        const QColor colour = average ? QColor(0x22, 0x22, 0x22) : ClassPalette::colour(binary ? 1 : i);
        const qreal width = (average ? 2.5 : 1.8) * DisplayPreferences::instance().lineScale();
        series->setPen(QPen(colour, width, average ? Qt::DashLine : Qt::SolidLine));
        m_chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        connect(series, &QLineSeries::hovered, this,
            [this, i](const QPointF& point, bool state) { showHover(i, point, state); });
        m_curves.append(series);
    }
}

void PrecisionRecallPanel::showHover(int curve, QPointF point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const Curve& c = m_data[static_cast<std::size_t>(curve)];
    const std::size_t best = nearestCurvePoint(c.recall, c.precision, point);
    const QString threshold
        = best < c.thresholds.size() ? QString::number(c.thresholds[best], 'f', 3) : tr("none (recall 0)");
    QToolTip::showText(QCursor::pos(),
        tr("%1\nThreshold: %2\nPrecision: %3\nRecall: %4")
            .arg(c.name, threshold)
            .arg(c.precision[best], 0, 'f', 3)
            .arg(c.recall[best], 0, 'f', 3),
        m_view);
}

QString PrecisionRecallPanel::csv() const
{
    QString text = QStringLiteral("series,recall,precision,threshold\n");
    for (const Curve& c : m_data) {
        QString name = c.name;
        name.replace(QLatin1Char('"'), QLatin1String("\"\""));
        for (std::size_t k = 0; k < c.recall.size(); ++k)
            text += QStringLiteral("\"%1\",%2,%3,%4\n")
                        .arg(name)
                        .arg(c.recall[k], 0, 'g', 8)
                        .arg(c.precision[k], 0, 'g', 8)
                        .arg(k < c.thresholds.size() ? QString::number(c.thresholds[k], 'g', 8) : QString());
    }
    return text;
}

} // namespace nw
