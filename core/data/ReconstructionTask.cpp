#include "ReconstructionTask.h"

#include "DataError.h"

#include <charconv>
#include <cmath>

namespace nw {

namespace {

// Noise far above the [0, 1] pixel range only hides the image.
constexpr double kMaxNoiseStd = 10.0;

std::string optionOrEmpty(const std::map<std::string, std::string>& options, const char* key)
{
    const auto it = options.find(key);
    return it == options.end() ? std::string() : it->second;
}

} // namespace

std::string checkReconstructionTask(const std::string& value)
{
    return value == "reconstruction" ? std::string() : "reconstruction";
}

std::string checkNoiseStd(const std::string& value)
{
    double v = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
    if (value.empty() || ec != std::errc() || end != value.data() + value.size() || !std::isfinite(v) || v < 0
        || v > kMaxNoiseStd)
        return "a number 0..10";
    return {};
}

std::string checkNoiseSeed(const std::string& value)
{
    std::uint64_t v = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
    if (value.empty() || ec != std::errc() || end != value.data() + value.size())
        return "a non-negative whole number";
    return {};
}

bool isReconstructionOption(const std::string& key, const std::string& value)
{
    return key == "task" && value == "reconstruction";
}

ReconstructionTask reconstructionTask(const std::map<std::string, std::string>& options)
{
    ReconstructionTask task;
    task.enabled = optionOrEmpty(options, "task") == "reconstruction";
    const std::string noise = optionOrEmpty(options, "noise_std");
    const std::string seed = optionOrEmpty(options, "noise_seed");
    if (!task.enabled && (!noise.empty() || !seed.empty()))
        throw DataError(std::string(noise.empty() ? "noise_seed" : "noise_std")
            + "= adds noise to an autoencoder's inputs: it needs task=reconstruction");
    if (!noise.empty()) {
        if (const std::string e = checkNoiseStd(noise); !e.empty())
            throw DataError("noise_std='" + noise + "' must be " + e);
        task.noiseStd = std::stof(noise);
    }
    if (!seed.empty()) {
        if (const std::string e = checkNoiseSeed(seed); !e.empty())
            throw DataError("noise_seed='" + seed + "' must be " + e);
        task.noiseSeed = std::stoull(seed);
    }
    return task;
}

void eraseReconstructionOptions(std::map<std::string, std::string>& options)
{
    if (const auto it = options.find("task"); it != options.end() && it->second == "reconstruction")
        options.erase(it);
    options.erase("noise_std");
    options.erase("noise_seed");
}

} // namespace nw
