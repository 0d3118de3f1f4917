#pragma once
// Feature contributions as horizontal bars around a zero line, the way SHAP and
// LIME plots read: one row per feature, its name above its bar, red bars to the right for
// what raises the class score, blue to the left for what lowers it, the value at
// the bar's end; rows sorted by size, the largest on top. Paints itself (PNG/SVG).
#include <QStringList>
#include <QWidget>

#include <vector>

namespace nw {

class FeatureContributionBars : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxRows = 24; // the largest ones; the rest are summed in one row

    explicit FeatureContributionBars(QWidget* parent = nullptr);

    // `names` may be shorter than `values` (the rest are numbered).
    void setContributions(QStringList names, std::vector<float> values);
    void clear();

    // Rows in the order drawn: feature index per row (-1 for "the rest").
    const std::vector<int>& rowOrder() const { return m_order; }
    const std::vector<float>& values() const { return m_values; }
    const QStringList& names() const { return m_names; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int rowHeight() const;
    QString rowName(int row) const;
    float rowValue(int row) const;

    QStringList m_names;
    std::vector<float> m_values;
    std::vector<int> m_order;
    float m_restSum = 0.0f;
};

} // namespace nw
