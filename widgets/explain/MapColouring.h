#pragma once
// How an explanation's map becomes colour: signed maps (gradients, IG, SHAP,
// occlusion) on a diverging red-white-blue scale centred on zero, magnitudes
// (Grad-CAM, activations) on a sequential dark-to-yellow scale. The overlay's
// opacity follows the value, so where the map says nothing the sample shows
// through. Plain functions, safe on any thread (QImage, never QPixmap).
#include "engine/Tensor.h"

#include <QImage>
#include <QRgb>

#include <vector>

namespace nw {

// A map as one plane of height x width values.
struct MapPlane {
    int height = 0;
    int width = 0;
    std::vector<float> values;
    bool isEmpty() const { return values.empty(); }
};

// [H, W] as it is; [C, H, W] summed over the channels (what each pixel contributes
// in all its colours). Anything else (a tabular map) gives an empty plane.
MapPlane mapPlane(const Tensor& map);

// The value that gets the strongest colour: the 99th percentile of |value|, so one
// extreme pixel does not wash out the rest; never zero.
float mapScale(const std::vector<float>& values);

// t in [-1, 1]: blue, white at 0, red.
QColor divergingColour(float t);
// t in [0, 1]: dark purple through red and orange to light yellow.
QColor sequentialColour(float t);

// The plane in colour, one pixel per value: signed values in red or blue with an
// alpha growing with |value| / scale (zero is transparent), magnitudes on the
// sequential scale over a floor of alpha; all times `opacity`.
QImage colourPlane(const MapPlane& plane, bool signedMap, float scale, float opacity);

// A horizontal legend of the scale, low on the left.
QImage colourBar(int width, int height, bool signedMap);

} // namespace nw
