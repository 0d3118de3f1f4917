#pragma once
// The recurrent layers' gate nonlinearities as Eigen array expressions, so exp and
// tanh are evaluated in vector registers: std::exp and std::tanh per element took
// over half of an LSTM's training time.
#include <Eigen/Core>

namespace nw {

// 1 / (1 + e^-x); e^-x overflows to inf for very negative x, which gives exactly 0.
template <typename X> auto sigmoidOf(const Eigen::ArrayBase<X>& x)
{
    return 1.0f / (1.0f + (-x).exp());
}

} // namespace nw
