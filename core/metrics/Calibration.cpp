#include "Calibration.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace nw {

namespace {
void checkShape(std::span<const int> labels, std::span<const double> probabilities, int classes)
{
    if (classes < 1 || probabilities.size() != labels.size() * static_cast<std::size_t>(classes))
        throw std::invalid_argument("expected " + std::to_string(labels.size()) + " x " + std::to_string(classes)
            + " probabilities, got " + std::to_string(probabilities.size()));
    if (labels.empty())
        throw std::invalid_argument("calibration needs at least one sample");
    for (const int l : labels)
        if (l < 0 || l >= classes)
            throw std::out_of_range("class " + std::to_string(l) + " is outside 0.." + std::to_string(classes - 1));
}
} // namespace

double multiclassBrierScore(std::span<const int> labels, std::span<const double> probabilities, int classes)
{
    checkShape(labels, probabilities, classes);
    double sum = 0.0;
    for (std::size_t i = 0; i < labels.size(); ++i)
        for (int k = 0; k < classes; ++k) {
            const double d = probabilities[i * static_cast<std::size_t>(classes) + static_cast<std::size_t>(k)]
                - (labels[i] == k ? 1.0 : 0.0);
            sum += d * d;
        }
    return sum / static_cast<double>(labels.size());
}

double binaryBrierScore(std::span<const int> positive, std::span<const double> positiveProbability)
{
    if (positive.size() != positiveProbability.size() || positive.empty())
        throw std::invalid_argument("labels and probabilities differ in length or are empty");
    double sum = 0.0;
    for (std::size_t i = 0; i < positive.size(); ++i) {
        const double d = positiveProbability[i] - (positive[i] != 0 ? 1.0 : 0.0);
        sum += d * d;
    }
    return sum / static_cast<double>(positive.size());
}

Calibration Calibration::compute(
    std::span<const int> labels, std::span<const double> probabilities, int classes, int bins)
{
    checkShape(labels, probabilities, classes);
    if (bins < 1)
        throw std::invalid_argument("calibration needs at least one bin, got " + std::to_string(bins));
    Calibration cal;
    cal.bins.resize(static_cast<std::size_t>(bins));
    std::vector<double> confidenceSum(cal.bins.size(), 0.0);
    for (int b = 0; b < bins; ++b) {
        cal.bins[static_cast<std::size_t>(b)].lower = static_cast<double>(b) / bins;
        cal.bins[static_cast<std::size_t>(b)].upper = static_cast<double>(b + 1) / bins;
    }
    const auto c = static_cast<std::size_t>(classes);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const auto row = probabilities.subspan(i * c, c);
        const auto top = static_cast<std::size_t>(std::max_element(row.begin(), row.end()) - row.begin());
        const double confidence = std::clamp(row[top], 0.0, 1.0);
        const auto b = std::min(static_cast<std::size_t>(confidence * bins), cal.bins.size() - 1);
        ++cal.bins[b].count;
        cal.bins[b].correct += static_cast<int>(top) == labels[i] ? 1 : 0;
        confidenceSum[b] += confidence;
    }
    const double n = static_cast<double>(labels.size());
    for (std::size_t b = 0; b < cal.bins.size(); ++b) {
        CalibrationBin& bin = cal.bins[b];
        if (bin.count == 0)
            continue;
        bin.meanConfidence = confidenceSum[b] / static_cast<double>(bin.count);
        bin.accuracy = static_cast<double>(bin.correct) / static_cast<double>(bin.count);
        const double gap = std::abs(bin.accuracy - bin.meanConfidence);
        cal.expectedCalibrationError += static_cast<double>(bin.count) / n * gap;
        cal.maximumCalibrationError = std::max(cal.maximumCalibrationError, gap);
    }
    if (classes == 2) {
        std::vector<double> p(labels.size());
        for (std::size_t i = 0; i < labels.size(); ++i)
            p[i] = probabilities[i * 2 + 1];
        cal.brierScore = binaryBrierScore(labels, p);
    } else {
        cal.brierScore = multiclassBrierScore(labels, probabilities, classes);
    }
    return cal;
}

} // namespace nw
