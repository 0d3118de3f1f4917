#include "ReconstructionErrors.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace nw {

std::vector<std::size_t> ReconstructionErrors::worstFirst() const
{
    std::vector<std::size_t> order(perSample.size());
    std::iota(order.begin(), order.end(), std::size_t { 0 });
    std::stable_sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) { return perSample[a] > perSample[b]; });
    return order;
}

ReconstructionErrors ReconstructionErrors::compute(
    std::span<const float> outputs, std::span<const float> targets, std::size_t samples)
{
    if (samples == 0)
        throw std::invalid_argument("reconstruction errors need at least one sample");
    if (outputs.size() != targets.size() || outputs.size() % samples != 0 || outputs.empty())
        throw std::invalid_argument("reconstruction errors need outputs and targets of the same whole-sample size");
    const std::size_t values = outputs.size() / samples;
    ReconstructionErrors e;
    e.perSample.resize(samples);
    double total = 0.0;
    for (std::size_t s = 0; s < samples; ++s) {
        double sum = 0.0;
        for (std::size_t j = s * values; j < (s + 1) * values; ++j) {
            const double d = static_cast<double>(outputs[j]) - static_cast<double>(targets[j]);
            sum += d * d;
        }
        e.perSample[s] = sum / static_cast<double>(values);
        total += e.perSample[s];
    }
    e.mean = total / static_cast<double>(samples);
    return e;
}

} // namespace nw
