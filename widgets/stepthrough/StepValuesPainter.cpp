#include "StepValuesPainter.h"

#include "StepFormulaText.h"

#include "explain/MapColouring.h"

#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace nw {

namespace {

constexpr int kMaxStripCells = 128;
constexpr int kMaxThumbnails = 8;

bool isImage(const Tensor& values)
{
    return values.rank() == 3 && values.dim(1) > 1 && values.dim(2) > 1;
}

int numberLimit(StepValuesStyle style)
{
    return style == StepValuesStyle::Full ? stepformula::kNumbersUpTo : 4;
}

float scaleOf(const Tensor& values)
{
    float scale = 0;
    for (std::size_t i = 0; i < values.size(); ++i)
        scale = std::max(scale, std::abs(values[i]));
    return scale > 0 ? scale : 1.0f;
}

QColor cellColour(float value, float scale)
{
    return divergingColour(std::clamp(value / scale, -1.0f, 1.0f));
}

// Number cells: the colour washed towards white, so black digits stay readable on
// the strongest values.
QColor numberCellColour(float value, float scale)
{
    const QColor c = cellColour(value, scale);
    const auto wash = [](int channel) { return (channel * 55 + 255 * 45) / 100; };
    return QColor(wash(c.red()), wash(c.green()), wash(c.blue()));
}

} // namespace

QSizeF stepValuesSize(const Tensor& values, StepValuesStyle style)
{
    const qreal unit = style == StepValuesStyle::Full ? 1.0 : 0.75;
    if (values.empty())
        return { 0, 0 };
    if (isImage(values)) {
        const int shown = std::min(values.dim(0), kMaxThumbnails);
        return { shown * 34.0 * unit, 34.0 * unit };
    }
    const int n = static_cast<int>(values.size());
    if (n <= numberLimit(style))
        return { 52.0 * unit * std::min(n, 4), 18.0 * unit * ((n + 3) / 4) };
    return { std::min(n, kMaxStripCells) * 3.0 * unit + 2, 14.0 * unit };
}

void paintStepValues(QPainter& painter, const QRectF& rect, const Tensor& values, int highlight, StepValuesStyle style)
{
    if (values.empty())
        return;
    painter.save();
    const float scale = scaleOf(values);
    const QPen outline(QColor(40, 40, 40), 1.5);
    if (isImage(values)) {
        const int channels = values.dim(0), h = values.dim(1), w = values.dim(2);
        const int shown = std::min(channels, kMaxThumbnails);
        const qreal side = std::min(rect.height(), rect.width() / shown);
        const int plane = h * w;
        for (int c = 0; c < shown; ++c) {
            QImage image(w, h, QImage::Format_RGB32);
            for (int y = 0; y < h; ++y)
                for (int x = 0; x < w; ++x)
                    image.setPixelColor(x, y, cellColour(values[static_cast<std::size_t>(c * plane + y * w + x)], scale));
            const QRectF target(rect.left() + c * side + 1, rect.top() + 1, side - 2, side - 2);
            painter.drawImage(target, image);
            painter.setPen(highlight >= 0 && highlight / plane == c ? outline : QPen(Qt::lightGray));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(target);
            if (highlight >= 0 && highlight / plane == c) {
                // The highlighted output's pixel, whose window the formula sums.
                const int at = highlight % plane;
                const qreal px = target.width() / w, py = target.height() / h;
                painter.setPen(QPen(Qt::black, 1.5));
                painter.drawRect(QRectF(target.left() + (at % w) * px, target.top() + (at / w) * py, px, py));
            }
        }
    } else if (static_cast<int>(values.size()) <= numberLimit(style)) {
        const int n = static_cast<int>(values.size());
        const qreal cw = rect.width() / std::min(n, 4), ch = rect.height() / ((n + 3) / 4);
        QFont font = painter.font();
        font.setPointSizeF(style == StepValuesStyle::Full ? 8.0 : 6.5);
        painter.setFont(font);
        for (int i = 0; i < n; ++i) {
            const QRectF cell(rect.left() + (i % 4) * cw, rect.top() + (i / 4) * ch, cw, ch);
            painter.setPen(i == highlight ? outline : QPen(Qt::lightGray));
            painter.setBrush(numberCellColour(values[static_cast<std::size_t>(i)], scale));
            painter.drawRect(cell.adjusted(0.5, 0.5, -0.5, -0.5));
            painter.setPen(Qt::black);
            painter.drawText(cell, Qt::AlignCenter, stepformula::number(values[static_cast<std::size_t>(i)]));
        }
    } else {
        // Long vectors: one cell per value, or per bin of values (their mean) beyond kMaxStripCells.
        const int n = static_cast<int>(values.size());
        const int cells = std::min(n, kMaxStripCells);
        const qreal cw = (rect.width() - 2) / cells;
        painter.setPen(Qt::NoPen);
        for (int c = 0; c < cells; ++c) {
            const int from = c * n / cells, to = (c + 1) * n / cells;
            double total = 0;
            for (int i = from; i < to; ++i)
                total += values[static_cast<std::size_t>(i)];
            painter.setBrush(cellColour(static_cast<float>(total / std::max(1, to - from)), scale));
            painter.drawRect(QRectF(rect.left() + 1 + c * cw, rect.top() + 1, cw + 0.3, rect.height() - 2));
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::lightGray));
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
        if (highlight >= 0 && highlight < n) {
            const int c = static_cast<int>(static_cast<long long>(highlight) * cells / n);
            painter.setPen(outline);
            painter.drawRect(QRectF(rect.left() + 1 + c * cw, rect.top(), std::max<qreal>(cw, 2), rect.height()));
        }
    }
    painter.restore();
}

} // namespace nw
