#pragma once
// The 2-D toy problems of TensorFlow Playground (playground.tensorflow.org), the
// classroom's first datasets: points in about [-6, 6]^2 whose classes (orange /
// blue) or values a small network learns in seconds, so students can watch the
// decision boundary form. The generators follow Playground's dataset.ts, with
// nw::Rng instead of Math.random so a seed reproduces the data on every platform.
//
// `noise` runs from 0 (clean) to 1 (Playground's noise slider at its maximum, 50).
// Classification kinds have two classes, "orange" (0) and "blue" (1), the colours
// Playground gives its negative and positive points; Plane and MultiGaussian are
// regression with one target value per point, in about [-1, 1].
#include "Dataset.h"

#include <cstdint>
#include <optional>
#include <string>

namespace nw {

enum class ToyKind { Circle, Xor, Gaussians, Spiral, Plane, MultiGaussian };

// `samples` points; throws DataError when samples < 1 or noise is outside [0, 1].
Dataset makeToyDataset(ToyKind kind, int samples, float noise, std::uint64_t seed);

// "circle", "xor", "gaussians", "spiral", "plane", "multi_gaussian". Parsing also
// accepts upper case and '-' for '_'; nullopt for anything else.
std::optional<ToyKind> toyKindFromName(const std::string& name);
std::string toyKindName(ToyKind kind);

} // namespace nw
