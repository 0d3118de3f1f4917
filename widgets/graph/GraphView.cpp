#include "GraphView.h"

#include "GraphMimeTypes.h"
#include "GraphScene.h"
#include "GraphStyle.h"

#include "model/NetworkDocument.h"
#include "model/NetworkGraphModel.h"
#include "style/DisplayPreferences.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGraphicsItem>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace nw {

namespace {
constexpr qreal kGridStep = 20;
constexpr int kMajorEvery = 5;
// Room to pan past the graph's edges, in scene units.
constexpr qreal kSceneMargin = 4000;
} // namespace

GraphView::GraphView(GraphScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setCacheMode(QGraphicsView::CacheBackground);
    // Cards cache themselves; the view repaints only the rectangles that changed.
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    // Presentation mode changes GraphStyle: the cached background and every card's
    // cached picture are stale.
    connect(&DisplayPreferences::instance(), &DisplayPreferences::changed, this, [this] {
        resetCachedContent();
        for (QGraphicsItem* item : m_scene->items())
            item->update();
    });
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setAcceptDrops(true);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    // Panning is a drag (middle button, space) and the canvas is unbounded in
    // spirit: scroll bars would only show an arbitrary margin.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    const auto updateOverlay = [this] {
        const qsizetype nodes = m_scene->model()->nodes().size();
        m_overlayText = (nodes == 1 ? tr("1 layer") : tr("%1 layers").arg(QLocale().toString(nodes)))
            + QStringLiteral("  \u00B7  ")
            + tr("%1 parameters").arg(QLocale().toString(m_scene->document()->compileResult().totalParameters));
        const QRectF bounds = m_scene->graphBounds();
        setSceneRect(bounds.adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
        viewport()->update();
    };
    connect(m_scene->document(), &NetworkDocument::compiled, this, updateOverlay);
    updateOverlay();
}

void GraphView::zoomBy(qreal factor, QPoint viewportAnchor)
{
    const qreal target = std::clamp(zoom() * factor, minimumZoom, maximumZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    const QPoint anchor = viewportAnchor.x() < 0 ? viewport()->rect().center() : viewportAnchor;
    const QPointF before = mapToScene(anchor);
    const qreal applied = target / zoom();
    scale(applied, applied);
    // Scroll so the scene point that was under the anchor is under it again.
    const QPoint drift = mapFromScene(before) - anchor;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + drift.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() + drift.y());
    Q_EMIT zoomChanged(zoom());
}

void GraphView::setZoom(qreal zoomLevel)
{
    zoomBy(zoomLevel / zoom());
}

void GraphView::fitToView()
{
    m_scene->document()->compileNow();
    const QRectF bounds = m_scene->graphBounds();
    if (bounds.isEmpty())
        return;
    const QRectF padded = bounds.adjusted(-40, -40, 40, 40);
    fitInView(padded, Qt::KeepAspectRatio);
    if (zoom() > 1.0)
        setTransform(QTransform());
    if (zoom() < minimumZoom)
        setTransform(QTransform::fromScale(minimumZoom, minimumZoom));
    centerOn(bounds.center());
    Q_EMIT zoomChanged(zoom());
}

QPointF GraphView::visibleCenter() const
{
    return mapToScene(viewport()->rect().center());
}

bool GraphView::mouseScenePos(QPointF* pos) const
{
    if (m_mouseInside && pos)
        *pos = m_mouseScenePos;
    return m_mouseInside;
}

void GraphView::drawBackground(QPainter* painter, const QRectF& rect)
{
    const GraphStyle& style = GraphStyle::instance();
    painter->fillRect(rect, style.canvas);
    const qreal z = zoom();
    if (z < 0.12)
        return; // grid lines closer than ~2px are noise
    const qreal majorStep = kGridStep * kMajorEvery;
    const bool minor = z >= 0.45;
    const qreal step = minor ? kGridStep : majorStep;
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;

    m_minorLines.clear();
    m_majorLines.clear();
    for (qreal x = left; x <= rect.right(); x += step) {
        const bool major = std::fmod(std::abs(x), majorStep) < 0.5;
        (major ? m_majorLines : m_minorLines).append(QLineF(x, rect.top(), x, rect.bottom()));
    }
    for (qreal y = top; y <= rect.bottom(); y += step) {
        const bool major = std::fmod(std::abs(y), majorStep) < 0.5;
        (major ? m_majorLines : m_minorLines).append(QLineF(rect.left(), y, rect.right(), y));
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(style.gridMinor, 0)); // cosmetic: one pixel at any zoom
    painter->drawLines(m_minorLines);
    // Zoomed out, the major lines are all there is: keep them as faint as minor ones.
    painter->setPen(QPen(minor ? style.gridMajor : style.gridMinor, 0));
    painter->drawLines(m_majorLines);
    painter->restore();
}

void GraphView::drawForeground(QPainter* painter, const QRectF&)
{
    if (m_overlayText.isEmpty())
        return;
    const GraphStyle& style = GraphStyle::instance();
    painter->save();
    painter->resetTransform();
    painter->setFont(style.bodyFont);
    const QRect area = viewport()->rect().adjusted(10, 10, -12, -10);
    const QRect text = painter->fontMetrics().boundingRect(area, Qt::AlignRight | Qt::AlignBottom, m_overlayText);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 210));
    painter->drawRoundedRect(text.adjusted(-8, -4, 8, 4), 5, 5);
    painter->setPen(style.mutedText);
    painter->drawText(text, Qt::AlignRight | Qt::AlignBottom, m_overlayText);
    painter->restore();
}

void GraphView::wheelEvent(QWheelEvent* event)
{
    const QPoint delta = event->angleDelta();
    if (delta.y() == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // 15 degrees per notch, ~15% per notch; smooth for high-resolution wheels.
    const qreal factor = std::pow(1.0015, delta.y());
    zoomBy(factor, event->position().toPoint());
    event->accept();
}

void GraphView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panOrigin = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void GraphView::mouseMoveEvent(QMouseEvent* event)
{
    m_mouseInside = true;
    m_mouseScenePos = mapToScene(event->position().toPoint());
    if (m_panning) {
        const QPoint pos = event->position().toPoint();
        const QPoint delta = pos - m_panOrigin;
        m_panOrigin = pos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void GraphView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void GraphView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Space) {
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void GraphView::keyReleaseEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void GraphView::leaveEvent(QEvent* event)
{
    m_mouseInside = false;
    QGraphicsView::leaveEvent(event);
}

bool GraphView::acceptsMime(const QMimeData* mime) const
{
    return mime && (mime->hasFormat(GraphMimeTypes::layerType()) || mime->hasFormat(GraphMimeTypes::blockName()));
}

void GraphView::dragEnterEvent(QDragEnterEvent* event)
{
    if (acceptsMime(event->mimeData())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    QGraphicsView::dragEnterEvent(event);
}

void GraphView::dragMoveEvent(QDragMoveEvent* event)
{
    if (acceptsMime(event->mimeData())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    QGraphicsView::dragMoveEvent(event);
}

void GraphView::dropEvent(QDropEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if (!acceptsMime(mime)) {
        QGraphicsView::dropEvent(event);
        return;
    }
    const QPointF scenePos = mapToScene(event->position().toPoint());
    event->setDropAction(Qt::CopyAction);
    event->accept();
    if (mime->hasFormat(GraphMimeTypes::layerType()))
        Q_EMIT layerDropped(QString::fromUtf8(mime->data(GraphMimeTypes::layerType())), scenePos);
    else
        Q_EMIT blockDropped(QString::fromUtf8(mime->data(GraphMimeTypes::blockName())), scenePos);
}

} // namespace nw
