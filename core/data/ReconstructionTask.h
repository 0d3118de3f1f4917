#pragma once
// An autoencoder's data: what a data spec's `task=reconstruction` (with optional
// `noise_std=` and `noise_seed=`) asks for, for every kind that holds images or
// numeric features (docs/FORMATS.md). The loaded dataset becomes its own target
// (Dataset::reconstruction); with noise_std > 0 its inputs get Gaussian noise, so
// the network learns to remove it (a denoising autoencoder).
//
//   task=reconstruction  the target of every sample is the sample itself
//   noise_std=0.3        Gaussian noise of this standard deviation on the inputs only [0]
//   noise_seed=7         which noise: each sample's is drawn from (seed, its index) [1]
//
// csv and npy have a `task` option of their own (classification|regression);
// task=reconstruction overrides it, and their loaders never see it.
#include "Dataset.h"

#include <cstdint>
#include <map>
#include <string>

namespace nw {

struct ReconstructionTask {
    bool enabled = false;
    float noiseStd = 0.0f;
    std::uint64_t noiseSeed = 1;
};

// Option checks for DataSpec: empty when `value` is valid, else what a valid one looks like.
std::string checkReconstructionTask(const std::string& value);
std::string checkNoiseStd(const std::string& value);
std::string checkNoiseSeed(const std::string& value);

// Whether (key, value) asks for reconstruction, whatever the kind's own options.
bool isReconstructionOption(const std::string& key, const std::string& value);

// The task the options give. Throws DataError when noise_std or noise_seed come
// without task=reconstruction (they would silently do nothing).
ReconstructionTask reconstructionTask(const std::map<std::string, std::string>& options);

// Removes the reconstruction options from a spec's options, leaving the kind's own.
void eraseReconstructionOptions(std::map<std::string, std::string>& options);

} // namespace nw
