#pragma once
// Draws the values a step-through stage shows, the same way on a card of the graph
// and in the panel: numbers in coloured cells for up to kNumbersUpTo values, a heat
// strip for longer vectors, and feature-map thumbnails for C x H x W images. Blue
// is negative, red positive, white zero (MapColouring's diverging scale), scaled to
// the largest |value| so the strongest unit is always full colour; the highlighted
// unit (whose formula the panel shows) gets a dark outline.
#include "engine/Tensor.h"

#include <QRectF>
#include <QSizeF>

class QPainter;

namespace nw {

enum class StepValuesStyle {
    Full, // the panel and the card: numbers when few enough
    Compact, // an edge label: small, numbers only up to four values
};

QSizeF stepValuesSize(const Tensor& values, StepValuesStyle style);
void paintStepValues(QPainter& painter, const QRectF& rect, const Tensor& values, int highlight, StepValuesStyle style);

} // namespace nw
