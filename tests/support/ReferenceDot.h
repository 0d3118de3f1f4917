#pragma once
// start + the sum over s < n of a[s * aStep] * b[s * bStep], in double precision:
// the reference a kernel's float products are checked against. The steps make one
// helper serve rows and columns alike (dY^T X reads dY down a column).
#include <cstddef>

namespace nw::test {

inline double referenceDot(
    const float* a, std::size_t aStep, const float* b, std::size_t bStep, std::size_t n, double start = 0.0)
{
    double sum = start;
    for (std::size_t s = 0; s < n; ++s)
        sum += static_cast<double>(a[s * aStep]) * b[s * bStep];
    return sum;
}

} // namespace nw::test
