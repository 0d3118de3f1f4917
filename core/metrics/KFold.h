#pragma once
// k-fold cross-validation splits as index lists. The stratified form works like
// scikit-learn's StratifiedKFold(shuffle=True) in spirit (not in its random
// numbers): each class's samples are shuffled with the seed and dealt to the
// folds in turn, the deal continuing from class to class, so every fold holds
// floor or ceil of each class's n_c / k samples and all folds differ in size by
// at most one. Every sample is in exactly one test fold. Same labels and seed:
// same folds.
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace nw {

struct Fold {
    std::vector<std::size_t> train; // sorted ascending
    std::vector<std::size_t> test; // sorted ascending
};

// Throws std::invalid_argument when folds < 2 or folds > the number of samples.
std::vector<Fold> stratifiedKFold(std::span<const int> labels, int folds, std::uint64_t seed);
// Plain shuffled k-fold (regression): the same as every sample sharing one class.
std::vector<Fold> kFold(std::size_t samples, int folds, std::uint64_t seed);

} // namespace nw
