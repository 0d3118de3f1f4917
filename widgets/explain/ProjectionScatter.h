#pragma once
// A hidden layer's outputs over a split, projected to two dimensions (PCA), as a
// scatter: one dot per sample coloured by its true class, a cross where the
// network gets it wrong, the axes labelled with the variance they explain. Resting
// the pointer on a point shows the sample's picture (or its values) and classes;
// clicking it says pointActivated(). Paints itself (PNG/SVG export).
#include <QImage>
#include <QPointF>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include <functional>
#include <vector>

namespace nw {

class ProjectionScatter : public QWidget {
    Q_OBJECT
public:
    struct Points {
        std::vector<float> x, y; // one per sample
        std::vector<int> trueClasses; // -1 when unknown
        std::vector<int> predictedClasses; // -1 when unknown
        QStringList classNames;
        float varianceX = 0.0f, varianceY = 0.0f; // shares of variance, 0..1
    };

    explicit ProjectionScatter(QWidget* parent = nullptr);

    void setPoints(Points points);
    void clear();
    // What hovering a point shows: the sample at a position as a small picture
    // (null for tabular data, whose text comes from `describe`).
    void setThumbnailProvider(std::function<QImage(int)> thumbnail, std::function<QString(int)> describe = {});

    const Points& points() const { return m_points; }
    int count() const { return static_cast<int>(m_points.x.size()); }
    int wrongCount() const;
    int hovered() const { return m_hovered; }
    // Widget position of a point, and the point nearest to a widget position (-1 if none within reach).
    QPointF toWidget(int point) const;
    int pointAt(QPointF position) const;
    QString csv() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void pointActivated(int point);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QRectF plotRect() const;
    void paintPoints(QPainter& painter);
    void paintHover(QPainter& painter);
    void paintLegend(QPainter& painter, const QRectF& plot);

    Points m_points;
    float m_minX = 0, m_maxX = 1, m_minY = 0, m_maxY = 1;
    int m_hovered = -1;
    QImage m_hoverImage;
    QImage m_cache; // the points as drawn on screen; hover boxes go on top
    std::function<QImage(int)> m_thumbnail;
    std::function<QString(int)> m_describe;
};

} // namespace nw
