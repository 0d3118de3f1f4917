#include "ThresholdCounts.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

namespace nw {

ThresholdCounts thresholdCounts(std::span<const int> positive, std::span<const double> scores)
{
    if (positive.size() != scores.size())
        throw std::invalid_argument("labels and scores differ in length");
    if (scores.empty())
        throw std::invalid_argument("a curve needs at least one sample");
    for (const double s : scores)
        if (std::isnan(s))
            throw std::invalid_argument("a score is NaN");
    std::vector<std::size_t> order(scores.size());
    std::iota(order.begin(), order.end(), std::size_t { 0 });
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });

    ThresholdCounts counts;
    double tp = 0.0, fp = 0.0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        (positive[order[i]] != 0 ? tp : fp) += 1.0;
        // A point only where the next score differs: tied samples enter together.
        if (i + 1 == order.size() || scores[order[i + 1]] != scores[order[i]]) {
            counts.truePositives.push_back(tp);
            counts.falsePositives.push_back(fp);
            counts.thresholds.push_back(scores[order[i]]);
        }
    }
    return counts;
}

std::vector<int> oneVsRestLabels(std::span<const int> labels, int positiveClass)
{
    std::vector<int> out(labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i)
        out[i] = labels[i] == positiveClass ? 1 : 0;
    return out;
}

void checkMulticlassScores(std::span<const int> labels, std::span<const double> scores, int classes, const char* what)
{
    if (classes < 2)
        throw std::invalid_argument(std::string(what) + " need at least two classes");
    if (scores.size() != labels.size() * static_cast<std::size_t>(classes))
        throw std::invalid_argument("expected " + std::to_string(labels.size()) + " x " + std::to_string(classes)
            + " scores, got " + std::to_string(scores.size()));
}

std::vector<int> oneHotLabels(std::span<const int> labels, int classes)
{
    std::vector<int> flat(labels.size() * static_cast<std::size_t>(classes), 0);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] < 0 || labels[i] >= classes)
            throw std::out_of_range(
                "class " + std::to_string(labels[i]) + " is outside 0.." + std::to_string(classes - 1));
        flat[i * static_cast<std::size_t>(classes) + static_cast<std::size_t>(labels[i])] = 1;
    }
    return flat;
}

std::vector<double> classColumn(std::span<const double> scores, int classes, int column)
{
    if (classes < 1 || scores.size() % static_cast<std::size_t>(classes) != 0)
        throw std::invalid_argument("scores are not a whole number of rows of " + std::to_string(classes));
    const std::size_t n = scores.size() / static_cast<std::size_t>(classes);
    std::vector<double> out(n);
    for (std::size_t i = 0; i < n; ++i)
        out[i] = scores[i * static_cast<std::size_t>(classes) + static_cast<std::size_t>(column)];
    return out;
}

} // namespace nw
