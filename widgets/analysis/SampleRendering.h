#pragma once
// How the analysis panels show one dataset sample: images as a QImage scaled up
// with whole-number factors (an 8x8 digit stays crisp), tabular rows as a short
// "name = value" text. Plain functions over a const Dataset, safe on any thread.
#include "data/Dataset.h"

#include <QImage>
#include <QString>

namespace nw {

bool isImageDataset(const Dataset& dataset);
// The sample as an image at least `minSide` pixels on its longer side; null for
// non-image data.
QImage renderSample(const Dataset& dataset, std::size_t index, int minSide);
// The sample's feature values, one per line ("x3 = 0.52"), at most `maxLines`.
QString sampleFeatureText(const Dataset& dataset, std::size_t index, int maxLines);
// The sample's feature values as floats (as the network sees them).
std::vector<float> sampleFeatures(const Dataset& dataset, std::size_t index);

} // namespace nw
