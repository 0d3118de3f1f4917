#pragma once
// How the analysis panels show one dataset sample: images as a QImage scaled up
// with whole-number factors (an 8x8 digit stays crisp), token sequences (text,
// words, the sequence tasks) as their characters or words, tabular rows as a short
// "name = value" text. Plain functions over a const Dataset, safe on any thread.
#include "data/Dataset.h"

#include <QImage>
#include <QString>

namespace nw {

bool isImageDataset(const Dataset& dataset);
// The sample as an image at least `minSide` pixels on its longer side; null for
// non-image data.
QImage renderSample(const Dataset& dataset, std::size_t index, int minSide);
// Values laid out as a [channels, height, width] image (1 or 3 channels, values
// in [0, 1], clamped) as a QImage at least `minSide` pixels on its longer side:
// what a network outputs, such as an autoencoder's reconstruction. Null for other
// shapes or a value count that does not match.
QImage renderImage(const Shape& shape, const std::vector<float>& values, int minSide);
// Whether the samples are token sequences with a vocabulary to show them by.
bool isTokenDataset(const Dataset& dataset);
// A token sample as people read it: its text as read (text data) or its tokens
// joined ("häst", "0110"); empty for other data.
QString sampleTokenText(const Dataset& dataset, std::size_t index);
// A token sample's tokens and ids, "h 5 · ä 17 · s 3 · t 4", without the padding.
QString sampleTokenList(const Dataset& dataset, std::size_t index);
// Per-position labels: the class names of the sample's positions, space-separated.
QString samplePositionLabels(const Dataset& dataset, std::size_t index);
// The sample's feature values, one per line ("x3 = 0.52"), at most `maxLines`;
// for token sequences their text.
QString sampleFeatureText(const Dataset& dataset, std::size_t index, int maxLines);
// Normalised images (Dataset::hasChannelNormalization) back to their stored pixel
// values, in place, for showing them; other data is left alone.
void undoChannelNormalization(const Dataset& dataset, std::vector<float>& values);
// The sample's feature values as floats (as the network sees them).
std::vector<float> sampleFeatures(const Dataset& dataset, std::size_t index);

} // namespace nw
