#pragma once
// Seeded random numbers with the same sequence on every platform (std::
// distributions differ between standard libraries, so we do our own).
// xoshiro256** for streams; a SplitMix64 hash for counter-based randomness that
// parallel loops need (same value for the same (key, counter) on any thread).
#include <cstdint>

namespace nw {

std::uint64_t splitMix64(std::uint64_t x);

// A uniform float in [0, 1) from a hash of (key, counter).
float hashUniform(std::uint64_t key, std::uint64_t counter);

class Rng {
public:
    explicit Rng(std::uint64_t seed = 0);

    std::uint64_t nextU64();
    float uniform();                     // [0, 1)
    float uniform(float lo, float hi);   // [lo, hi)
    float normal(float mean = 0.0f, float stddev = 1.0f);
    std::uint64_t below(std::uint64_t n); // [0, n), unbiased

private:
    std::uint64_t m_s[4];
    bool m_hasSpareNormal = false;
    float m_spareNormal = 0.0f;
};

} // namespace nw
