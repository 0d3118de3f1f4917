#pragma once
// Part of a classification dataset: some of its classes, renumbered, and at most a
// given number of samples per class. What a data spec's `classes=` and `per_class=`
// options ask for, for every kind (docs/FORMATS.md), so a lesson can pre-train on
// Fashion-MNIST's classes 0-4 and fine-tune on classes 5-9 from 50 images each.
//
//   classes=5,6,7,8,9   keep these classes (by index, as the loader numbers them), in
//                       this order: class 5 becomes label 0, class 6 label 1, ...
//   per_class=50        keep the first 50 samples of each kept class, in file order
//                       (not a random draw: the same spec always names the same samples)
#include "Dataset.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace nw {

struct ClassSelection {
    std::vector<int> classes;             // empty: all, in their order
    std::optional<std::size_t> perClass;  // empty: all samples

    bool empty() const { return classes.empty() && !perClass; }
};

// Option checks for DataSpec: empty when `value` is valid, else what a valid one looks like.
std::string checkClassList(const std::string& value);
std::string checkPerClass(const std::string& value);
// The selection the options give; parse errors throw DataError (checked values never do).
ClassSelection parseClassSelection(const std::string& classes, const std::string& perClass);

// The class names a selection keeps, in its order (`names` when it keeps all);
// names for indices outside `names` are left out (selectClasses() refuses those).
std::vector<std::string> selectClassNames(const std::vector<std::string>& names, const ClassSelection& selection);

// The selected part of `data`. Throws DataError naming the problem when the data is
// not single-label classification, a class index is outside its classes, or a kept
// class ends up with no samples.
Dataset selectClasses(const Dataset& data, const ClassSelection& selection);

} // namespace nw
