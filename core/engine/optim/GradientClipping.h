#pragma once
// Gradient clipping by global norm, as torch.nn.utils.clip_grad_norm_: one L2 norm
// over every gradient together, so clipping keeps the direction of the whole update
// and only shortens it. Called by the trainer between backward() and the optimizer
// step; also how it measures the gradient norm it reports per batch.
#include "NamedParameter.h"

#include <span>

namespace nw {

class ThreadPool;

// Returns the global L2 norm of the params' grads before clipping. When maxNorm > 0
// and the norm exceeds it, every grad is scaled by maxNorm / (norm + 1e-6); maxNorm <= 0
// only measures. The sum of squares is accumulated in double in a fixed order, so the
// norm is the same for any thread count and any memory layout. A non-finite norm is
// returned without touching the grads: the trainer's NaN check stops the run instead.
// Large tensors are summed in parts on the pool, split as the optimizer's update
// loop splits them, so each part's gradients are read on the core that wrote them
// and will update them; the parts' sums are added in part order.
float clipGradientNorm(std::span<const NamedParameter> params, float maxNorm, ThreadPool& pool);
// The same on the calling thread alone (the same result).
float clipGradientNorm(std::span<const NamedParameter> params, float maxNorm);

} // namespace nw
