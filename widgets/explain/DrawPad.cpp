#include "DrawPad.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace nw {

DrawPad::DrawPad(QWidget* parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setCursor(Qt::CrossCursor);
    setInputSize(28, 28);
}

void DrawPad::setInputSize(int height, int width)
{
    m_height = std::max(1, height);
    m_width = std::max(1, width);
    clear();
}

void DrawPad::setBrushSize(double pixels)
{
    m_brush = std::clamp(pixels, 0.5, static_cast<double>(std::max(m_height, m_width)));
}

void DrawPad::setEraser(bool eraser)
{
    m_eraser = eraser;
}

void DrawPad::clear()
{
    m_canvas = QImage(m_width * kCanvasScale, m_height * kCanvasScale, QImage::Format_Grayscale8);
    m_canvas.fill(0);
    resample();
    update();
    Q_EMIT changed();
}

bool DrawPad::isEmpty() const
{
    const std::vector<float> v = values();
    return std::none_of(v.begin(), v.end(), [](float x) { return x > 0.0f; });
}

std::vector<float> DrawPad::values() const
{
    std::vector<float> out(static_cast<std::size_t>(m_height) * static_cast<std::size_t>(m_width));
    for (int y = 0; y < m_height; ++y) {
        const uchar* line = m_pixels.constScanLine(y);
        for (int x = 0; x < m_width; ++x)
            out[static_cast<std::size_t>(y * m_width + x)] = line[x] / 255.0f;
    }
    return out;
}

void DrawPad::resample()
{
    // Box averaging of kCanvasScale x kCanvasScale blocks: the soft edges of a scanned stroke.
    m_pixels = QImage(m_width, m_height, QImage::Format_Grayscale8);
    const int s = kCanvasScale;
    for (int y = 0; y < m_height; ++y) {
        uchar* out = m_pixels.scanLine(y);
        for (int x = 0; x < m_width; ++x) {
            int sum = 0;
            for (int dy = 0; dy < s; ++dy) {
                const uchar* line = m_canvas.constScanLine(y * s + dy) + x * s;
                for (int dx = 0; dx < s; ++dx)
                    sum += line[dx];
            }
            out[x] = static_cast<uchar>(sum / (s * s));
        }
    }
}

QRect DrawPad::padRect() const
{
    // Whole input pixels on screen, the largest that fit.
    const int cell = std::max(1, std::min(width() / m_width, height() / m_height));
    const QSize size(cell * m_width, cell * m_height);
    return { QPoint((width() - size.width()) / 2, (height() - size.height()) / 2), size };
}

QPointF DrawPad::toCanvas(QPointF widgetPoint) const
{
    const QRect pad = padRect();
    return { (widgetPoint.x() - pad.left()) * m_canvas.width() / std::max(1, pad.width()),
        (widgetPoint.y() - pad.top()) * m_canvas.height() / std::max(1, pad.height()) };
}

void DrawPad::paintSegment(QPointF from, QPointF to)
{
    {
        QPainter painter(&m_canvas);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor ink = m_eraser ? Qt::black : Qt::white;
        painter.setPen(
            QPen(ink, m_brush * kCanvasScale * (m_eraser ? 1.6 : 1.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        if (from == to) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(ink);
            const double r = m_brush * kCanvasScale * (m_eraser ? 0.8 : 0.5);
            painter.drawEllipse(from, r, r);
        } else {
            painter.drawLine(from, to);
        }
    }
    resample();
    update();
    Q_EMIT changed();
}

void DrawPad::drawStroke(const QVector<QPointF>& points)
{
    if (points.isEmpty())
        return;
    const auto canvas = [](QPointF p) { return p * kCanvasScale; };
    paintSegment(canvas(points.first()), canvas(points.first()));
    for (int i = 1; i < points.size(); ++i)
        paintSegment(canvas(points[i - 1]), canvas(points[i]));
    Q_EMIT strokeFinished();
}

void DrawPad::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton && event->button() != Qt::RightButton)
        return;
    m_drawing = true;
    const bool wasEraser = m_eraser;
    if (event->button() == Qt::RightButton)
        m_eraser = true; // the right button rubs out whatever the tool
    m_last = toCanvas(event->position());
    paintSegment(m_last, m_last);
    m_eraser = wasEraser;
}

void DrawPad::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_drawing)
        return;
    const QPointF point = toCanvas(event->position());
    const bool wasEraser = m_eraser;
    if (event->buttons() & Qt::RightButton)
        m_eraser = true;
    paintSegment(m_last, point);
    m_eraser = wasEraser;
    m_last = point;
}

void DrawPad::mouseReleaseEvent(QMouseEvent*)
{
    if (!m_drawing)
        return;
    m_drawing = false;
    Q_EMIT strokeFinished();
}

QSize DrawPad::sizeHint() const
{
    return { 280, 280 };
}

void DrawPad::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRect pad = padRect();
    painter.drawImage(pad, m_pixels); // what the network gets, pixel by pixel
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawRect(pad.adjusted(0, 0, -1, -1));
}

} // namespace nw
