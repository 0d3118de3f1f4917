#pragma once
// The confusion matrix drawn as a heatmap: true classes down the side, predicted
// classes across the top, each cell coloured by its count (or its share of the
// row, i.e. the class's recall spread) with the number written in it, and a
// colour scale beside. Painted directly (no Qt Charts) so it can be rendered to
// PNG and SVG as is. Owned by ConfusionMatrixPanel.
#include <QStringList>
#include <QWidget>

#include <optional>
#include <utility>
#include <vector>

namespace nw {

class ConfusionHeatmap : public QWidget {
    Q_OBJECT
public:
    explicit ConfusionHeatmap(QWidget* parent = nullptr);

    // `counts` is row-major, classNames.size() squared; empty shows `placeholder`.
    void setMatrix(std::vector<std::size_t> counts, QStringList classNames);
    void setPlaceholder(const QString& text);
    void setNormalised(bool normalised);
    bool isNormalised() const { return m_normalised; }

    int classCount() const { return static_cast<int>(m_names.size()); }
    std::size_t count(int trueClass, int predictedClass) const;
    // The number the cell shows: its count, or its share of the row.
    double value(int trueClass, int predictedClass) const;
    QRect cellRect(int trueClass, int predictedClass) const;
    std::optional<std::pair<int, int>> cellAt(QPoint pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void cellClicked(int trueClass, int predictedClass);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    struct Geometry {
        QRect grid;
        int cell = 0;
        bool rotatedColumns = false;
        QRect scale;
        int nameWidth = 0;
    };
    Geometry geometry() const;
    double maximum() const;
    QColor colour(double fraction) const;

    std::vector<std::size_t> m_counts;
    std::vector<std::size_t> m_rowTotals;
    QStringList m_names;
    QString m_placeholder;
    bool m_normalised = false;
    std::optional<std::pair<int, int>> m_hover;
};

} // namespace nw
