#pragma once
// The canvas of the graph editor: a QGraphicsView on a GraphScene with zoom
// around the cursor (wheel, clamped), pan with the middle button or space+drag,
// fitToView(), a subtle grid, an overlay with the model's size, and a drop target
// for palette items. A drop is reported as a signal (the editor pushes the
// AddNodeCommand), with the scene position where the dragged card's centre lands.
// Owned by GraphEditorWidget.
#include <QGraphicsView>
#include <QMimeData>
#include <QVector>

namespace nw {

class GraphScene;

class GraphView : public QGraphicsView {
    Q_OBJECT

public:
    explicit GraphView(GraphScene* scene, QWidget* parent = nullptr);

    GraphScene* graphScene() const { return m_scene; }

    static constexpr qreal minimumZoom = 0.05;
    static constexpr qreal maximumZoom = 3.0;
    qreal zoom() const { return transform().m11(); }
    // Zooms by `factor`, clamped, keeping the scene point under `viewportAnchor` fixed
    // (the viewport centre when the anchor is null).
    void zoomBy(qreal factor, QPoint viewportAnchor = QPoint(-1, -1));
    void setZoom(qreal zoom);
    // Shows the whole graph, at most at 100%.
    void fitToView();
    // The scene position of the viewport centre, where double-clicked layers go.
    QPointF visibleCenter() const;
    // The last scene position of the mouse over the canvas, if it is over it now.
    bool mouseScenePos(QPointF* pos) const;

Q_SIGNALS:
    void layerDropped(const QString& type, QPointF scenePos);
    void blockDropped(const QString& name, QPointF scenePos);
    void zoomChanged(qreal zoom);

protected:
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    bool acceptsMime(const QMimeData* mime) const;

    GraphScene* m_scene;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panOrigin;
    bool m_mouseInside = false;
    QPointF m_mouseScenePos;
    QString m_overlayText;
    // Reused by every background paint, so drawing the grid allocates nothing.
    QVector<QLineF> m_minorLines;
    QVector<QLineF> m_majorLines;
};

} // namespace nw
