#pragma once
// Symmetric int8 quantization of one weight tensor: q = round(w / s) clamped to
// [-127, 127] (-128 is never used, so the range is symmetric and -q is always
// representable), w ~ q * s. One scale for the whole tensor, or one per output
// channel (the first dimension: a Dense row, a Conv2D filter), s = max|w| / 127 over
// what it covers; an all-zero slice gets scale 1 so dequantizing never divides by 0.
// Every value then comes back within s / 2 of where it was.
#include "engine/Tensor.h"

namespace nw {

enum class WeightScales { PerTensor, PerChannel };

struct Int8Tensor {
    Tensor values; // the integers q, shaped like the weight (float storage, whole numbers)
    Tensor scale;  // [1] per tensor, [shape[0]] per channel
};

// Throws EngineError for a tensor with a non-finite value (there is no scale for it).
Int8Tensor quantizeInt8(const Tensor& weight, WeightScales scales);
// q * s, shaped like the weight. Throws EngineError when the scale's size fits
// neither per-tensor nor per-channel scales of `q`.
Tensor dequantizeInt8(const Int8Tensor& q);

} // namespace nw
