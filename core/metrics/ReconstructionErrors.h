#pragma once
// How well an autoencoder gives its inputs back: each sample's mean squared error
// over its values, their mean (the MSE over all values, as every sample has the
// same size) and the samples ordered worst first, which the Reconstruction panel
// and `netwright-cli evaluate` show.
#include <cstddef>
#include <span>
#include <vector>

namespace nw {

struct ReconstructionErrors {
    std::vector<double> perSample; // mean over the sample's values of (output - target)^2
    double mean = 0.0;
    // Sample indices by error, largest first; equal errors keep index order.
    std::vector<std::size_t> worstFirst() const;

    // outputs and targets row-major [samples, values]. Throws std::invalid_argument
    // on mismatched sizes or no samples.
    static ReconstructionErrors compute(std::span<const float> outputs, std::span<const float> targets, std::size_t samples);
};

} // namespace nw
