#pragma once
// Principal component analysis of many vectors to two dimensions, in Eigen: what
// the embedding projection plots. Exact (an eigen-decomposition of the
// covariance) up to kExactDimensions, randomised subspace iteration with a fixed
// seed beyond, so a wide convolution output does not cost a huge decomposition.
#include "engine/Tensor.h"

#include <vector>

namespace nw {

struct PrincipalComponents {
    Tensor points;                         // [N, 2]
    std::vector<float> explainedVariance;  // share of the total variance per axis
};

inline constexpr int kExactPcaDimensions = 512;

// rows: [N, ...], each row flattened to one vector.
PrincipalComponents principalComponents2d(const Tensor& rows);

} // namespace nw
