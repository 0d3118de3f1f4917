#pragma once
// Counts of (true class, predicted class) pairs, and the per-class precision,
// recall, F1 and support read from them, with macro, micro and weighted averages
// as scikit-learn's classification_report defines them (a class with no
// predictions has precision 0, with no samples recall 0).
#include <cstddef>
#include <span>
#include <vector>

namespace nw {

struct ClassMetrics {
    double precision = 0.0;
    double recall = 0.0;
    double f1 = 0.0;
    std::size_t support = 0; // samples whose true class this is
};

class ConfusionMatrix {
public:
    explicit ConfusionMatrix(int classCount);

    // Throws std::out_of_range for a class outside [0, classCount).
    void add(int trueClass, int predictedClass);
    void addAll(std::span<const int> trueClasses, std::span<const int> predictedClasses);

    int classCount() const { return m_classes; }
    std::size_t count(int trueClass, int predictedClass) const;
    std::size_t total() const { return m_total; }
    double accuracy() const;

    ClassMetrics classMetrics(int c) const;
    ClassMetrics macroAverage() const;
    ClassMetrics weightedAverage() const;
    // Micro averages of precision, recall and F1 all equal accuracy for single-label data.
    ClassMetrics microAverage() const;

private:
    int m_classes;
    std::vector<std::size_t> m_counts; // row = true class, column = predicted
    std::size_t m_total = 0;
};

} // namespace nw
