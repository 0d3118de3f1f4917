#include "LearningRateSchedule.h"

#include "../EngineError.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <numbers>

namespace nw {

namespace {

bool isFiniteNonNegative(double v)
{
    return v >= 0.0 && std::isfinite(v);
}

} // namespace

ScheduleKind parseScheduleKind(std::string_view name)
{
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    for (ScheduleKind kind :
        { ScheduleKind::Constant, ScheduleKind::Step, ScheduleKind::Exponential, ScheduleKind::Cosine }) {
        if (lower == scheduleKindName(kind))
            return kind;
    }
    throw EngineError(
        "unknown learning-rate schedule '" + std::string(name) + "': use constant, step, exponential or cosine");
}

std::string scheduleKindName(ScheduleKind kind)
{
    switch (kind) {
    case ScheduleKind::Constant:
        return "constant";
    case ScheduleKind::Step:
        return "step";
    case ScheduleKind::Exponential:
        return "exponential";
    case ScheduleKind::Cosine:
        return "cosine";
    }
    return "constant";
}

LearningRateSchedule::LearningRateSchedule(const ScheduleSettings& settings)
    : m_settings(settings)
{
    const ScheduleSettings& s = m_settings;
    if (!isFiniteNonNegative(s.learningRate))
        throw EngineError("the learning rate must be a finite number >= 0, got " + std::to_string(s.learningRate));
    if (!isFiniteNonNegative(s.warmupEpochs))
        throw EngineError("warm-up epochs must be a finite number >= 0");
    const bool decays = s.kind == ScheduleKind::Step || s.kind == ScheduleKind::Exponential;
    if (decays && !(s.gamma > 0.0f && std::isfinite(s.gamma)))
        throw EngineError("the schedule's gamma must be above 0, got " + std::to_string(s.gamma));
    if (s.kind == ScheduleKind::Step && s.stepEpochs < 1)
        throw EngineError("a step schedule needs at least 1 epoch between steps, got " + std::to_string(s.stepEpochs));
    if (s.kind == ScheduleKind::Cosine && s.totalEpochs < 1)
        throw EngineError("a cosine schedule needs at least 1 epoch, got " + std::to_string(s.totalEpochs));
    if (s.kind == ScheduleKind::Cosine && !isFiniteNonNegative(s.minLearningRate))
        throw EngineError("the minimum learning rate must be a finite number >= 0");
}

double LearningRateSchedule::scheduled(int epoch) const
{
    const ScheduleSettings& s = m_settings;
    const double base = s.learningRate;
    switch (s.kind) {
    case ScheduleKind::Constant:
        return base;
    case ScheduleKind::Step:
        return base * std::pow(static_cast<double>(s.gamma), epoch / s.stepEpochs);
    case ScheduleKind::Exponential:
        return base * std::pow(static_cast<double>(s.gamma), epoch);
    case ScheduleKind::Cosine: {
        // CosineAnnealingLR's closed form; past totalEpochs it would climb again, so hold the minimum.
        const double progress = static_cast<double>(std::min(epoch, s.totalEpochs)) / s.totalEpochs;
        const double low = s.minLearningRate;
        return low + (base - low) * (1.0 + std::cos(std::numbers::pi * progress)) / 2.0;
    }
    }
    return base;
}

float LearningRateSchedule::learningRate(int epoch, double fractionOfEpoch) const
{
    epoch = std::max(epoch, 0);
    double rate = scheduled(epoch);
    const double warmup = m_settings.warmupEpochs;
    if (warmup > 0.0) {
        const double progress = epoch + std::clamp(fractionOfEpoch, 0.0, 1.0);
        if (progress < warmup)
            rate *= progress / warmup;
    }
    return static_cast<float>(rate);
}

} // namespace nw
