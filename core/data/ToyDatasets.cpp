#include "ToyDatasets.h"

#include "engine/Rng.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <numbers>

namespace nw {

namespace {

constexpr float kPi = std::numbers::pi_v<float>;

// Collects points and labels/values, then builds the Dataset in one go.
struct ToyPoints {
    std::vector<float> xy;
    std::vector<int> labels;
    std::vector<float> values;

    void addLabel(float x, float y, int label)
    {
        xy.push_back(x);
        xy.push_back(y);
        labels.push_back(label);
    }
    void addValue(float x, float y, float value)
    {
        xy.push_back(x);
        xy.push_back(y);
        values.push_back(value);
    }
};

// Playground labels -1 / +1; ours are class ids 0 / 1.
constexpr int kOrange = 0;
constexpr int kBlue = 1;

// Playground's halves are numSamples / 2 each; ours add up to exactly `samples`.
int firstHalf(int samples)
{
    return (samples + 1) / 2;
}

void circle(ToyPoints& p, int samples, float noise, Rng& rng)
{
    constexpr float radius = 5.0f;
    // The label is decided on the noisy position while the point is drawn at the
    // clean one: noise flips labels near the boundary, as in Playground.
    auto label = [&](float x, float y) {
        const float nx = rng.uniform(-radius, radius) * noise;
        const float ny = rng.uniform(-radius, radius) * noise;
        return std::hypot(x + nx, y + ny) < radius * 0.5f ? kBlue : kOrange;
    };
    auto ring = [&](int count, float rMin, float rMax) {
        for (int i = 0; i < count; ++i) {
            const float r = rng.uniform(rMin, rMax);
            const float angle = rng.uniform(0.0f, 2.0f * kPi);
            const float x = r * std::sin(angle);
            const float y = r * std::cos(angle);
            p.addLabel(x, y, label(x, y));
        }
    };
    ring(firstHalf(samples), 0.0f, radius * 0.5f);
    ring(samples / 2, radius * 0.7f, radius);
}

void xorQuadrants(ToyPoints& p, int samples, float noise, Rng& rng)
{
    // Padding keeps points off the axes, where the clean label is ambiguous.
    constexpr float padding = 0.3f;
    for (int i = 0; i < samples; ++i) {
        float x = rng.uniform(-5.0f, 5.0f);
        x += x > 0 ? padding : -padding;
        float y = rng.uniform(-5.0f, 5.0f);
        y += y > 0 ? padding : -padding;
        const float nx = rng.uniform(-5.0f, 5.0f) * noise;
        const float ny = rng.uniform(-5.0f, 5.0f) * noise;
        p.addLabel(x, y, (x + nx) * (y + ny) >= 0 ? kBlue : kOrange);
    }
}

void gaussians(ToyPoints& p, int samples, float noise, Rng& rng)
{
    // Playground maps noise [0, 0.5] to a variance of [0.5, 4].
    const float stddev = std::sqrt(0.5f + 7.0f * noise);
    auto blob = [&](int count, float cx, float cy, int label) {
        for (int i = 0; i < count; ++i) {
            const float x = rng.normal(cx, stddev);
            const float y = rng.normal(cy, stddev);
            p.addLabel(x, y, label);
        }
    };
    blob(firstHalf(samples), 2.0f, 2.0f, kBlue);
    blob(samples / 2, -2.0f, -2.0f, kOrange);
}

void spiral(ToyPoints& p, int samples, float noise, Rng& rng)
{
    // Two arms, half a turn apart, whose radius grows linearly to 5 over 1.75
    // turns. Playground starts both arms at r = 0, which puts one orange and one
    // blue point on the origin; starting half a step out keeps them apart.
    auto arm = [&](int count, float deltaT, int label) {
        for (int i = 0; i < count; ++i) {
            const float s = (static_cast<float>(i) + 0.5f) / static_cast<float>(count);
            const float r = s * 5.0f;
            const float t = 1.75f * s * 2.0f * kPi + deltaT;
            const float x = r * std::sin(t) + rng.uniform(-1.0f, 1.0f) * noise;
            const float y = r * std::cos(t) + rng.uniform(-1.0f, 1.0f) * noise;
            p.addLabel(x, y, label);
        }
    };
    arm(firstHalf(samples), 0.0f, kBlue);
    arm(samples / 2, kPi, kOrange);
}

// Regression: points uniform in [-6, 6]^2, value computed on a noisy position.
template <typename ValueOf> void regressionPoints(ToyPoints& p, int samples, float noise, Rng& rng, ValueOf valueOf)
{
    constexpr float radius = 6.0f;
    for (int i = 0; i < samples; ++i) {
        const float x = rng.uniform(-radius, radius);
        const float y = rng.uniform(-radius, radius);
        const float nx = rng.uniform(-radius, radius) * noise;
        const float ny = rng.uniform(-radius, radius) * noise;
        p.addValue(x, y, valueOf(x + nx, y + ny));
    }
}

float planeValue(float x, float y)
{
    return (x + y) / 10.0f;
}

// Six bumps of alternating sign; the value is the strongest bump at the point.
float multiGaussianValue(float x, float y)
{
    struct Bump {
        float cx, cy, sign;
    };
    static constexpr std::array<Bump, 6> bumps = { {
        { -4.0f, 2.5f, 1.0f },
        { 0.0f, 2.5f, -1.0f },
        { 4.0f, 2.5f, 1.0f },
        { -4.0f, -2.5f, -1.0f },
        { 0.0f, -2.5f, 1.0f },
        { 4.0f, -2.5f, -1.0f },
    } };
    float value = 0.0f;
    for (const Bump& b : bumps) {
        // Falls linearly from 1 at the centre to 0 at distance 2.
        const float height = std::clamp(1.0f - std::hypot(x - b.cx, y - b.cy) / 2.0f, 0.0f, 1.0f);
        const float v = b.sign * height;
        if (std::abs(v) > std::abs(value))
            value = v;
    }
    return value;
}

} // namespace

Dataset makeToyDataset(ToyKind kind, int samples, float noise, std::uint64_t seed)
{
    const std::string name = toyKindName(kind);
    if (samples < 1)
        throw DataError("toy dataset '" + name + "': needs at least one sample, got " + std::to_string(samples));
    if (!(noise >= 0.0f && noise <= 1.0f))
        throw DataError("toy dataset '" + name + "': noise " + std::to_string(noise) + " is outside 0..1");

    // Playground's slider reaches 0.5; we expose 0..1 and halve it.
    const float playgroundNoise = noise * 0.5f;
    Rng rng(seed);
    ToyPoints p;
    p.xy.reserve(2 * static_cast<std::size_t>(samples));
    switch (kind) {
    case ToyKind::Circle:
        circle(p, samples, playgroundNoise, rng);
        break;
    case ToyKind::Xor:
        xorQuadrants(p, samples, playgroundNoise, rng);
        break;
    case ToyKind::Gaussians:
        gaussians(p, samples, playgroundNoise, rng);
        break;
    case ToyKind::Spiral:
        spiral(p, samples, playgroundNoise, rng);
        break;
    case ToyKind::Plane:
        regressionPoints(p, samples, playgroundNoise, rng, planeValue);
        break;
    case ToyKind::MultiGaussian:
        regressionPoints(p, samples, playgroundNoise, rng, multiGaussianValue);
        break;
    }

    if (kind == ToyKind::Plane || kind == ToyKind::MultiGaussian)
        return Dataset::regression(name, { 2 }, std::move(p.xy), { 1 }, std::move(p.values));
    return Dataset::fromFloats(name, { 2 }, std::move(p.xy), std::move(p.labels), { "orange", "blue" });
}

std::optional<ToyKind> toyKindFromName(const std::string& name)
{
    std::string key;
    for (char c : name)
        key += c == '-' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (ToyKind kind :
        { ToyKind::Circle, ToyKind::Xor, ToyKind::Gaussians, ToyKind::Spiral, ToyKind::Plane, ToyKind::MultiGaussian })
        if (key == toyKindName(kind))
            return kind;
    return std::nullopt;
}

std::string toyKindName(ToyKind kind)
{
    switch (kind) {
    case ToyKind::Circle:
        return "circle";
    case ToyKind::Xor:
        return "xor";
    case ToyKind::Gaussians:
        return "gaussians";
    case ToyKind::Spiral:
        return "spiral";
    case ToyKind::Plane:
        return "plane";
    case ToyKind::MultiGaussian:
        return "multi_gaussian";
    }
    return "unknown";
}

} // namespace nw
