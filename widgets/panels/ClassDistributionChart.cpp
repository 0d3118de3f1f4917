#include "ClassDistributionChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QHorizontalBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QValueAxis>

#include <algorithm>

namespace nw {

// The chart goes to QChartView's constructor: QChartView(parent) makes a default
// chart of its own, and setChart() only takes that one off the scene, leaking it.
ClassDistributionChart::ClassDistributionChart(QWidget* parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    QChart* chart = this->chart();
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    setMinimumHeight(200);
}

QSize ClassDistributionChart::sizeHint() const
{
    return { 320, 240 };
}

void ClassDistributionChart::clear()
{
    chart()->removeAllSeries();
    for (QAbstractAxis* axis : chart()->axes()) {
        chart()->removeAxis(axis);
        delete axis;
    }
    std::fill(std::begin(m_sets), std::end(m_sets), nullptr);
}

QBarSet* ClassDistributionChart::partSet(int part) const
{
    return part >= 0 && part < 3 ? m_sets[part] : nullptr;
}

void ClassDistributionChart::setDistribution(const QStringList& classNames, const std::vector<std::size_t>& train,
    const std::vector<std::size_t>& validation, const std::vector<std::size_t>& test)
{
    clear();
    if (classNames.isEmpty())
        return;
    const QString names[3] = { tr("Training"), tr("Validation"), tr("Test") };
    const QColor colors[3] = { QColor(0x08, 0x77, 0xbd), QColor(0xf5, 0x93, 0x22), QColor(0x5a, 0xa4, 0x69) };
    const std::vector<std::size_t>* counts[3] = { &train, &validation, &test };
    // Long or many names (Fashion-MNIST's "T-shirt/top") do not fit under vertical
    // bars, and Qt Charts elides them even when rotated: lay the bars on their side,
    // names on the left, readable.
    int longest = 0;
    for (const QString& name : classNames)
        longest = std::max(longest, int(name.size()));
    const bool sideways = classNames.size() * std::max(longest, 3) > 36;
    QAbstractBarSeries* series = sideways ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                          : static_cast<QAbstractBarSeries*>(new QBarSeries);
    std::size_t most = 0;
    for (int part = 0; part < 3; ++part) {
        auto* set = new QBarSet(names[part]);
        set->setColor(colors[part]);
        set->setBorderColor(colors[part]);
        for (int c = 0; c < classNames.size(); ++c) {
            const std::size_t n = static_cast<std::size_t>(c) < counts[part]->size() ? (*counts[part])[c] : 0;
            set->append(static_cast<qreal>(n));
            most = std::max(most, n);
        }
        series->append(set);
        m_sets[part] = set;
    }
    series->setBarWidth(0.85);
    chart()->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(classNames);
    auto* values = new QValueAxis;
    values->setRange(0, std::max<double>(1.0, most * 1.08));
    values->setLabelFormat(QStringLiteral("%d"));
    values->applyNiceNumbers();
    chart()->addAxis(categories, sideways ? Qt::AlignLeft : Qt::AlignBottom);
    chart()->addAxis(values, sideways ? Qt::AlignBottom : Qt::AlignLeft);
    setMinimumHeight(sideways ? 90 + int(classNames.size()) * 30 : 220);
    series->attachAxis(categories);
    series->attachAxis(values);
}

} // namespace nw
