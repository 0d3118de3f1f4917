#include "Rng.h"

#include <cmath>
#include <numbers>

namespace nw {

std::uint64_t splitMix64(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

float hashUniform(std::uint64_t key, std::uint64_t counter)
{
    const std::uint64_t h = splitMix64(key ^ splitMix64(counter));
    return static_cast<float>(h >> 40) * 0x1.0p-24f;
}

namespace {
inline std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}
} // namespace

Rng::Rng(std::uint64_t seed)
{
    std::uint64_t x = seed;
    for (auto& s : m_s) {
        x = splitMix64(x);
        s = x;
    }
}

std::uint64_t Rng::nextU64()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

float Rng::uniform()
{
    return static_cast<float>(nextU64() >> 40) * 0x1.0p-24f;
}

float Rng::uniform(float lo, float hi)
{
    return lo + (hi - lo) * uniform();
}

float Rng::normal(float mean, float stddev)
{
    if (m_hasSpareNormal) {
        m_hasSpareNormal = false;
        return mean + stddev * m_spareNormal;
    }
    // Box-Muller on doubles; u1 in (0, 1] so log() is finite.
    const double u1 = (static_cast<double>(nextU64() >> 11) + 1.0) * 0x1.0p-53;
    const double u2 = static_cast<double>(nextU64() >> 11) * 0x1.0p-53;
    const double r = std::sqrt(-2.0 * std::log(u1));
    const double theta = 2.0 * std::numbers::pi * u2;
    m_spareNormal = static_cast<float>(r * std::sin(theta));
    m_hasSpareNormal = true;
    return mean + stddev * static_cast<float>(r * std::cos(theta));
}

std::uint64_t Rng::below(std::uint64_t n)
{
    if (n <= 1)
        return 0;
    const std::uint64_t limit = ~0ull - (~0ull % n);
    std::uint64_t x;
    do {
        x = nextU64();
    } while (x >= limit);
    return x % n;
}

} // namespace nw
