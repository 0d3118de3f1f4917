#pragma once
// How many samples of each class fall in the training, validation and test
// parts: a grouped bar chart (Qt Charts QBarSeries, or QHorizontalBarSeries when
// the class names are long), one group per class, so a
// student sees at a glance whether the classes are balanced and whether the
// stratified split kept them so.
#include <QChartView>
#include <QStringList>

#include <cstddef>
#include <vector>

class QBarSet;

namespace nw {

class ClassDistributionChart : public QChartView {
    Q_OBJECT

public:
    explicit ClassDistributionChart(QWidget* parent = nullptr);

    // One count per class in each part. Empty classNames clears the chart.
    void setDistribution(const QStringList& classNames, const std::vector<std::size_t>& train,
        const std::vector<std::size_t>& validation, const std::vector<std::size_t>& test);
    void clear();

    // The bar set of a part (0 train, 1 validation, 2 test), for tests and tooltips.
    QBarSet* partSet(int part) const;

    QSize sizeHint() const override;

private:
    QBarSet* m_sets[3] {};
};

} // namespace nw
