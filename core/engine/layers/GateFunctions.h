#pragma once
// The logistic sigmoid as an Eigen array expression, so exp is evaluated in vector
// registers: the recurrent layers' gates and the Sigmoid and SiLU activations share
// it (std::exp and std::tanh per element took over half of an LSTM's training time).
#include <Eigen/Core>

namespace nw {

// 1 / (1 + e^-x). Eigen's exp saturates near 3.4e38 rather than overflowing, so a
// very negative x gives a tiny positive value, and NaN stays NaN.
template <typename X> auto sigmoidOf(const Eigen::ArrayBase<X>& x)
{
    return 1.0f / (1.0f + (-x).exp());
}

} // namespace nw
