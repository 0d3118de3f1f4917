#pragma once
// Reproducible test inputs: n floats drawn uniformly from [-1, 1) with the seed.
#include <cstddef>
#include <random>
#include <vector>

namespace nw::test {

inline std::vector<float> uniformValues(std::size_t n, unsigned seed)
{
    std::mt19937 generator(seed);
    std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
    std::vector<float> v(n);
    for (float& x : v)
        x = uniform(generator);
    return v;
}

} // namespace nw::test
