#pragma once
// `explain --png`: the map over the sample as the Explain dock draws it (whole
// pixels for the sample, MapColouring's scales and opacity for the map, a
// coarser map smoothed up to the sample's size, the colour bar underneath).
// Maps that are not pictures (a table's per-feature values, a projection) are
// drawn as bars and as a scatter. Written atomically.
#include "explain/Explanation.h"

#include <QImage>
#include <QString>

namespace nw::cli {

QImage explanationPicture(const Explanation& explanation, const Tensor& sample);
bool writeExplanationPng(const QString& path, const Explanation& explanation, const Tensor& sample, QString* error);

} // namespace nw::cli
